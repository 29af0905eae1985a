import Foundation
import Speech

/// The inside of a worker process (`briefcast worker`): reads its setup and jobs from standard
/// input, speaks each job with this process's own engine, and answers each with one result
/// line — how many samples, when each word starts — followed by the samples themselves. The
/// first worker first describes its engine in a line of its own (`--describe`).
public enum SynthesisWorker {
    public static func run(describing: Bool) throws {
        let decoder = JSONDecoder()
        let encoder = JSONEncoder()
        // The engine loads while the renderer reads the article and writes its script; the
        // renderer checks its voice profiles against the first worker's description and never
        // loads the engine itself. The others only list the voices, to select them by file.
        let engine = try SpeechEngine.shared()
        if describing {
            try writeAll(try encoder.encode(engine.describe()) + Data("\n".utf8))
        } else {
            engine.prepareVoiceSelection()
        }
        // Input closed before any setup: the renderer did not need this worker.
        guard let first = readLine() else { return }
        guard let setup = try? decoder.decode(WorkerMessage.Setup.self, from: Data(first.utf8)) else {
            throw SpeechError.synthesisFailed("the worker's setup cannot be read")
        }
        let lexicon = Lexicon(
            entries: setup.lexicon.compactMap { $0.count == 2 ? Lexicon.Entry(word: $0[0], saying: $0[1]) : nil })
        let buffer = SampleBuffer()
        while let line = readLine() {
            let job = try decoder.decode(WorkerMessage.Job.self, from: Data(line.utf8))
            var result = WorkerMessage.Result(index: job.index, count: 0, words: [])
            buffer.removeAll()
            do {
                let utterance = try engine.speak(job.text, as: job.profile, lexicon: lexicon, into: buffer)
                result.count = utterance.sampleCount
                result.words = utterance.words.map { [$0.textOffset, $0.length, $0.sample] }
            } catch {
                result.error = "the speech engine failed: \(error.localizedDescription)"
            }
            try writeAll(try encoder.encode(result) + Data("\n".utf8))
            if result.error == nil { try buffer.samples.withUnsafeBytes { try writeAll($0) } }
        }
    }

    /// Writes all of `bytes` to standard output (a pipe: a write may take only part).
    private static func writeAll(_ bytes: some ContiguousBytes) throws {
        try bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let written = write(1, buffer.baseAddress! + done, buffer.count - done)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EPIPE) }
                done += written
            }
        }
    }
}
