import Foundation

/// Applies make-up gain and keeps every sample under a ceiling: the gain drops at once when a
/// sample would pass the ceiling and recovers over about 50 ms, so speech is brought up to its
/// loudness target without clipping. State carries across blocks.
public struct PeakLimiter: Sendable {
    private let makeUp: Double
    private let ceiling: Double
    private let release: Double
    /// How far the gain is held down now: 1 while it is whole.
    private(set) var reduction = 1.0
    /// Every 16-bit sample at full make-up gain, rounded (indexed by the sample + 32,768): what
    /// a sample becomes while the gain is not reduced, which is most of the time.
    private let boosted: [Int16]
    /// The largest magnitude that full make-up gain leaves under the ceiling.
    private let unlimited: Int16

    /// `gain` and `ceiling` in dB (the ceiling relative to full scale); a small margin keeps the
    /// true (inter-sample) peak under it too.
    public init(gain: Double, ceiling: Double, sampleRate: Int) {
        makeUp = pow(10, gain / 20)
        self.ceiling = 32767 * pow(10, (ceiling - 0.5) / 20)
        // Recover 1 dB per 50 ms: a factor per sample.
        release = pow(10, 1 / 20 / (0.05 * Double(sampleRate)))
        let (makeUp, ceiling) = (self.makeUp, self.ceiling)
        boosted = (-32768...32767).map { Self.rounded(Double($0) * makeUp) }
        unlimited = Int16((0...32767).last { Double($0) * makeUp <= ceiling } ?? 0)
    }

    public var isIdentity: Bool { makeUp == 1 }

    /// Samples after which this limiter is where it would be had it started whole: it cannot
    /// start lower than a full-scale sample holds it, and back to whole from there it recovers
    /// in this many. (The one started whole is never held down further than the other; a sample
    /// that catches the other catches it too and sets both to the same gain, and otherwise the
    /// other is whole again by now — so from here on both give the same samples.)
    var settlingLength: Int {
        let deepest = ceiling / (32768 * makeUp)
        guard deepest < 1 else { return 0 }
        return Int((log(1 / deepest) / log(release)).rounded(.up)) + 16
    }

    /// Limits `samples` in place, in runs of 256: a run with no sample past the ceiling while
    /// the gain is whole is looked up in ``boosted``; any other goes sample by sample — the gain
    /// drops at once when a sample would pass the ceiling and recovers while reduced. Both give
    /// the same samples; the first is some five times faster, and every sample of a render goes
    /// through here.
    public mutating func process(_ samples: UnsafeMutableBufferPointer<Int16>) {
        var reduction = self.reduction
        let (makeUp, ceiling, release, unlimited) = (self.makeUp, self.ceiling, self.release, self.unlimited)
        boosted.withUnsafeBufferPointer { boosted in
            var start = 0
            while start < samples.count {
                let end = min(start + 256, samples.count)
                if reduction == 1 {
                    var (low, high) = (Int16.max, Int16.min)
                    for index in start..<end {
                        low = Swift.min(low, samples[index])
                        high = Swift.max(high, samples[index])
                    }
                    if high <= unlimited && low >= -unlimited {
                        for index in start..<end { samples[index] = boosted[Int(samples[index]) &+ 32768] }
                        start = end
                        continue
                    }
                }
                for index in start..<end {
                    let boosted = Double(samples[index]) * makeUp
                    let magnitude = Swift.abs(boosted)
                    if reduction < 1 { reduction = Swift.min(1, reduction * release) }
                    if magnitude * reduction > ceiling { reduction = ceiling / magnitude }
                    samples[index] = Self.rounded(boosted * reduction)
                }
                start = end
            }
        }
        self.reduction = reduction
    }

    /// Rounded half away from zero, without a branch on the sign (which speech makes
    /// unpredictable) or a call.
    @inline(__always) private static func rounded(_ value: Double) -> Int16 {
        Int16(clamping: Int(value + Double(signOf: value, magnitudeOf: 0.5)))
    }
}
