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

    /// A worker that cannot go on (its output folder full or read-only, say) just stops: the
    /// render that started it reports the problem once, for every worker.
    func run() throws {
        do {
            try SynthesisWorker.run(describing: describe)
        } catch {
            throw ExitCode.failure
        }
    }
}
