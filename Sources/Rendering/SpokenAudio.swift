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

    /// Reads the samples into `buffer`, a block at a time, and hands each block to `body`.
    func forEachBlock(buffer: inout [Int16], _ body: (UnsafeMutableBufferPointer<Int16>) throws -> Void) throws {
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
            try buffer.withUnsafeMutableBufferPointer {
                try body(UnsafeMutableBufferPointer(rebasing: $0[..<(read / 2)]))
            }
            offset += off_t(read)
            remaining -= read / 2
        }
    }
}
