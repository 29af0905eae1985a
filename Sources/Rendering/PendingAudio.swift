import Foundation
import Speech

/// Segments' audio as worker processes finish it, held in memory until the renderer takes it:
/// a reader asks for a segment and waits until it is there, or has failed, or every worker has
/// ended without it (then it is nil). A worker that gets ahead of the renderer is not read from
/// until the renderer catches up (see ``waitForRoom(worker:)``), so what waits in memory stays
/// bounded however long the briefing.
public final class PendingAudio: @unchecked Sendable {
    private let condition = NSCondition()
    private var byIndex: [Int: (audio: SpokenAudio, worker: Int)] = [:]
    private var failures: [Int: String] = [:]
    /// Bytes of audio waiting, by worker.
    private var waiting: [Int: Int] = [:]
    private var finished = false
    private var cancelled = false
    /// What one worker may have waiting before its next segment is read: some 23 s of audio.
    /// (With the workers moving through the script side by side, 2 MiB was no faster, and at
    /// twenty times an article's length it took the renderer past 32 MiB.)
    static let roomPerWorker = 1 << 20

    init() {}

    func add(_ index: Int, _ audio: SpokenAudio, worker: Int) {
        condition.withLock {
            byIndex[index] = (audio, worker)
            waiting[worker, default: 0] += audio.memoryBytes
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

    /// The render has given up: nothing more is kept, and no worker's reader waits for room.
    func cancel() {
        condition.withLock {
            cancelled = true
            byIndex = [:]
            condition.broadcast()
        }
    }

    /// Waits while `worker` has more than its room waiting: its segments come later in the
    /// script than the one the renderer waits for, which another worker is speaking.
    func waitForRoom(worker: Int) {
        condition.withLock {
            while waiting[worker, default: 0] > Self.roomPerWorker && !cancelled { condition.wait() }
        }
    }

    /// The segment's audio, waiting for it if a worker is still at work; it is handed over
    /// once, and no longer held here.
    public func take(_ index: Int) throws(WorkerFailure) -> SpokenAudio? {
        let (audio, failure) = condition.withLock {
            while byIndex[index] == nil && failures[index] == nil && !finished { condition.wait() }
            let taken = byIndex.removeValue(forKey: index)
            if let taken {
                waiting[taken.worker, default: 0] -= taken.audio.memoryBytes
                condition.broadcast()
            }
            return (taken?.audio, failures[index])
        }
        if let failure { throw WorkerFailure(message: failure) }
        return audio
    }
}
