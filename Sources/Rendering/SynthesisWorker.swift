import AudioFiles
import Foundation
import Speech

/// The inside of a worker process (`briefcast worker`): reads its setup and jobs from standard
/// input, speaks each job with this process's own engine into its output file, and answers each
/// with one result line — where the samples are and when each word starts.
public enum SynthesisWorker {
    public static func run() throws {
        let decoder = JSONDecoder()
        let encoder = JSONEncoder()
        // The engine loads while the renderer reads the article and writes its script.
        let engine = try SpeechEngine.shared()
        // Input closed before any setup: the renderer did not need this worker.
        guard let first = readLine() else { return }
        guard let setup = try? decoder.decode(WorkerMessage.Setup.self, from: Data(first.utf8)) else {
            throw SpeechError.synthesisFailed("the worker's setup cannot be read")
        }
        engine.know(voiceFiles: setup.voiceFiles ?? [:])
        let lexicon = Lexicon(
            entries: setup.lexicon.compactMap { $0.count == 2 ? Lexicon.Entry(word: $0[0], saying: $0[1]) : nil })
        let output: PCMFile
        do {
            output = try PCMFile(URL(fileURLWithPath: setup.output))
        } catch {
            // Every job gets the reason (a read-only or full output folder), then the worker stops.
            let reason = "the speech worker could not make its output file (\(AudioFileError.systemReason(error)))"
            if let line = readLine(), let job = try? decoder.decode(WorkerMessage.Job.self, from: Data(line.utf8)) {
                var result = WorkerMessage.Result(index: job.index, offset: 0, count: 0, words: [])
                result.error = reason
                FileHandle.standardOutput.write(try encoder.encode(result) + Data("\n".utf8))
            }
            return
        }
        while let line = readLine() {
            let job = try decoder.decode(WorkerMessage.Job.self, from: Data(line.utf8))
            let offset = output.count
            var result = WorkerMessage.Result(index: job.index, offset: offset, count: 0, words: [])
            var canGoOn = true
            do {
                let utterance = try engine.speak(job.text, as: job.profile, lexicon: lexicon, into: output)
                result.count = utterance.sampleCount
                result.words = utterance.words.map { [$0.textOffset, $0.length, $0.sample] }
                // The samples are in the file before the result says so.
                try output.flush()
            } catch let error as SpeechError {
                result.error = "the speech engine failed: \(error.localizedDescription)"
            } catch {
                // The output folder is full or gone: say why, and stop.
                result.error = "the speech worker could not write its samples (\(AudioFileError.systemReason(error)))"
                canGoOn = false
            }
            FileHandle.standardOutput.write(try encoder.encode(result) + Data("\n".utf8))
            guard canGoOn else { return }
        }
    }
}
