import Foundation

/// Applies make-up gain and keeps every sample under a ceiling: the gain drops at once when a
/// sample would pass the ceiling and recovers over about 50 ms, so speech is brought up to its
/// loudness target without clipping. State carries across blocks.
public struct PeakLimiter: Sendable {
    private let makeUp: Double
    private let ceiling: Double
    private let release: Double
    private var reduction = 1.0

    /// `gain` and `ceiling` in dB (the ceiling relative to full scale); a small margin keeps the
    /// true (inter-sample) peak under it too.
    public init(gain: Double, ceiling: Double, sampleRate: Int) {
        makeUp = pow(10, gain / 20)
        self.ceiling = 32767 * pow(10, (ceiling - 0.5) / 20)
        // Recover 1 dB per 50 ms: a factor per sample.
        release = pow(10, 1 / 20 / (0.05 * Double(sampleRate)))
    }

    public var isIdentity: Bool { makeUp == 1 }

    /// Limits `samples` in place. The loop runs over every sample of a render, so it stays free
    /// of calls (rounding half away from zero is done by hand rather than by `rounded()`), and
    /// the gain is only recovered while reduced — most of the time it is not, and the next
    /// sample then need not wait for the last one's arithmetic.
    public mutating func process(_ samples: UnsafeMutableBufferPointer<Int16>) {
        var reduction = self.reduction
        let (makeUp, ceiling, release) = (self.makeUp, self.ceiling, self.release)
        for index in samples.indices {
            let boosted = Double(samples[index]) * makeUp
            let magnitude = Swift.abs(boosted)
            if reduction < 1 { reduction = Swift.min(1, reduction * release) }
            if magnitude * reduction > ceiling { reduction = ceiling / magnitude }
            let limited = boosted * reduction
            // Without a branch on the sign, which speech makes unpredictable.
            samples[index] = Int16(clamping: Int(limited + Double(signOf: limited, magnitudeOf: 0.5)))
        }
        self.reduction = reduction
    }
}
