import Foundation
import Speech

/// Segments' audio as worker processes finish it: a reader asks for a segment and waits until
/// it is there, or has failed, or every worker has ended without it (then it is nil).
public final class PendingAudio: @unchecked Sendable {
    private let condition = NSCondition()
    private var byIndex: [Int: SpokenAudio] = [:]
    private var failures: [Int: String] = [:]
    private var finished = false

    init() {}

    func add(_ index: Int, _ audio: SpokenAudio) {
        condition.withLock {
            byIndex[index] = audio
            condition.broadcast()
        }
    }

    /// The segment cannot be spoken, for `reason`.
    func fail(_ index: Int, _ reason: String) {
        condition.withLock {
            failures[index] = reason
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
    public func audio(for index: Int) throws(WorkerFailure) -> SpokenAudio? {
        let (audio, failure) = condition.withLock {
            while byIndex[index] == nil && failures[index] == nil && !finished { condition.wait() }
            return (byIndex[index], failures[index])
        }
        if let failure { throw WorkerFailure(message: failure) }
        return audio
    }

    /// Waits for every worker to end; then every segment's audio there is.
    public func all() -> [Int: SpokenAudio] {
        condition.withLock {
            while !finished { condition.wait() }
            return byIndex
        }
    }
}
