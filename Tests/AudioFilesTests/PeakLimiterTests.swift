@testable import AudioFiles
import Foundation
import Testing

/// The limiter a render's every sample goes through: its run-at-a-time shortcut must give the
/// samples the plain sample-by-sample rule gives, whatever blocks the samples come in.
@Suite struct PeakLimiterTests {
    /// The rule itself, one sample at a time: make-up gain, the gain dropped at once to keep a
    /// sample under the ceiling, recovered by `release` per sample while reduced, rounded half
    /// away from zero.
    static func reference(_ samples: [Int16], gain: Double, ceiling: Double, sampleRate: Int) -> [Int16] {
        let makeUp = pow(10, gain / 20)
        let limit = 32767 * pow(10, (ceiling - 0.5) / 20)
        let release = pow(10, 1 / 20 / (0.05 * Double(sampleRate)))
        var reduction = 1.0
        return samples.map { sample in
            let boosted = Double(sample) * makeUp
            if reduction < 1 { reduction = min(1, reduction * release) }
            if abs(boosted) * reduction > limit { reduction = limit / abs(boosted) }
            let limited = boosted * reduction
            return Int16(clamping: Int(limited + Double(signOf: limited, magnitudeOf: 0.5)))
        }
    }

    @Test("the same samples as the sample-by-sample rule, in blocks of any size", arguments: [3.0, 9.5, -4.0])
    func matchesTheRule(gain: Double) {
        let sampleRate = 22_050
        // The meter's test signal: quiet stretches, silence, and a burst the limiter must catch.
        let samples = LoudnessMeterTests.signal(sampleRate: sampleRate) + [Int16.min, Int16.max, 0, -1, 1]
        var limiter = PeakLimiter(gain: gain, ceiling: -1, sampleRate: sampleRate)
        var limited = samples
        limited.withUnsafeMutableBufferPointer { all in
            let sizes = [1, 255, 257, 4_000, 65_536]
            var (start, turn) = (0, 0)
            while start < all.count {
                let end = min(all.count, start + sizes[turn % sizes.count])
                limiter.process(UnsafeMutableBufferPointer(rebasing: all[start..<end]))
                (start, turn) = (end, turn + 1)
            }
        }
        let expected = Self.reference(samples, gain: gain, ceiling: -1, sampleRate: sampleRate)
        // The first few samples that differ, rather than 271,000 samples printed on a failure.
        let differing = samples.indices.filter { limited[$0] != expected[$0] }.prefix(5)
        #expect(differing.map { [$0, Int(limited[$0]), Int(expected[$0])] } == [])
        let ceiling = 32767 * pow(10, -1.5 / 20)
        #expect(limited.allSatisfy { abs(Double($0)) <= ceiling.rounded() })
    }
}
