import AudioFiles
import Foundation
import Speech

/// A sink that appends 16-bit samples to a file, buffered; the file stays until ``remove()``.
/// Worker processes speak into one, and the renderer into one for segments it speaks itself
/// while caching.
public final class PCMFile: SampleSink {
    public let url: URL
    /// Samples written so far.
    public private(set) var count = 0
    private let handle: FileHandle
    private var buffer: [Int16] = []

    public init(_ url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: url.path])
        }
        self.url = url
        TemporaryFiles.shared.add(url)
        handle = try FileHandle(forWritingTo: url)
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
