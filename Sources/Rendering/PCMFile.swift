import AudioFiles
import Foundation
import Speech

/// A sink that appends 16-bit samples to a file, buffered, and reads them back from the start:
/// the stitched audio an encoder waits to read until its loudness is known. The file stays
/// until ``remove()``.
public final class PCMFile: SampleSink, SampleSource {
    public let url: URL
    /// Samples written so far.
    public private(set) var count = 0
    private let handle: FileHandle
    private var buffer: [Int16] = []

    /// The system's own error when the file cannot be made ("Read-only file system").
    public init(_ url: URL) throws {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        self.url = url
        TemporaryFiles.shared.add(url)
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    deinit { try? handle.close() }

    public func write(_ samples: UnsafeBufferPointer<Int16>) throws {
        buffer.append(contentsOf: samples)
        count += samples.count
        if buffer.count >= 65_536 { try flush() }
    }

    /// Makes everything written so far readable from the file.
    public func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try handle.write(contentsOf: $0) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Every sample written, from the file (after a ``flush()``), a block at a time.
    public func forEachBlock(_ body: (UnsafeMutableBufferPointer<Int16>) throws -> Void) throws {
        var block = [Int16](repeating: 0, count: 65_536)
        try Self.read(url, fromByte: 0, count: count, buffer: &block, body)
    }

    /// Reads `count` samples of the file at `url` from `byteOffset` on through `buffer`,
    /// handing each block read to `body`; a file that ends early is an error naming it.
    static func read(
        _ url: URL, fromByte byteOffset: Int, count: Int, buffer: inout [Int16],
        _ body: (UnsafeMutableBufferPointer<Int16>) throws -> Void
    ) throws {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: url.path])
        }
        defer { close(descriptor) }
        var offset = off_t(byteOffset)
        var remaining = count
        while remaining > 0 {
            let wanted = min(remaining, buffer.count)
            let read = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, wanted * 2, offset) }
            // A file that ends early, or a read error: the samples are not all there.
            guard read > 0, read % 2 == 0 else {
                throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: url.path])
            }
            try buffer.withUnsafeMutableBufferPointer {
                try body(UnsafeMutableBufferPointer(rebasing: $0[..<(read / 2)]))
            }
            offset += off_t(read)
            remaining -= read / 2
        }
    }

    public func remove() {
        try? handle.close()
        try? FileManager.default.removeItem(at: url)
        TemporaryFiles.shared.forget(url)
    }

    /// `.briefcast-<pid>-<what>-<random>.pcm` in `folder`: named for the process that owns it,
    /// so one left by a killed run is recognised and removed later.
    public static func temporaryURL(in folder: URL, for what: String) -> URL {
        folder.appendingPathComponent(
            ".briefcast-\(ProcessInfo.processInfo.processIdentifier)-\(what)-\(UUID().uuidString.prefix(8)).pcm")
    }
}
