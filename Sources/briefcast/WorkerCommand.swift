import ArgumentParser
import Rendering

/// `briefcast worker`: one of the processes `article` and `daily` speak in parallel with. Not
/// for people: it reads jobs on standard input and answers on standard output.
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Speak segments for a parallel render (started by article and daily).",
        shouldDisplay: false
    )

    @Flag(help: "First describe the engine (version, sample rate, voices) in a line of JSON.")
    var describe = false

    /// Whether the arguments a render starts its workers with (`worker`, `worker --describe`)
    /// ask for the description, read without the parser; nil for any other arguments.
    static func describing(_ arguments: [String]) -> Bool? {
        switch arguments {
        case ["worker"]: false
        case ["worker", "--describe"]: true
        default: nil
        }
    }

    func run() throws {
        Self.work(describing: describe)
    }

    /// Speaks the jobs on standard input until it ends, then exits. A worker that cannot go on
    /// (its output folder full or read-only, say) just stops: the render that started it
    /// reports the problem once, for every worker.
    static func work(describing: Bool) -> Never {
        do {
            try SynthesisWorker.run(describing: describing)
        } catch {
            exit(withError: ExitCode.failure)
        }
        exit()
    }
}
