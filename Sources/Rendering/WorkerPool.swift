import Foundation
import Speech

/// Running worker processes (see ``SynthesisWorkers``), started ahead of their jobs. A pool
/// speaks one batch; workers it does not need are told to stop, and every one is waited for,
/// so none is left behind.
public final class WorkerPool: @unchecked Sendable {
    private var processes: [WorkerProcess]

    init(executable: URL, count: Int) throws {
        processes = []
        for _ in 0..<count { processes.append(try WorkerProcess(executable: executable, arguments: ["worker"])) }
    }

    deinit { finish() }

    /// Hands the jobs out and returns at once; each segment's audio can be had from the result
    /// as soon as its worker has spoken it, so the output is stitched while later segments are
    /// still being spoken. `files` collects the worker output files, for the caller to remove.
    public func speak(
        _ jobs: [SynthesisWorkers.Job], lexicon: Lexicon, folder: URL, files: inout [URL]
    ) throws -> PendingAudio {
        let shares = SynthesisWorkers.deal(jobs, among: processes.count).filter { !$0.isEmpty }
        let outputs = shares.indices.map { PCMFile.temporaryURL(in: folder, for: "worker\($0 + 1)") }
        files += outputs
        let pending = PendingAudio()
        let group = DispatchGroup()
        let encoder = JSONEncoder()
        for (process, (share, output)) in zip(processes, zip(shares, outputs)) {
            let setup = WorkerMessage.Setup(output: output.path, lexicon: lexicon.entries.map { [$0.word, $0.saying] })
            let lines =
                [try encoder.encode(setup)]
                + (try share.map {
                    try encoder.encode(WorkerMessage.Job(index: $0.index, text: $0.text, profile: $0.profile))
                })
            DispatchQueue.global().async(group: group) {
                for line in lines { try? process.input.write(contentsOf: line + Data("\n".utf8)) }
                try? process.input.close()
            }
            DispatchQueue.global().async(group: group) {
                let decoder = JSONDecoder()
                SynthesisWorkers.forEachLine(of: process.output) { line in
                    guard let result = try? decoder.decode(WorkerMessage.Result.self, from: line), result.error == nil
                    else { return }
                    let words = result.words.compactMap {
                        $0.count == 3 ? SpokenWord(textOffset: $0[0], length: $0[1], sample: $0[2]) : nil
                    }
                    pending.add(
                        result.index,
                        SpokenAudio(
                            file: output, byteOffset: result.offset * 2,
                            utterance: Utterance(sampleCount: result.count, words: words)))
                }
            }
        }
        group.notify(queue: .global()) { pending.finish() }
        return pending
    }

    /// Closes every worker's input (a worker with no jobs then exits) and waits for them all.
    public func finish() {
        for process in processes {
            try? process.input.close()
            process.wait()
        }
        processes = []
    }
}
