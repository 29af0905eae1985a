import Foundation

/// A file written under a temporary name beside its destination and renamed into place only
/// when complete, so a failure or a kill never leaves a half-written file at `destination`.
public struct OutputFile: Sendable {
    public let destination: URL
    /// Where the content is written until ``commit()``.
    public let temporary: URL

    public init(_ destination: URL) {
        self.destination = destination
        let name =
            ".\(destination.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8)).tmp"
        temporary = destination.deletingLastPathComponent().appendingPathComponent(name)
        TemporaryFiles.shared.add(temporary)
    }

    /// Makes the temporary file now, empty, so that a folder which cannot take the output (read
    /// only, say) is refused, naming it, before any work is done for it.
    public func prepare() throws(AudioFileError) {
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .writeFailed(
                path: destination.deletingLastPathComponent().path, reason: String(cString: strerror(errno)))
        }
        close(descriptor)
    }

    /// Moves the finished file into place (atomically, replacing an older one).
    public func commit() throws(AudioFileError) {
        guard rename(temporary.path, destination.path) == 0 else {
            TemporaryFiles.shared.forget(temporary)
            let reason = String(cString: strerror(errno))
            discard()
            throw .writeFailed(path: destination.path, reason: reason)
        }
        TemporaryFiles.shared.forget(temporary)
    }

    /// Writes `data` to `destination` whole, or leaves it as it was.
    public static func write(_ data: Data, to destination: URL) throws(AudioFileError) {
        let written = data.withUnsafeBytes { bytes in
            Result { () throws(AudioFileError) in try write([bytes], to: destination) }
        }
        try written.get()
    }

    /// Writes `parts` one after another to `destination` whole, or leaves it as it was — from
    /// where they are, without copying them into one buffer first (a cache entry's header and
    /// the samples a worker sent: two fresh copies of a 20-story briefing's 300 MB cost its first,
    /// cold-cache run some 0.4 s of CPU, mostly page faults).
    public static func write(_ parts: [UnsafeRawBufferPointer], to destination: URL) throws(AudioFileError) {
        let output = OutputFile(destination)
        let descriptor = open(output.temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            TemporaryFiles.shared.forget(output.temporary)
            throw .cannotCreate(path: destination.path, reason: String(cString: strerror(errno)))
        }
        for part in parts {
            var done = 0
            while done < part.count {
                let count = Foundation.write(descriptor, part.baseAddress! + done, part.count - done)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else {
                    let reason = String(cString: strerror(errno))
                    close(descriptor)
                    output.discard()
                    throw .writeFailed(path: destination.path, reason: reason)
                }
                done += count
            }
        }
        close(descriptor)
        try output.commit()
    }

    /// Removes the temporary file, if any.
    public func discard() {
        try? FileManager.default.removeItem(at: temporary)
        TemporaryFiles.shared.forget(temporary)
    }
}
