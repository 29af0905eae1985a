@testable import AudioFiles
import Foundation
import TestSupport
import Testing

/// The meter a render streams through against libebur128 reading the finished file: the same
/// loudness, whatever sizes the samples arrive in.
@Suite struct LoudnessMeterTests {
    /// 12.3 s that exercise both gates: a voice-like tone whose loudness swells and fades, a
    /// quiet passage 25 dB down (within the file but under the relative gate), a pause of
    /// silence (under the absolute gate) and a loud burst; the length is not a whole block.
    static func signal(sampleRate: Int) -> [Int16] {
        (0..<Int(12.3 * Double(sampleRate))).map { index in
            let time = Double(index) / Double(sampleRate)
            let level: Double =
                switch time {
                case ..<5: 0.3 + 0.2 * sin(2 * .pi * 0.7 * time)
                case ..<7: 0.02
                case ..<8: 0
                case ..<9: 0.9
                default: 0.25
                }
            let voice =
                0.6 * sin(2 * .pi * 180 * time) + 0.3 * sin(2 * .pi * 2_400 * time) + 0.1 * sin(2 * .pi * 40 * time)
            return Int16((32_000 * level * voice).rounded())
        }
    }

    @Test("integrated loudness matches libebur128's, at 22,050 and 48,000 Hz", arguments: [22_050, 48_000])
    func matchesLibebur128(sampleRate: Int) throws {
        let folder = try TestFolder.make("meter")
        defer { try? FileManager.default.removeItem(at: folder) }
        let meter = LoudnessMeter(sampleRate: sampleRate)
        let samples = Self.signal(sampleRate: sampleRate)
        // Pieces of awkward sizes, as the engine hands them over.
        var start = 0
        for size in [1, 777, 2_205, 40_000, 12_345].cycled() {
            guard start < samples.count else { break }
            let end = min(samples.count, start + size)
            try samples[start..<end].withUnsafeBufferPointer { try meter.write($0) }
            start = end
        }
        let url = folder.appendingPathComponent("signal.wav")
        try WAVWriter.write(samples, sampleRate: sampleRate, chapters: [], metadata: AudioMetadata(), to: url)
        let reference = try #require(try AudioFileInfo.loudness(of: url, truePeak: false).integrated)
        let measured = try #require(meter.integratedLoudness)
        #expect(abs(measured - reference) < 0.001, "meter \(measured) LUFS, libebur128 \(reference) LUFS")
        #expect(meter.gain(toward: -16) == -16 - measured)
    }

    @Test("a long batch filtered as four parts at once gives what one run through gives")
    func lanes() {
        let samples = Self.signal(sampleRate: 22_050)
        let batch = 65_536
        var whole = KWeightingFilter(sampleRate: 22_050)
        var pieces = KWeightingFilter(sampleRate: 22_050)
        let short = whole.settlingLength
        var inLanes = [Float](repeating: 0, count: samples.count)
        var oneByOne = inLanes
        samples.withUnsafeBufferPointer { samples in
            // Batches long enough to be run in lanes, and pieces too short to be.
            for start in stride(from: 0, to: samples.count, by: batch) {
                let range = start..<min(samples.count, start + batch)
                inLanes[range].withUnsafeMutableBufferPointer {
                    whole.squares(of: UnsafeBufferPointer(rebasing: samples[range]), into: $0)
                }
            }
            for start in stride(from: 0, to: samples.count, by: short) {
                let range = start..<min(samples.count, start + short)
                oneByOne[range].withUnsafeMutableBufferPointer {
                    pieces.squares(of: UnsafeBufferPointer(rebasing: samples[range]), into: $0)
                }
            }
        }
        // The same but for a float's rounding: two runs whose states differ by a few units in the
        // last place, as a lane's does once settled, stay apart by up to some parts in 10^5 of
        // the loudest square for a while (the high-pass's poles near 1), as any float run is
        // from the exact filter. The first few samples further apart.
        let loudest = oneByOne.max() ?? 0
        let apart = samples.indices.filter { abs(inLanes[$0] - oneByOne[$0]) > 3e-4 * loudest }
        #expect(Array(apart.prefix(5)).map { "\($0): \(inLanes[$0]) \(oneByOne[$0])" } == [])
        let total = (inLanes.reduce(0.0) { $0 + Double($1) }, oneByOne.reduce(0.0) { $0 + Double($1) })
        #expect(abs(total.0 - total.1) < 1e-6 * total.1)
    }

    @Test("long silence stays fast: the state never decays into subnormal floats")
    func noSubnormals() {
        var filter = KWeightingFilter(sampleRate: 22_050)
        var squares = [Float](repeating: 1, count: 200_000)
        // A burst, then nine seconds of silence.
        let samples = (0..<200_000).map { $0 < 1_000 ? Int16(($0 % 50) * 400) : 0 }
        samples.withUnsafeBufferPointer { samples in
            squares.withUnsafeMutableBufferPointer { filter.squares(of: samples, into: $0) }
        }
        #expect(squares[150_000...].allSatisfy { $0.isNormal && $0 < 1e-20 })
    }

    @Test("silence has no loudness, and needs no gain")
    func silence() throws {
        let meter = LoudnessMeter(sampleRate: 22_050)
        try [Int16](repeating: 0, count: 50_000).withUnsafeBufferPointer { try meter.write($0) }
        #expect(meter.integratedLoudness == nil)
        #expect(meter.gain(toward: -16) == 0)
    }
}

extension Array {
    /// The elements over and over, for ever.
    fileprivate func cycled() -> UnfoldSequence<Element, Int> {
        sequence(state: 0) { index in
            defer { index = (index + 1) % count }
            return self[index]
        }
    }
}
