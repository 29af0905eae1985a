import Foundation
import Speech

/// Speaks segments in parallel worker processes (`briefcast worker`): the engine keeps its
/// state in process globals, so parallel speech needs processes, not threads. Segments are
/// dealt out in script order, each to the worker with the least to say so far, so the workers
/// move through the script side by side: the renderer stitches what they send as it comes,
/// neither waits on the other for long, and they finish within a segment of each other. (Longest
/// first finished them closer together, but let one get far ahead of the other and wait for
/// room: a 20-story briefing took 4–8 % longer.) The deal depends on the input alone, so the
/// same input gives the same bytes (espeak-ng carries a few samples of state from one utterance
/// to the next, so a segment need not sound exactly the same after other segments). Samples come
/// back through each worker's pipe, a segment at a time.
/// "Length" is the time a segment takes to say — its bytes at its voice's rate — since the
/// engine's work follows the audio it makes.
public struct SynthesisWorkers: Equatable, Sendable {
    /// The `briefcast` executable to run as `briefcast worker`.
    public var executable: URL
    public var count: Int
    /// How long a worker may take over a segment before it is taken to have hung: a fixed
    /// part (it covers the worker's start and a busy machine) and a part per byte of text
    /// (the engine speaks some 15,000 words a second here; this allows a hundredth of that).
    public var stallSeconds = 30.0
    public var stallSecondsPerByte = 0.001

    public init(executable: URL, count: Int) {
        self.executable = executable
        self.count = max(1, count)
    }

    /// The time a worker is given for `job`.
    func allowance(for job: Job) -> Double {
        stallSeconds + stallSecondsPerByte * Double(job.text.utf8.count)
    }

    /// This very program, and as many workers as the machine has cores.
    public static func here() -> SynthesisWorkers {
        SynthesisWorkers(
            executable: URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath(),
            count: ProcessInfo.processInfo.activeProcessorCount)
    }

    /// A job: the segment's index in the script, its words and voice.
    public struct Job: Sendable {
        public var index: Int
        public var text: String
        public var profile: VoiceProfile

        public init(index: Int, text: String, profile: VoiceProfile) {
            self.index = index
            self.text = text
            self.profile = profile
        }
    }

    /// Each job given to one of `count` workers: in script order, to the least loaded (ties to
    /// the lowest number); each worker then speaks its jobs in script order.
    public static func deal(_ jobs: [Job], among count: Int) -> [[Job]] {
        var shares = [[Job]](repeating: [], count: count)
        var loads = [Int](repeating: 0, count: count)
        for job in jobs.sorted(by: { $0.index < $1.index }) {
            let worker = loads.indices.min { (loads[$0], $0) < (loads[$1], $1) } ?? 0
            shares[worker].append(job)
            loads[worker] += length(job)
        }
        return shares.map { $0.sorted { $0.index < $1.index } }
    }

    /// How long a job takes to say, in arbitrary whole units: its bytes over its voice's rate
    /// (words a minute), so a slow headline voice weighs more than its bytes.
    static func length(_ job: Job) -> Int {
        job.text.utf8.count * 10_000 / max(1, job.profile.rate)
    }

    /// Starts the worker processes now, so they load while this process reads and writes the
    /// script; they wait for their jobs.
    public func start() throws -> WorkerPool {
        try WorkerPool(workers: self)
    }
}
