import Foundation
import Speech

/// A spoken segment's audio, kept in a file until it is stitched into the output: a region of
/// a worker's output file, or a cache entry.
public struct SpokenAudio: Equatable, Sendable {
    public var file: URL
    /// Where the samples start in the file, in bytes.
    public var byteOffset: Int
    public var utterance: Utterance

    public init(file: URL, byteOffset: Int, utterance: Utterance) {
        self.file = file
        self.byteOffset = byteOffset
        self.utterance = utterance
    }

    /// Hands the samples, in blocks, to `sink`.
    public func copy(into sink: any SampleSink) throws {
        let handle = try FileHandle(forReadingFrom: file)
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64(byteOffset))
        var remaining = utterance.sampleCount * 2
        while remaining > 0 {
            guard let data = try handle.read(upToCount: min(remaining, 1 << 18)), !data.isEmpty else {
                throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: file.path])
            }
            try data.withUnsafeBytes { try sink.write($0.bindMemory(to: Int16.self)) }
            remaining -= data.count
        }
    }
}
