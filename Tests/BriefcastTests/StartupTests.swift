import Foundation
import TestSupport
import Testing

/// What a run loads: libcurl, with the dozens of libraries it brings, only when a page is
/// fetched — not in a render of a file, and not in its worker processes; espeak-ng (and the
/// twenty-odd libraries it brings) only in the worker processes, not in the renderer, which has
/// the first worker describe the engine; and the list of every voice (some 360 files read) twice
/// only in that worker.
@Suite struct StartupTests {
    @Test("a render that fetches nothing never loads libcurl, in any of its processes")
    func noCurlWithoutFetching() throws {
        let folder = try TestFolder.make()
        let log = folder.appendingPathComponent("strace.log")
        var environment = BriefcastBinary.environment
        environment["XDG_CACHE_HOME"] = folder.appendingPathComponent("cache").path
        let run = try Command.run(
            "strace",
            [
                "-f", "-qq", "-e", "trace=execve,openat", "-o", log.path, BriefcastBinary.url.path, "article",
                Fixtures.url("seed-article.txt").path, "-o", folder.appendingPathComponent("seed.wav").path,
            ],
            environment: environment)
        #expect(run.status == 0, "\(run.standardError)")
        let calls = try String(contentsOf: log, encoding: .utf8).split(separator: "\n")
        // The workers ran (briefcast started more than once), and no process opened libcurl.
        #expect(calls.filter { $0.contains("execve(") && $0.contains("briefcast") }.count >= 2)
        #expect(calls.filter { $0.contains("libcurl") }.isEmpty)
        func pids(_ lines: [Substring]) -> [String] { lines.map { String($0.prefix { $0 != " " }) } }
        let executions = calls.filter { $0.contains("execve(") }
        let describer = Set(pids(executions.filter { $0.contains("\"--describe\"") }))
        let workers = Set(pids(executions.filter { $0.contains("\"worker\"") }))
        #expect(describer.count == 1 && workers.count >= 2)
        #expect(
            pids(calls.filter { $0.contains("libespeak-ng") && !$0.contains("ENOENT") }).allSatisfy(workers.contains))
        // Each listing of the voices walks espeak-ng's voice folder. Describing the voices takes
        // two (variants, then voices); another worker makes one, to find its voices' files, which
        // also serves espeak-ng when a file's name has capitals ("gmw/en-US").
        let walkers = pids(calls.filter { $0.contains("espeak-ng-data/voices\",") && $0.contains("O_DIRECTORY") })
        #expect(walkers.allSatisfy(workers.contains), "only workers list the voices")
        for worker in workers {
            #expect(walkers.filter { $0 == worker }.count == (describer.contains(worker) ? 2 : 1))
        }
    }
}
