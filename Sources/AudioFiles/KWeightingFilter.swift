import Foundation

/// The K-weighting of ITU-R BS.1770: a high shelf of about +4 dB above 1.5 kHz (the head's
/// effect) then a high-pass at 38 Hz (the RLB curve), as two biquads designed for the sample
/// rate — the same analogue prototypes libebur128 uses. Samples in, weighted samples out, with
/// state carried from one call to the next.
struct KWeightingFilter {
    private let shelf: Biquad<Double>
    /// The high-pass's numerator is (1, −2, 1): only its denominator is used.
    private let highPass: Biquad<Double>
    /// Both sections' last two inputs and outputs, carried from one call to the next.
    private var state = Lane(0.0, 0, 0, 0, 0, 0)

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

    /// Samples after which the filter started from silence gives what it gives started from
    /// anywhere, but for rounding: the high-pass's (double) pole, 0.989 at 22,050 Hz, has shrunk
    /// any difference in its state by e^−50 by then, far below the parts in 10^12 that rounding
    /// builds up in any run of a filter with poles so near 1.
    var settlingLength: Int {
        let pole = sqrt(highPass.a2)
        return Int((50 / -log(pole)).rounded(.up))
    }

    /// The K-weighted square of every sample (16-bit, full scale 1), into `squares`.
    ///
    /// The filter is a recursion, so each output waits for the one before it; a long batch is
    /// run as two halves at once instead, the two lanes of a SIMD register, which takes little
    /// more time than one half alone — every sample of a render goes through here. The second
    /// half starts from silence ``settlingLength`` samples early, in the first half's last
    /// samples, and so arrives at its start as the whole run would have (to the rounding). Each section runs in
    /// direct form I, summed so that only one multiply and one subtraction wait for the
    /// previous output; the state and coefficients are held in locals, in registers.
    mutating func squares(of samples: UnsafeBufferPointer<Int16>, into squares: UnsafeMutableBufferPointer<Double>) {
        let count = samples.count
        let settling = settlingLength
        guard count > 2 * settling else {
            var lane = state
            for index in 0..<count {
                let v = lane.next(Double(samples[index]) * (1.0 / 32_768), shelf, highPass)
                squares[index] = v * v
            }
            state = lane
            return
        }
        // Lane 0 from the state carried over, lane 1 from silence over the last `settling`
        // samples of lane 0's half (where lane 0's outputs, stored after, are the ones kept).
        let length = (count + settling + 1) / 2
        let offset = count - length
        var lanes = Lane(
            SIMD2(state.x1, 0), SIMD2(state.x2, 0), SIMD2(state.y1, 0), SIMD2(state.y2, 0),
            SIMD2(state.v1, 0), SIMD2(state.v2, 0))
        let (shelf, highPass) = (Biquad<SIMD2<Double>>(shelf), Biquad<SIMD2<Double>>(highPass))
        for index in 0..<length {
            let x = SIMD2(Double(samples[index]), Double(samples[offset + index])) * (1.0 / 32_768)
            let v = lanes.next(x, shelf, highPass)
            let square = v * v
            squares[offset + index] = square[1]
            squares[index] = square[0]
        }
        state = Lane(lanes.x1[1], lanes.x2[1], lanes.y1[1], lanes.y2[1], lanes.v1[1], lanes.v2[1])
    }

    /// The sum of `values`, four running sums at a time (one would wait for each addition).
    static func sum(_ values: UnsafeBufferPointer<Double>) -> Double {
        var sums = SIMD4<Double>.zero
        var index = 0
        while index + 4 <= values.count {
            sums += SIMD4(values[index], values[index + 1], values[index + 2], values[index + 3])
            index += 4
        }
        var total = (sums[0] + sums[1]) + (sums[2] + sums[3])
        while index < values.count {
            total += values[index]
            index += 1
        }
        return total
    }
}

/// A number the filter runs on: a Double, or a SIMD register's lanes of them.
private protocol KWeightingValue {
    static func + (lhs: Self, rhs: Self) -> Self
    static func - (lhs: Self, rhs: Self) -> Self
    static func * (lhs: Self, rhs: Self) -> Self
}

extension Double: KWeightingValue {}
extension SIMD2<Double>: KWeightingValue {}

/// One second-order section's coefficients (a0 = 1).
private struct Biquad<Value: KWeightingValue> {
    let b0, b1, b2, a1, a2: Value
}

extension Biquad<SIMD2<Double>> {
    /// The same section in both lanes.
    init(_ section: Biquad<Double>) {
        (b0, b1, b2) = (SIMD2(repeating: section.b0), SIMD2(repeating: section.b1), SIMD2(repeating: section.b2))
        (a1, a2) = (SIMD2(repeating: section.a1), SIMD2(repeating: section.a2))
    }
}

/// One run of the two sections: their last inputs and outputs (the high-pass's inputs are the
/// shelf's outputs), as plain numbers or as lanes of a SIMD register.
private struct Lane<Value: KWeightingValue> {
    var x1, x2, y1, y2, v1, v2: Value

    init(_ x1: Value, _ x2: Value, _ y1: Value, _ y2: Value, _ v1: Value, _ v2: Value) {
        (self.x1, self.x2, self.y1, self.y2, self.v1, self.v2) = (x1, x2, y1, y2, v1, v2)
    }

    /// The output for input `x`, moving the state on.
    @inline(__always) mutating func next(_ x: Value, _ shelf: Biquad<Value>, _ highPass: Biquad<Value>) -> Value {
        // The shelf: x in, y out.
        let y = (shelf.b0 * x + shelf.b1 * x1 + shelf.b2 * x2 - shelf.a2 * y2) - shelf.a1 * y1
        // The high-pass, numerator (1, −2, 1): y in, v out.
        let v = (y - (y1 + y1) + y2 - highPass.a2 * v2) - highPass.a1 * v1
        (x2, x1, y2, y1, v2, v1) = (x1, x, y1, y, v1, v)
        return v
    }
}
