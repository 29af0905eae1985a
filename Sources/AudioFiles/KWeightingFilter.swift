import Foundation

/// The K-weighting of ITU-R BS.1770: a high shelf of about +4 dB above 1.5 kHz (the head's
/// effect) then a high-pass at 38 Hz (the RLB curve), as two biquads designed for the sample
/// rate — the same analogue prototypes libebur128 uses. Samples in, weighted samples out, with
/// state carried from one call to the next.
struct KWeightingFilter {
    /// One second-order section's coefficients (a0 = 1).
    private struct Biquad {
        let b0, b1, b2, a1, a2: Double
    }

    private let shelf: Biquad
    /// The high-pass's numerator is (1, −2, 1): only its denominator is kept.
    private let highPass: Biquad
    /// Both sections' last two inputs and outputs, carried from one call to the next.
    private var state = State()

    private struct State {
        var x1 = 0.0, x2 = 0.0, y1 = 0.0, y2 = 0.0
        var u1 = 0.0, u2 = 0.0, v1 = 0.0, v2 = 0.0
    }

    init(sampleRate: Int) {
        let rate = Double(sampleRate)
        // The high shelf.
        var k = tan(Double.pi * 1681.974450955533 / rate)
        var q = 0.7071752369554196
        let vh = pow(10, 3.999843853973347 / 20)
        let vb = pow(vh, 0.4996667741545416)
        var a0 = 1 + k / q + k * k
        shelf = Biquad(
            b0: (vh + vb * k / q + k * k) / a0, b1: 2 * (k * k - vh) / a0, b2: (vh - vb * k / q + k * k) / a0,
            a1: 2 * (k * k - 1) / a0, a2: (1 - k / q + k * k) / a0)
        // The high-pass.
        k = tan(Double.pi * 38.13547087602444 / rate)
        q = 0.5003270373238773
        a0 = 1 + k / q + k * k
        highPass = Biquad(b0: 1, b1: -2, b2: 1, a1: 2 * (k * k - 1) / a0, a2: (1 - k / q + k * k) / a0)
    }

    /// The sum of the squares of `samples` (16-bit, full scale 1), K-weighted.
    ///
    /// Each section runs in direct form I, summed so that only one multiply and one subtraction
    /// wait for the previous output — that wait bounds the filter's speed, and every sample of a
    /// render goes through here. The state and coefficients are taken into locals for the loop,
    /// which keeps them in registers: a third faster than working on the stored properties.
    mutating func energy(of samples: UnsafeBufferPointer<Int16>) -> Double {
        var (x1, x2, y1, y2) = (state.x1, state.x2, state.y1, state.y2)
        var (u1, u2, v1, v2) = (state.u1, state.u2, state.v1, state.v2)
        let (b0, b1, b2, a1, a2) = (shelf.b0, shelf.b1, shelf.b2, shelf.a1, shelf.a2)
        let (c1, c2) = (highPass.a1, highPass.a2)
        var sum = 0.0
        for sample in samples {
            let x = Double(sample) * (1.0 / 32_768)
            // The shelf: x in, y out.
            let y = (b0 * x + b1 * x1 + b2 * x2 - a2 * y2) - a1 * y1
            (x2, x1, y2, y1) = (x1, x, y1, y)
            // The high-pass: y in, v out.
            let v = (y - 2 * u1 + u2 - c2 * v2) - c1 * v1
            (u2, u1, v2, v1) = (u1, y, v1, v)
            sum += v * v
        }
        state = State(x1: x1, x2: x2, y1: y1, y2: y2, u1: u1, u2: u2, v1: v1, v2: v2)
        return sum
    }
}
