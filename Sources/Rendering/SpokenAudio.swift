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
            let descriptor = open(file.path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: file.path])
            }
            defer { close(descriptor) }
            var offset = off_t(byteOffset)
            var remaining = utterance.sampleCount
            while remaining > 0 {
                let wanted = min(remaining, buffer.count)
                let read = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, wanted * 2, offset) }
                // A file that ends early, or a read error: the segment is not all there.
                guard read > 0, read % 2 == 0 else {
                    throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: file.path])
                }
                try buffer.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[..<(read / 2)])) }
                offset += off_t(read)
                remaining -= read / 2
            }
        }
    }
}
