import Foundation

/// The K-weighting of ITU-R BS.1770: a high shelf of about +4 dB above 1.5 kHz (the head's
/// effect) then a high-pass at 38 Hz (the RLB curve), as two biquads designed for the sample
/// rate — the same analogue prototypes libebur128 uses. Samples in, weighted samples out, with
/// state carried from one call to the next.
struct KWeightingFilter {
    /// One second-order section in direct form I, summed so that only one multiply and one
    /// subtraction wait for the previous output: the filter runs over every sample of a render,
    /// and that wait is what bounds its speed.
    private struct Biquad {
        let b0, b1, b2, a1, a2: Double
        var x1 = 0.0
        var x2 = 0.0
        var y1 = 0.0
        var y2 = 0.0

        init(b: (Double, Double, Double), a: (Double, Double)) {
            (b0, b1, b2) = b
            (a1, a2) = a
        }

        @inline(__always) mutating func filter(_ x: Double) -> Double {
            let y = (b0 * x + b1 * x1 + b2 * x2 - a2 * y2) - a1 * y1
            (x2, x1, y2, y1) = (x1, x, y1, y)
            return y
        }
    }

    private var shelf: Biquad
    private var highPass: Biquad

    init(sampleRate: Int) {
        let rate = Double(sampleRate)
        // The high shelf.
        var k = tan(Double.pi * 1681.974450955533 / rate)
        var q = 0.7071752369554196
        let vh = pow(10, 3.999843853973347 / 20)
        let vb = pow(vh, 0.4996667741545416)
        var a0 = 1 + k / q + k * k
        shelf = Biquad(
            b: ((vh + vb * k / q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0),
            a: (2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0))
        // The high-pass.
        k = tan(Double.pi * 38.13547087602444 / rate)
        q = 0.5003270373238773
        a0 = 1 + k / q + k * k
        highPass = Biquad(b: (1, -2, 1), a: (2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0))
    }

    /// The sum of the squares of `samples` (16-bit, full scale 1), K-weighted.
    mutating func energy(of samples: UnsafeBufferPointer<Int16>) -> Double {
        var sum = 0.0
        for sample in samples {
            let weighted = highPass.filter(shelf.filter(Double(sample) / 32768))
            sum += weighted * weighted
        }
        return sum
    }
}
