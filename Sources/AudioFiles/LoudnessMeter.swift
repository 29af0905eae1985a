import CEbur128
import Foundation
import Speech

/// EBU R 128 loudness of everything written through it, measured as it streams by (libebur128),
/// so a whole briefing never has to sit in memory to be measured. Mono is measured as dual mono,
/// the way a mono file is heard on two speakers.
public final class LoudnessMeter: SampleSink {
    private var state: UnsafeMutablePointer<ebur128_state>?
    private let next: any SampleSink

    /// Measures at `sampleRate` and hands every block on to `next`.
    public init(sampleRate: Int, passingTo next: any SampleSink) throws(AudioFileError) {
        guard
            let state = ebur128_init(
                1, UInt(sampleRate), Int32(EBUR128_MODE_I.rawValue | EBUR128_MODE_TRUE_PEAK.rawValue))
        else { throw .writeFailed(path: "loudness meter", reason: "libebur128 could not start") }
        ebur128_set_channel(state, 0, Int32(EBUR128_DUAL_MONO.rawValue))
        self.state = state
        self.next = next
    }

    deinit { ebur128_destroy(&state) }

    public func write(_ samples: UnsafeBufferPointer<Int16>) throws {
        if let base = samples.baseAddress, samples.count > 0 { ebur128_add_frames_short(state, base, samples.count) }
        try next.write(samples)
    }

    /// Integrated loudness in LUFS, or nil for silence.
    public var integratedLoudness: Double? {
        var loudness = 0.0
        guard ebur128_loudness_global(state, &loudness) == 0, loudness.isFinite else { return nil }
        return loudness
    }

    /// True peak in dBTP, or nil for silence.
    public var truePeak: Double? {
        var peak = 0.0
        guard ebur128_true_peak(state, 0, &peak) == 0, peak > 0 else { return nil }
        return 20 * log10(peak)
    }

    /// The gain, in dB, that brings the audio to `target` LUFS (a limiter then holds the peaks).
    public func gain(toward target: Double) -> Double {
        guard let loudness = integratedLoudness else { return 0 }
        return target - loudness
    }
}
