import Foundation
import Speech

/// EBU R 128 integrated loudness of everything written through it, measured as it streams by,
/// so a whole briefing never has to sit in memory to be measured. Mono is measured as dual mono,
/// the way a mono file is heard on two speakers.
///
/// BS.1770 gating done here rather than by libebur128 (which `AudioFileInfo` uses to measure
/// finished files, and the tests check this meter against): the K-weighted energy of every
/// 100 ms, 400 ms blocks every 100 ms, the −70 LUFS and −10 LU gates. It is the same arithmetic
/// in a quarter of the time, and every sample of a render goes through it. The measuring runs on
/// a queue of its own, beside synthesis on the second core; at most a few batches wait for it,
/// so memory stays flat.
public final class LoudnessMeter: SampleSink, @unchecked Sendable {
    private let queue = DispatchQueue(label: "briefcast.loudness")
    /// The rest is touched only on `queue`.
    private var filter: KWeightingFilter
    /// Each sample of the batch being measured, K-weighted and squared (in 16-bit units).
    private let squares = UnsafeMutableBufferPointer<Float>.allocate(capacity: batchSize)
    /// Samples in 100 ms; the energy of the 100 ms under way so far, and of the last three.
    private let stepLength: Int
    private var stepFilled = 0
    private var stepEnergy = 0.0
    private var recentSteps: [Double] = []
    /// The mean-square energy of every 400 ms block, in order.
    private var blocks: [Double] = []

    /// The energy of a full-scale square wave in the 16-bit units the filter works in.
    private static let fullScale = 32_768.0 * 32_768.0

    /// Samples per hand-off to the measuring queue (1.5 s at 22,050 Hz).
    static let batchSize = 32_768
    /// Batches waiting for the queue or being measured, at most.
    static let batchesInFlight = 4
    /// The batches' memory, made once and reused (fresh memory for every batch cost a page
    /// fault per 4 KiB): one being filled on the writer's side, the others handed to the queue.
    private let batches: [UnsafeMutableBufferPointer<Int16>]
    /// Batches the queue has finished with, by index; guarded by `freeLock`.
    private var freeBatches: [Int]
    private let freeLock = NSLock()
    private let slots = DispatchSemaphore(value: batchesInFlight)
    /// The batch being filled, and how far.
    private var filling = 0
    private var filled = 0

    public init(sampleRate: Int) {
        filter = KWeightingFilter(sampleRate: sampleRate)
        stepLength = max(1, sampleRate / 10)
        batches = (0...Self.batchesInFlight).map { _ in .allocate(capacity: Self.batchSize) }
        freeBatches = Array(1...Self.batchesInFlight)
    }

    deinit {
        // A batch on the queue holds the meter, so none is left by now.
        for batch in batches { batch.deallocate() }
        squares.deallocate()
    }

    public func write(_ samples: UnsafeBufferPointer<Int16>) throws {
        // The engine hands over small blocks, a worker whole segments; they are measured in
        // batches, so the hand-offs between threads stay few.
        var start = 0
        while start < samples.count {
            let count = min(Self.batchSize - filled, samples.count - start)
            (batches[filling].baseAddress! + filled).update(from: samples.baseAddress! + start, count: count)
            filled += count
            start += count
            if filled == Self.batchSize { handOff() }
        }
    }

    private func handOff() {
        guard filled > 0 else { return }
        let (index, count) = (filling, filled)
        slots.wait()
        // A slot taken means at most `batchesInFlight - 1` batches are with the queue: one is free.
        filling = freeLock.withLock { freeBatches.removeLast() }
        filled = 0
        queue.async { [self] in
            measure(UnsafeBufferPointer(rebasing: batches[index][..<count]))
            freeLock.withLock { freeBatches.append(index) }
            slots.signal()
        }
    }

    /// Adds samples to the 100 ms steps; each step completed ends a 400 ms block once there
    /// have been four.
    private func measure(_ samples: UnsafeBufferPointer<Int16>) {
        filter.squares(of: samples, into: squares)
        var start = 0
        while start < samples.count {
            let count = min(stepLength - stepFilled, samples.count - start)
            stepEnergy += KWeightingFilter.sum(UnsafeBufferPointer(rebasing: squares[start..<(start + count)]))
            stepFilled += count
            start += count
            guard stepFilled == stepLength else { continue }
            if recentSteps.count == 3 {
                // Dual mono: both speakers carry the channel, so its energy counts twice.
                blocks.append(2 * (recentSteps.reduce(0, +) + stepEnergy) / Double(4 * stepLength) / Self.fullScale)
                recentSteps.removeFirst()
            }
            recentSteps.append(stepEnergy)
            stepEnergy = 0
            stepFilled = 0
        }
    }

    /// Integrated loudness in LUFS, or nil for silence.
    public var integratedLoudness: Double? {
        handOff()
        return queue.sync { Self.gatedLoudness(of: blocks) }
    }

    /// BS.1770's integrated loudness of blocks' mean-square energies: the mean of the blocks
    /// above −70 LUFS and within 10 LU of the mean of those.
    static func gatedLoudness(of blocks: [Double]) -> Double? {
        func loudness(_ energy: Double) -> Double { -0.691 + 10 * log10(energy) }
        let absoluteGate = pow(10, (-70 + 0.691) / 10)
        let audible = blocks.filter { $0 >= absoluteGate }
        guard !audible.isEmpty else { return nil }
        let relativeGate = audible.reduce(0, +) / Double(audible.count) * 0.1
        let gated = audible.filter { $0 >= relativeGate }
        let result = loudness(gated.reduce(0, +) / Double(gated.count))
        return result.isFinite ? result : nil
    }

    /// The gain, in dB, that brings the audio to `target` LUFS (a limiter then holds the peaks).
    public func gain(toward target: Double) -> Double {
        guard let loudness = integratedLoudness else { return 0 }
        return target - loudness
    }
}
