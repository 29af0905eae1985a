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
    private let slots = DispatchSemaphore(value: 32)

    /// Measures at `sampleRate` and hands every block on to `next`.
    public init(sampleRate: Int, passingTo next: any SampleSink) throws(AudioFileError) {
        guard let state = ebur128_init(1, UInt(sampleRate), Int32(EBUR128_MODE_I.rawValue)) else {
            throw .writeFailed(path: "loudness meter", reason: "libebur128 could not start")
        }
        ebur128_set_channel(state, 0, Int32(EBUR128_DUAL_MONO.rawValue))
        self.state = state
        self.next = next
    }

    deinit {
        queue.sync {}
        ebur128_destroy(&state)
    }

    public func write(_ samples: UnsafeBufferPointer<Int16>) throws {
        if samples.count > 0 {
            let copy = Array(samples)
            slots.wait()
            queue.async { [self] in
                copy.withUnsafeBufferPointer { block in
                    if let base = block.baseAddress { _ = ebur128_add_frames_short(state, base, block.count) }
                }
                slots.signal()
            }
        }
        try next.write(samples)
    }

    /// Integrated loudness in LUFS, or nil for silence.
    public var integratedLoudness: Double? {
        queue.sync {
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
