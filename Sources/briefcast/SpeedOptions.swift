import ArgumentParser
import Foundation
import Rendering

/// How segments are spoken: in parallel worker processes, and through the caches of pages read
/// and segments spoken.
struct SpeedOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Worker processes to speak in parallel (default: one per core; 0 speaks in this process).", valueName: "n"))
    var workers: Int?

    @Flag(
        name: .customLong("no-cache"),
        help: "Read every page and speak every segment afresh, without reading or filling the caches."
    )
    var noCache = false

    func validate() throws {
        if let workers, !(0...64).contains(workers) { throw ValidationError("--workers must be between 0 and 64") }
    }

    /// The worker processes, started now so they load while the article is read.
    func startWorkers() throws -> WorkerPool? {
        try synthesisWorkers?.start()
    }

    var synthesisWorkers: SynthesisWorkers? {
        var workers = SynthesisWorkers.here()
        if let count = self.workers {
            guard count > 0 else { return nil }
            workers.count = count
        }
        return workers
    }

    var cache: SegmentCache? { noCache ? nil : SegmentCache(folder: SegmentCache.defaultFolder()) }

    var readings: ReadingCache? { noCache ? nil : ReadingCache(folder: ReadingCache.defaultFolder()) }
}
