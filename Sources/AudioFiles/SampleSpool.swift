import Foundation
import Speech

/// Samples kept in a temporary file while a render is under way, so memory stays flat however
/// long the article; read back in blocks when the final file is written.
public final class SampleSpool: SampleSink {
    public let url: URL
    /// Samples written so far.
    public private(set) var count = 0
    private let handle: FileHandle
    private var buffer: [Int16] = []
    private static let blockSize = 32_768

    /// Creates the spool file in `directory` (removed by ``close()``).
    public init(in directory: URL) throws(AudioFileError) {
        url = directory.appendingPathComponent(
            ".briefcast-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).pcm")
        let descriptor = open(url.path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw .writeFailed(path: directory.path, reason: String(cString: strerror(errno)))
        }
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        TemporaryFiles.shared.add(url)
        buffer.reserveCapacity(Self.blockSize)
    }

    deinit { close() }

    public func write(_ samples: UnsafeBufferPointer<Int16>) throws {
        buffer.append(contentsOf: samples)
        count += samples.count
        if buffer.count >= Self.blockSize { try flush() }
    }

    /// Appends `frames` samples of silence.
    public func writeSilence(_ frames: Int) throws {
        var remaining = frames
        let zeros = [Int16](repeating: 0, count: min(frames, Self.blockSize))
        while remaining > 0 {
            let chunk = min(remaining, zeros.count)
            try zeros.withUnsafeBufferPointer { try write(UnsafeBufferPointer(rebasing: $0[..<chunk])) }
            remaining -= chunk
        }
    }

    /// Hands every sample, in order and in blocks, to `body`.
    /// The block is the caller's to change (a limiter works on it in place); it is read into
    /// one buffer, reused.
    public func forEachBlock(_ body: (UnsafeMutableBufferPointer<Int16>) throws -> Void) throws {
        try flush()
        var block = [Int16](repeating: 0, count: Self.blockSize)
        var offset: off_t = 0
        while true {
            let read = block.withUnsafeMutableBytes { pread(handle.fileDescriptor, $0.baseAddress, $0.count, offset) }
            guard read >= 0 else {
                throw AudioFileError.writeFailed(path: url.path, reason: String(cString: strerror(errno)))
            }
            guard read > 0 else { break }
            offset += off_t(read)
            try block.withUnsafeMutableBufferPointer {
                try body(UnsafeMutableBufferPointer(rebasing: $0[..<(read / 2)]))
            }
        }
    }

    /// Removes the spool file.
    public func close() {
        try? handle.close()
        try? FileManager.default.removeItem(at: url)
        TemporaryFiles.shared.forget(url)
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try handle.write(contentsOf: $0) }
        buffer.removeAll(keepingCapacity: true)
    }
}
