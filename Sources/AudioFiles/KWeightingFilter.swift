import Foundation

/// The K-weighting of ITU-R BS.1770: a high shelf of about +4 dB above 1.5 kHz (the head's
/// effect) then a high-pass at 38 Hz (the RLB curve), as two biquads designed for the sample
/// rate — the same analogue prototypes libebur128 uses. Samples in, weighted samples out, with
/// state carried from one call to the next.
///
/// The coefficients are designed in double precision and run in single: every sample of a
/// render goes through here, and four floats fit where two doubles do. The measured loudness
/// moves by some 10^-6 LU for it (a whole render, against running in doubles); the gates and
/// the −16 LUFS target are whole tenths.
struct KWeightingFilter {
    private let shelf: Biquad<Float>
    /// The high-pass's numerator is (1, −2, 1): only its denominator is used.
    private let highPass: Biquad<Float>
    /// Both sections' last two inputs and outputs, carried from one call to the next.
    private var state = Lane<Float>(0, 0, 0, 0, 0, 0)
    /// The high-pass's pole (a double one), 0.989 at 22,050 Hz.
    private let pole: Double

    init(sampleRate: Int) {
        let rate = Double(sampleRate)
        // The high shelf.
        var k = tan(Double.pi * 1681.974450955533 / rate)
        var q = 0.7071752369554196
        let vh = pow(10, 3.999843853973347 / 20)
        let vb = pow(vh, 0.4996667741545416)
        var a0 = 1 + k / q + k * k
        shelf = Biquad(
            b0: Float((vh + vb * k / q + k * k) / a0), b1: Float(2 * (k * k - vh) / a0),
            b2: Float((vh - vb * k / q + k * k) / a0), a1: Float(2 * (k * k - 1) / a0),
            a2: Float((1 - k / q + k * k) / a0))
        // The high-pass.
        k = tan(Double.pi * 38.13547087602444 / rate)
        q = 0.5003270373238773
        a0 = 1 + k / q + k * k
        highPass = Biquad(b0: 1, b1: -2, b2: 1, a1: Float(2 * (k * k - 1) / a0), a2: Float((1 - k / q + k * k) / a0))
        pole = sqrt((1 - k / q + k * k) / a0)
    }

    /// Samples after which the filter started from silence gives what it gives started from
    /// anywhere, but for rounding: the high-pass's pole has shrunk any difference in its state
    /// by e^−20 by then, below a float's 24 bits.
    var settlingLength: Int {
        Int((20 / -log(pole)).rounded(.up))
    }

    /// Lanes a long batch is run in at once: a SIMD register's four floats.
    static let lanes = 4

    /// Added to each input, its sign flipping every sample, so that in silence the state settles
    /// at a tiny tone at half the sample rate instead of decaying into subnormal floats, which
    /// the processor takes a hundred times longer over. Its energy, some 10^-30 of full scale,
    /// is far under the −70 LUFS gate; a sample that is not silent absorbs it in rounding.
    private static let subnormalGuard: Float = 1e-15

    /// The K-weighted square of every sample (in 16-bit units, full scale 32,768²), into
    /// `squares`.
    ///
    /// The filter is a recursion, so each output waits for the one before it; a long batch is
    /// run as four parts at once instead, the lanes of a SIMD register, which takes little more
    /// time than one part alone. Every part but the first starts from silence
    /// ``settlingLength`` samples early, in the part before it, and so arrives at its start as
    /// the whole run would have (to the rounding); where parts overlap, the earlier part's
    /// squares are the ones kept. Each section runs in direct form I, summed so that only one
    /// multiply and one subtraction wait for the previous output; the state and coefficients
    /// are held in locals, in registers.
    mutating func squares(of samples: UnsafeBufferPointer<Int16>, into squares: UnsafeMutableBufferPointer<Float>) {
        let count = samples.count
        let settling = settlingLength
        let lanes = Self.lanes
        var dither = Self.subnormalGuard
        guard count > 2 * lanes * settling else {
            var lane = state
            for index in 0..<count {
                let v = lane.next(Float(samples[index]) + dither, shelf, highPass)
                squares[index] = v * v
                dither = -dither
            }
            state = lane
            return
        }
        // Every lane `length` long; lane 0 from the carried state at 0, the last ending at
        // `count`, the others each `length - settling` after the one before.
        let length = (count + (lanes - 1) * settling + lanes - 1) / lanes
        let (first, second, third, last) = (0, length - settling, 2 * (length - settling), count - length)
        var run = Lane<SIMD4<Float>>(
            SIMD4(state.x1, 0, 0, 0), SIMD4(state.x2, 0, 0, 0), SIMD4(state.y1, 0, 0, 0),
            SIMD4(state.y2, 0, 0, 0), SIMD4(state.v1, 0, 0, 0), SIMD4(state.v2, 0, 0, 0))
        let (shelf, highPass) = (Biquad<SIMD4<Float>>(shelf), Biquad<SIMD4<Float>>(highPass))
        // A sample two lanes reach is reached by the later lane first (it started nearer), so the
        // earlier lane's square, settled, is the one left.
        for index in 0..<length {
            let x = SIMD4<Float>(
                Float(samples[first &+ index]), Float(samples[second &+ index]),
                Float(samples[third &+ index]), Float(samples[last &+ index]))
            let v = run.next(x + SIMD4(repeating: dither), shelf, highPass)
            let square = v * v
            squares[first &+ index] = square[0]
            squares[second &+ index] = square[1]
            squares[third &+ index] = square[2]
            squares[last &+ index] = square[3]
            dither = -dither
        }
        state = Lane(run.x1[3], run.x2[3], run.y1[3], run.y2[3], run.v1[3], run.v2[3])
    }

    /// The sum of `values`, in doubles, four running sums at a time (one would wait for each
    /// addition).
    static func sum(_ values: UnsafeBufferPointer<Float>) -> Double {
        var sums = SIMD4<Double>.zero
        var index = 0
        while index + 4 <= values.count {
            sums += SIMD4(
                Double(values[index]), Double(values[index + 1]), Double(values[index + 2]), Double(values[index + 3]))
            index += 4
        }
        var total = (sums[0] + sums[1]) + (sums[2] + sums[3])
        while index < values.count {
            total += Double(values[index])
            index += 1
        }
        return total
    }
}

/// A number the filter runs on: a Float, or a SIMD register's lanes of them.
private protocol KWeightingValue {
    static func + (lhs: Self, rhs: Self) -> Self
    static func - (lhs: Self, rhs: Self) -> Self
    static func * (lhs: Self, rhs: Self) -> Self
}

extension Float: KWeightingValue {}
extension SIMD4<Float>: KWeightingValue {}

/// One second-order section's coefficients (a0 = 1).
private struct Biquad<Value: KWeightingValue> {
    let b0, b1, b2, a1, a2: Value
}

extension Biquad<SIMD4<Float>> {
    /// The same section in every lane.
    init(_ section: Biquad<Float>) {
        (b0, b1, b2) = (SIMD4(repeating: section.b0), SIMD4(repeating: section.b1), SIMD4(repeating: section.b2))
        (a1, a2) = (SIMD4(repeating: section.a1), SIMD4(repeating: section.a2))
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
