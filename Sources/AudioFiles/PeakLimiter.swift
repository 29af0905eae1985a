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

    public mutating func process(_ samples: UnsafeBufferPointer<Int16>) -> [Int16] {
        var reduction = self.reduction
        let (makeUp, ceiling, release) = (self.makeUp, self.ceiling, self.release)
        let output = [Int16](unsafeUninitializedCapacity: samples.count) { buffer, count in
            for index in 0..<samples.count {
                let boosted = Double(samples[index]) * makeUp
                reduction = Swift.min(1, reduction * release)
                let level = Swift.abs(boosted) * reduction
                if level > ceiling { reduction = ceiling / Swift.abs(boosted) }
                buffer[index] = Int16(clamping: Int((boosted * reduction).rounded()))
            }
            count = samples.count
        }
        self.reduction = reduction
        return output
    }
}
