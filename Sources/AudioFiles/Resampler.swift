import Foundation

/// Converts 16-bit mono audio from one sample rate to another by band-limited interpolation:
/// a Kaiser-windowed sinc filter with one precomputed phase per output position in the rate
/// ratio (for 22,050 → 48,000 Hz, 320 phases). It streams: blocks in, blocks out, a few dozen
/// samples of history kept — never the whole signal.
public struct Resampler {
    public let inputRate: Int
    public let outputRate: Int
    /// Output positions per `down` input samples (the ratio in lowest terms).
    private let up: Int
    private let down: Int
    /// Taps on each side of the interpolation point.
    private let halfWidth: Int
    /// `up` phases × `2 · halfWidth` taps.
    private let table: [Float]
    /// Input not yet fully used, with `halfWidth` samples of history before it.
    private var pending: [Float]
    /// Output samples made so far.
    private var produced = 0
    /// Input samples taken in so far.
    private var consumed = 0
    /// The input index of `pending[0]` (negative for the silence before the start).
    private var start: Int

    public init(from inputRate: Int, to outputRate: Int, halfWidth: Int = 16) {
        self.inputRate = inputRate
        self.outputRate = outputRate
        let divisor = Self.gcd(inputRate, outputRate)
        up = outputRate / divisor
        down = inputRate / divisor
        self.halfWidth = halfWidth
        // Below both Nyquist frequencies, with a little room for the transition band.
        let cutoff = 0.95 * min(1, Double(outputRate) / Double(inputRate))
        let beta = 8.0
        var table = [Float](repeating: 0, count: up * 2 * halfWidth)
        for phase in 0..<up {
            let fraction = Double(phase) / Double(up)
            var sum = 0.0
            var taps = [Double](repeating: 0, count: 2 * halfWidth)
            for tap in 0..<(2 * halfWidth) {
                // Distance from the interpolation point to input sample (tap − halfWidth + 1).
                let x = Double(tap - halfWidth + 1) - fraction
                let sinc = x == 0 ? 1 : sin(.pi * cutoff * x) / (.pi * cutoff * x)
                let position = x / Double(halfWidth)
                let window =
                    abs(position) >= 1
                    ? 0 : Self.besselI0(beta * (1 - position * position).squareRoot()) / Self.besselI0(beta)
                taps[tap] = cutoff * sinc * window
                sum += taps[tap]
            }
            for tap in 0..<(2 * halfWidth) { table[phase * 2 * halfWidth + tap] = Float(taps[tap] / sum) }
        }
        self.table = table
        pending = [Float](repeating: 0, count: halfWidth - 1)
        start = -(halfWidth - 1)
    }

    /// Resamples the next block; the output lags until ``finish()`` flushes the tail.
    public mutating func process(_ input: UnsafeBufferPointer<Int16>) -> [Int16] {
        pending.reserveCapacity(pending.count + input.count)
        for sample in input { pending.append(Float(sample)) }
        consumed += input.count
        return drain(final: false)
    }

    /// The last output samples, as if the input were followed by silence; the total output is
    /// then `ceil(inputCount · outputRate / inputRate)` samples.
    public mutating func finish() -> [Int16] {
        pending += [Float](repeating: 0, count: halfWidth + 1)
        return drain(final: true)
    }

    private mutating func drain(final: Bool) -> [Int16] {
        let total = final ? (consumed * up + down - 1) / down : Int.max
        var output: [Int16] = []
        let width = 2 * halfWidth
        table.withUnsafeBufferPointer { table in
            pending.withUnsafeBufferPointer { samples in
                while produced < total {
                    let position = produced * down
                    let index = position / up
                    let phase = position % up
                    // Taps cover input samples index − halfWidth + 1 … index + halfWidth.
                    let first = index - halfWidth + 1 - start
                    guard first >= 0, first + width <= samples.count else { break }
                    var sum: Float = 0
                    let taps = phase * width
                    for tap in 0..<width { sum += samples[first + tap] * table[taps + tap] }
                    output.append(Int16(clamping: Int(sum.rounded())))
                    produced += 1
                }
            }
        }
        // Keep only what later outputs still need.
        let nextIndex = produced * down / up
        let unused = min(max(0, nextIndex - halfWidth + 1 - start), pending.count)
        if unused > 0 {
            pending.removeFirst(unused)
            start += unused
        }
        return output
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }

    /// The modified Bessel function of the first kind, order zero (for the Kaiser window).
    private static func besselI0(_ x: Double) -> Double {
        var sum = 1.0
        var term = 1.0
        var k = 1.0
        while term > 1e-12 * sum {
            term *= (x / (2 * k)) * (x / (2 * k))
            sum += term
            k += 1
        }
        return sum
    }
}
