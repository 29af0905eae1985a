import AudioFiles
import Foundation
import Testing

@Suite struct ResamplerTests {
    static func sine(frequency: Double, rate: Int, count: Int, amplitude: Double = 10_000) -> [Int16] {
        (0..<count).map { Int16((amplitude * sin(2 * .pi * frequency * Double($0) / Double(rate))).rounded()) }
    }

    @Test("22,050 → 48,000 Hz: a 1 kHz tone comes out as the same tone, within a quarter of a percent")
    func toneStaysTrue() {
        var resampler = Resampler(from: 22_050, to: 48_000)
        let input = Self.sine(frequency: 1000, rate: 22_050, count: 22_050)
        let output = input.withUnsafeBufferPointer { resampler.process($0) } + resampler.finish()
        #expect(output.count == 48_000)
        let ideal = Self.sine(frequency: 1000, rate: 48_000, count: 48_000)
        // The filter's edges see silence before the start and after the end; judge the middle.
        let error = zip(output, ideal).dropFirst(100).dropLast(100).map { abs(Int($0) - Int($1)) }.max() ?? 0
        #expect(error <= 25, "largest error \(error) of 10000")
    }

    @Test("block boundaries do not matter: odd-sized blocks give the same samples as one")
    func streaming() {
        let input = Self.sine(frequency: 440, rate: 22_050, count: 10_000)
        var whole = Resampler(from: 22_050, to: 48_000)
        let once = input.withUnsafeBufferPointer { whole.process($0) } + whole.finish()
        var pieces = Resampler(from: 22_050, to: 48_000)
        var streamed: [Int16] = []
        var offset = 0
        for size in [1, 7, 333, 4096, 17] + Array(repeating: 1000, count: 10) where offset < input.count {
            let end = min(offset + size, input.count)
            streamed += input[offset..<end].withUnsafeBufferPointer { pieces.process($0) }
            offset = end
        }
        streamed += pieces.finish()
        #expect(streamed == once)
    }

    @Test("a tone above the new Nyquist frequency is filtered out, not folded back")
    func noAliasing() {
        var resampler = Resampler(from: 48_000, to: 22_050)
        let input = Self.sine(frequency: 15_000, rate: 48_000, count: 48_000)
        let output = input.withUnsafeBufferPointer { resampler.process($0) } + resampler.finish()
        let loudest = output.dropFirst(100).dropLast(100).map { abs(Int($0)) }.max() ?? 0
        #expect(loudest < 100, "a 15 kHz tone at 22,050 Hz left \(loudest) of 10000")
    }
}
