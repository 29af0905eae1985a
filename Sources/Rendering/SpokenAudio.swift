import Foundation
import Speech

/// A spoken segment's audio until it is stitched into the output: in memory, as a worker or
/// this process spoke it, or in a cache entry's file.
public struct SpokenAudio: Equatable, Sendable {
    public enum Samples: Equatable, Sendable {
        case memory([Int16])
        /// In a file, from a byte offset on.
        case file(URL, byteOffset: Int)
    }

    public var samples: Samples
    public var utterance: Utterance

    public init(samples: Samples, utterance: Utterance) {
        self.samples = samples
        self.utterance = utterance
    }

    /// Bytes held in memory.
    var memoryBytes: Int {
        if case .memory(let samples) = samples { return samples.count * 2 }
        return 0
    }

    /// Hands the samples to `body` a block at a time; a file is read through `buffer`.
    func forEachBlock(buffer: inout [Int16], _ body: (UnsafeBufferPointer<Int16>) throws -> Void) throws {
        switch samples {
        case .memory(let samples):
            try samples.withUnsafeBufferPointer { try body($0) }
        case .file(let file, let byteOffset):
            try PCMFile.read(file, fromByte: byteOffset, count: utterance.sampleCount, buffer: &buffer) {
                try body(UnsafeBufferPointer($0))
            }
        }
    }
}
