import CEbur128
import Foundation
import Speech

/// EBU R 128 loudness of everything written through it, measured as it streams by (libebur128),
/// so a whole briefing never has to sit in memory to be measured. Mono is measured as dual mono,
/// the way a mono file is heard on two speakers.
///
/// The measuring runs on a queue of its own, beside synthesis on the second core; at most a few
/// blocks wait for it, so memory stays flat.
public final class LoudnessMeter: SampleSink, @unchecked Sendable {
    private var state: UnsafeMutablePointer<ebur128_state>?
    private let next: any SampleSink
    private let queue = DispatchQueue(label: "briefcast.loudness")
    private let slots = DispatchSemaphore(value: 4)

    /// Measures at `sampleRate` and hands every block on to `next`.
    public init(sampleRate: Int, passingTo next: any SampleSink) throws(AudioFileError) {
        guard let state = ebur128_init(1, UInt(sampleRate), Int32(EBUR128_MODE_I.rawValue)) else {
            throw .writeFailed(path: "loudness meter", reason: "libebur128 could not start")
        }
        ebur128_set_channel(state, 0, Int32(EBUR128_DUAL_MONO.rawValue))
        self.state = state
        self.next = next
    }

    // Every block queued for measuring holds the meter, so none is left when it goes — and it
    // may go on its own queue, after the last block, where waiting for the queue would trap.
    deinit {
        ebur128_destroy(&state)
    }

    public func write(_ samples: UnsafeBufferPointer<Int16>) throws {
        // The engine hands over small blocks; they are measured in batches, so the hand-offs
        // between threads stay few.
        pending.append(contentsOf: samples)
        if pending.count >= Self.batchSize { handOff() }
        try next.write(samples)
    }

    /// Samples per hand-off to the measuring queue (1.5 s at 22,050 Hz).
    static let batchSize = 32_768
    private var pending: [Int16] = []

    private func handOff() {
        guard !pending.isEmpty else { return }
        let batch = pending
        pending.removeAll(keepingCapacity: true)
        slots.wait()
        queue.async { [self] in
            batch.withUnsafeBufferPointer { block in
                if let base = block.baseAddress { _ = ebur128_add_frames_short(state, base, block.count) }
            }
            slots.signal()
        }
    }

    /// Integrated loudness in LUFS, or nil for silence.
    public var integratedLoudness: Double? {
        handOff()
        return queue.sync {
            var loudness = 0.0
            guard ebur128_loudness_global(state, &loudness) == 0, loudness.isFinite else { return nil }
            return loudness
        }
    }

    /// The gain, in dB, that brings the audio to `target` LUFS (a limiter then holds the peaks).
    public func gain(toward target: Double) -> Double {
        guard let loudness = integratedLoudness else { return 0 }
        return target - loudness
    }
}
