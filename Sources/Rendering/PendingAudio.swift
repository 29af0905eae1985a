import Foundation

/// Segments' audio as worker processes finish it: a reader asks for a segment and waits until
/// it is there, or until every worker has ended without it (then it is nil, and the caller
/// speaks it itself).
public final class PendingAudio: @unchecked Sendable {
    private let condition = NSCondition()
    private var byIndex: [Int: SpokenAudio] = [:]
    private var finished = false

    init() {}

    func add(_ index: Int, _ audio: SpokenAudio) {
        condition.withLock {
            byIndex[index] = audio
            condition.broadcast()
        }
    }

    /// No more will come.
    func finish() {
        condition.withLock {
            finished = true
            condition.broadcast()
        }
    }

    /// The segment's audio, waiting for it if a worker is still at work.
    public func audio(for index: Int) -> SpokenAudio? {
        condition.withLock {
            while byIndex[index] == nil && !finished { condition.wait() }
            return byIndex[index]
        }
    }

    /// Waits for every worker to end; then every segment's audio there is.
    public func all() -> [Int: SpokenAudio] {
        condition.withLock {
            while !finished { condition.wait() }
            return byIndex
        }
    }
}
