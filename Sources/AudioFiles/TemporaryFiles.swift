import Foundation

/// The temporary files this process has made and not yet renamed or removed — output files
/// being written, an encoder's scratch copy of the stitched audio — so an interrupted run (Ctrl-C, `kill`) can
/// remove them before it ends. (A run killed outright leaves them to the next run, which
/// removes those of processes no longer running: ``StaleTemporaries``.)
public final class TemporaryFiles: @unchecked Sendable {
    public static let shared = TemporaryFiles()

    private let lock = NSLock()
    private var paths: Set<String> = []

    init() {}

    public func add(_ url: URL) {
        lock.withLock { _ = paths.insert(url.path) }
    }

    /// `url` is gone or in place under its final name.
    public func forget(_ url: URL) {
        lock.withLock { _ = paths.remove(url.path) }
    }

    /// The files now listed.
    public var current: Set<String> {
        lock.withLock { paths }
    }

    /// Removes every listed file; returns how many there were.
    @discardableResult
    public func removeAll() -> Int {
        let listed = lock.withLock {
            defer { paths.removeAll() }
            return paths
        }
        for path in listed { unlink(path) }
        return listed.count
    }
}
