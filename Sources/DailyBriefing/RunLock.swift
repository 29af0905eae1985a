import Foundation

/// An exclusive `flock` on a lock file, held while a run works on an output folder. The kernel
/// lets go when the process ends, however it ends, so a killed run never leaves a stuck lock;
/// the file itself stays (removing it would let two runs lock two different files).
public final class RunLock {
    public static let fileName = ".briefcast.lock"
    private let descriptor: Int32

    /// Takes the lock on `folder`, or throws ``DailyError/lockHeld(path:pid:)`` at once when another
    /// run has it.
    public init(folder: URL) throws(DailyError) {
        let path = folder.appendingPathComponent(Self.fileName).path
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .cannotLock(path: path, reason: String(cString: strerror(errno)))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let reason = errno
            let holder = Self.holder(descriptor)
            close(descriptor)
            if reason == EWOULDBLOCK { throw .lockHeld(path: path, pid: holder) }
            throw .cannotLock(path: path, reason: String(cString: strerror(reason)))
        }
        self.descriptor = descriptor
        // Says who holds it, for the message another run prints.
        let pid = Data("\(getpid())\n".utf8)
        ftruncate(descriptor, 0)
        _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    private static func holder(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return Int32(
            String(decoding: buffer.prefix(count), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
