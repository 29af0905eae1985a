import Foundation
@testable import Rendering
import Speech
import Testing

/// What the workers have spoken and the renderer not yet taken: each segment handed over once,
/// a failure as an error, and a worker that gets too far ahead held back until the renderer
/// takes its segments (or gives up) — what keeps a long briefing's memory flat.
@Suite struct PendingAudioTests {
    /// Seconds of 22,050 Hz audio that fill a worker's room.
    static let roomSeconds = Double(PendingAudio.roomPerWorker) / 2 / 22_050

    /// A segment of `seconds` of silence at 22,050 Hz.
    static func segment(seconds: Double) -> SpokenAudio {
        let count = Int(seconds * 22_050)
        return SpokenAudio(
            samples: .memory([Int16](repeating: 0, count: count)), utterance: Utterance(sampleCount: count, words: []))
    }

    /// Runs `body` on a thread of its own; the returned semaphore is signalled when it is done.
    static func inBackground(_ body: @escaping @Sendable () -> Void) -> DispatchSemaphore {
        let done = DispatchSemaphore(value: 0)
        Thread {
            body()
            done.signal()
        }.start()
        return done
    }

    @Test("each segment is handed over once; a failed one is an error; once all is in, a missing one is nil")
    func handOver() throws {
        let pending = PendingAudio()
        pending.add(3, Self.segment(seconds: 0.5), worker: 0)
        pending.fail(5, "the speech worker crashed")
        #expect(try pending.take(3) == Self.segment(seconds: 0.5))
        #expect(throws: WorkerFailure(message: "the speech worker crashed")) { try pending.take(5) }
        pending.finish()
        #expect(try pending.take(3) == nil)
        #expect(try pending.take(7) == nil)
    }

    @Test("a worker with more than its room waiting is not read from until the renderer takes some")
    func room() throws {
        let pending = PendingAudio()
        // Three segments from worker 1 that overfill its room (two fit), all later in the script
        // than what worker 0 is speaking.
        for index in [1, 3, 5] { pending.add(index, Self.segment(seconds: Self.roomSeconds * 0.45), worker: 1) }
        #expect(pending.waitedForRoomAtOnce(worker: 0))
        let reader = Self.inBackground { pending.waitForRoom(worker: 1) }
        #expect(reader.wait(timeout: .now() + 0.3) == .timedOut)
        pending.add(0, Self.segment(seconds: 1), worker: 0)
        _ = try pending.take(0)
        _ = try pending.take(1)
        #expect(reader.wait(timeout: .now() + 10) == .success)
    }

    @Test("a render that gives up releases a worker's reader waiting for room")
    func cancelReleases() {
        let pending = PendingAudio()
        for index in [1, 3, 5] { pending.add(index, Self.segment(seconds: Self.roomSeconds * 0.45), worker: 1) }
        let reader = Self.inBackground { pending.waitForRoom(worker: 1) }
        #expect(reader.wait(timeout: .now() + 0.3) == .timedOut)
        pending.cancel()
        #expect(reader.wait(timeout: .now() + 10) == .success)
    }
}

extension PendingAudio {
    /// Whether `waitForRoom(worker:)` returns without waiting (it is run on a thread, given 10 s).
    fileprivate func waitedForRoomAtOnce(worker: Int) -> Bool {
        let done = PendingAudioTests.inBackground { self.waitForRoom(worker: worker) }
        return done.wait(timeout: .now() + 10) == .success
    }
}
