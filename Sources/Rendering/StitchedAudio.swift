import AudioFiles
import Foundation
import Speech

/// A render's audio, stitched in script order as its segments come, each sample passing
/// through once and the meter seeing it on the way: straight into the WAV being made (its gain
/// applied in place at the end, see ``WAVWriter``), or, for the encoders — which need the
/// loudness of the whole before their first sample — into a scratch file they read once it is
/// known. Nothing is held in memory but a block.
final class StitchedAudio: SampleSink {
    enum Destination {
        case wav(WAVWriter)
        case scratch(PCMFile)
    }

    let destination: Destination
    private let meter: LoudnessMeter?
    private let sampleRate: Int
    /// Samples so far.
    private(set) var count = 0
    private var buffer = [Int16](repeating: 0, count: 32_768)

    init(into destination: Destination, meter: LoudnessMeter?, sampleRate: Int) {
        self.destination = destination
        self.meter = meter
        self.sampleRate = sampleRate
    }

    /// A pause: silence, left out of the loudness measured.
    func appendSilence(samples: Int) throws {
        buffer.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
        var remaining = samples
        while remaining > 0 {
            let chunk = min(remaining, buffer.count)
            try buffer.withUnsafeBufferPointer {
                try write(UnsafeBufferPointer(rebasing: $0[..<chunk]), metered: false)
            }
            remaining -= chunk
        }
    }

    func appendTone(seconds: Double) throws {
        try Chime.samples(seconds: seconds, sampleRate: sampleRate).withUnsafeBufferPointer {
            try write($0, metered: true)
        }
    }

    func append(_ audio: SpokenAudio) throws {
        try audio.forEachBlock(buffer: &buffer) { try write($0, metered: true) }
    }

    /// Speech as the engine makes it, when it need not be kept.
    func write(_ samples: UnsafeBufferPointer<Int16>) throws {
        try write(samples, metered: true)
    }

    private func write(_ samples: UnsafeBufferPointer<Int16>, metered: Bool) throws {
        if metered { try meter?.write(samples) }
        switch destination {
        case .wav(let writer): try writer.write(samples)
        case .scratch(let file): try file.write(samples)
        }
        count += samples.count
    }
}
