import AudioFiles
import CMalloc
import Foundation
import Speech

/// Running worker processes (see ``SynthesisWorkers``), started ahead of their jobs. A pool
/// speaks one batch. A worker that crashes, stops answering or fails a segment is stopped and
/// its unfinished segments given once more to a fresh worker; a segment that fails there too
/// fails the render. Every worker is waited for, so none is left behind.
public final class WorkerPool: @unchecked Sendable {
    private let workers: SynthesisWorkers
    private let lock = NSLock()
    private var processes: [WorkerProcess]
    /// The first worker started, which describes the engine in its first line.
    private let describing: WorkerProcess?
    /// What the workers have spoken and the renderer not yet taken.
    private var pendings: [PendingAudio] = []
    /// The threads feeding and reading the workers.
    private let feeding = DispatchGroup()
    private var stopped = false

    init(workers: SynthesisWorkers) throws {
        self.workers = workers
        // The segments the workers send come and go in memory, a megabyte or so each: each is
        // given back to the system when freed, instead of staying in a heap glibc lets grow to
        // the largest it has seen them (5 MiB more at 20 times an article's length).
        mallopt(M_MMAP_THRESHOLD, 256 << 10)
        processes = []
        for number in 0..<workers.count {
            processes.append(try Self.launch(workers, describing: number == 0))
        }
        describing = processes.first
    }

    deinit { finish() }

    private static func launch(_ workers: SynthesisWorkers, describing: Bool = false) throws -> WorkerProcess {
        try WorkerProcess(executable: workers.executable, arguments: ["worker"] + (describing ? ["--describe"] : []))
    }

    /// The engine the workers speak with, as the first of them describes it once it has loaded
    /// it; nil when it could not say (it failed to start, or its engine did).
    public func engineDescription() -> EngineDescription? {
        guard let describing, case .line(let line) = describing.firstLine(within: workers.stallSeconds) else {
            return nil
        }
        return try? JSONDecoder().decode(EngineDescription.self, from: line)
    }

    /// Hands the jobs out and returns at once; each segment's audio can be had from the result
    /// as soon as its worker has spoken it, so the output is stitched while later segments are
    /// still being spoken.
    public func speak(_ jobs: [SynthesisWorkers.Job], lexicon: Lexicon) -> PendingAudio {
        let shares = SynthesisWorkers.deal(jobs, among: processes.count).filter { !$0.isEmpty }
        let pending = PendingAudio()
        lock.withLock { pendings.append(pending) }
        let group = DispatchGroup()
        for (number, (process, share)) in zip(processes, shares).enumerated() {
            Self.onThread(group) {
                let (left, problem) = self.run(
                    share, on: process, worker: number, lexicon: lexicon, into: pending)
                guard !left.isEmpty else { return }
                // Once more, in a fresh worker — unless the render has given up.
                let again: WorkerProcess? = self.lock.withLock {
                    guard !self.stopped, let again = try? Self.launch(self.workers) else { return nil }
                    self.processes.append(again)
                    return again
                }
                guard let again else {
                    for job in left { pending.fail(job.index, Self.failure(job, problem, retried: false)) }
                    return
                }
                let (stillLeft, secondProblem) = self.run(
                    left, on: again, worker: number, lexicon: lexicon, into: pending)
                for job in stillLeft { pending.fail(job.index, Self.failure(job, secondProblem, retried: true)) }
            }
        }
        feeding.enter()
        group.notify(queue: .global()) {
            pending.finish()
            self.feeding.leave()
        }
        return pending
    }

    /// The render failed: every worker is stopped at once, and none is started again.
    public func stop() {
        let (all, waiting) = lock.withLock {
            stopped = true
            return (processes, pendings)
        }
        for pending in waiting { pending.cancel() }
        for process in all { process.stop() }
    }

    /// Gives `share` to `process` and collects its results into `pending`; returns the jobs it
    /// did not do, and why. A worker that stops answering is stopped.
    private func run(
        _ share: [SynthesisWorkers.Job], on process: WorkerProcess, worker: Int, lexicon: Lexicon,
        into pending: PendingAudio
    ) -> ([SynthesisWorkers.Job], String) {
        let encoder = JSONEncoder()
        let setup = WorkerMessage.Setup(lexicon: lexicon.entries.map { [$0.word, $0.saying] })
        let lines =
            [(try? encoder.encode(setup)) ?? Data()]
            + share.map {
                (try? encoder.encode(WorkerMessage.Job(index: $0.index, text: $0.text, profile: $0.profile))) ?? Data()
            }
        let writing = DispatchGroup()
        Self.onThread(writing) {
            for line in lines { try? process.input.write(contentsOf: line + Data("\n".utf8)) }
            try? process.input.close()
        }
        defer { writing.wait() }
        // The describing worker's description of its engine comes first.
        if process === describing {
            switch process.firstLine(within: workers.stallSeconds) {
            case .line: break
            case .closed: return (share, "the speech worker \(process.wait())")
            case .timedOut:
                process.stop()
                return (share, "the speech worker stopped answering (nothing in \(Int(workers.stallSeconds)) s)")
            }
        }
        let decoder = JSONDecoder()
        var failed: [SynthesisWorkers.Job] = []
        var problem = ""
        var next = 0
        while next < share.count {
            let job = share[next]
            pending.waitForRoom(worker: worker)
            switch process.readLine(within: workers.allowance(for: job)) {
            case .line(let line):
                guard let result = try? decoder.decode(WorkerMessage.Result.self, from: line), result.index == job.index
                else {
                    process.stop()
                    return (failed + share[next...], "the speech worker answered out of turn")
                }
                if let error = result.error {
                    next += 1
                    failed.append(job)
                    problem = error
                    continue
                }
                let words = result.words.compactMap {
                    $0.count == 3 ? SpokenWord(textOffset: $0[0], length: $0[1], sample: $0[2]) : nil
                }
                // The samples follow their line.
                switch process.readSamples(result.count, within: workers.allowance(for: job)) {
                case .samples(let samples):
                    let utterance = Utterance(sampleCount: result.count, words: words)
                    pending.add(job.index, SpokenAudio(samples: .memory(samples), utterance: utterance), worker: worker)
                    next += 1
                case .closed:
                    return (failed + share[next...], "the speech worker \(process.wait())")
                case .timedOut:
                    process.stop()
                    return (failed + share[next...], stalled(job))
                }
            case .closed:
                // What the worker said before it ended, else how it ended.
                return (failed + share[next...], problem.isEmpty ? "the speech worker \(process.wait())" : problem)
            case .timedOut:
                process.stop()
                return (failed + share[next...], stalled(job))
            }
        }
        return (failed, problem)
    }

    private func stalled(_ job: SynthesisWorkers.Job) -> String {
        "the speech worker stopped answering (nothing in \(Int(workers.allowance(for: job).rounded())) s)"
    }

    /// Runs `body` on a thread of its own, in `group`. Feeding and reading workers block on
    /// pipes, and blocked blocks on the global dispatch queue starve the ones behind them (on two
    /// cores, libdispatch adds a thread only after a second).
    private static func onThread(_ group: DispatchGroup, _ body: @escaping @Sendable () -> Void) {
        group.enter()
        let thread = Thread {
            body()
            group.leave()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    private static func failure(_ job: SynthesisWorkers.Job, _ problem: String, retried: Bool) -> String {
        let words = job.text.split(separator: " ").prefix(8).joined(separator: " ")
        return "segment \(job.index + 1) (“\(words)…”): \(problem)\(retried ? ", and again on a second try" : "")"
    }

    /// Closes every worker's input (a worker with no jobs then exits) and waits for them all —
    /// those started again for a retry too.
    public func finish() {
        for process in lock.withLock({ processes }) { try? process.input.close() }
        feeding.wait()
        let all = lock.withLock {
            defer {
                processes = []
                pendings = []
            }
            return processes
        }
        for process in all { process.wait() }
    }
}
