import Foundation
import TestSupport
import Testing

/// What a run loads: libcurl, with the dozens of libraries it brings, only when a page is
/// fetched — not in a render of a file, and not in its worker processes; and the list of every
/// voice (some 360 files read) twice only in the process that checks the voice profiles.
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
        // Each listing of the voices walks espeak-ng's voice folder. Checking the profiles takes
        // two (variants, then voices); a worker makes one, to find its voices' files, which also
        // serves espeak-ng when a file's name has capitals ("gmw/en-US").
        let walks = calls.filter { $0.contains("espeak-ng-data/voices\",") && $0.contains("O_DIRECTORY") }
        let walkers = walks.map { String($0.prefix { $0 != " " }) }
        let workers = Set(
            calls.filter { $0.contains("execve(") && $0.contains("\"worker\"") }.map { String($0.prefix { $0 != " " }) }
        )
        #expect(workers.count >= 1)
        #expect(walkers.filter { !workers.contains($0) }.count >= 2, "the main process lists voices and variants")
        #expect(workers.map { worker in walkers.filter { $0 == worker }.count }.allSatisfy { $0 <= 1 })
    }
}
