import Foundation
import TestSupport
import Testing

/// Runs stopped from outside: by Ctrl-C or `kill` (cleaned up, ended by the signal), or killed
/// outright at any moment (never a partial file; the next run cleans up and succeeds).
enum Faults {
    static let stories = ["night-ferry.txt", "library-robot.txt"]

    /// A folder with the example stories, and an output folder beside it.
    static func folders() throws -> (stories: URL, output: URL) {
        let root = try TestFolder.make()
        let stories = root.appendingPathComponent("stories")
        try FileManager.default.createDirectory(at: stories, withIntermediateDirectories: true)
        for name in Self.stories {
            try FileManager.default.copyItem(
                at: Fixtures.packageRoot.appendingPathComponent("Examples/\(name)"),
                to: stories.appendingPathComponent(name))
        }
        let output = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        return (stories, output)
    }

    /// `article` (into `output/story.wav`) or `daily` (into `output`), speaking everything afresh.
    static func arguments(_ command: String, _ folders: (stories: URL, output: URL)) -> [String] {
        if command == "article" {
            return [
                "article", folders.stories.appendingPathComponent(stories[0]).path, "-o",
                folders.output.appendingPathComponent("story.wav").path, "--no-cache",
            ]
        }
        return [
            "daily", folders.stories.path, "--output-dir", folders.output.path, "--date", "2026-11-27",
            "--include-seen", "--no-cache",
        ]
    }

    static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = BriefcastBinary.url
        process.arguments = arguments
        process.environment = BriefcastBinary.environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Every file in `folder`, hidden ones too, with its bytes — but the lock, which holds the
    /// process id of the last run.
    static func contents(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name != ".briefcast.lock" {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    static func isTemporary(_ name: String) -> Bool {
        name.hasPrefix(".") && (name.hasSuffix(".tmp") || name.hasSuffix(".pcm"))
    }

    /// Waits up to `seconds` for `condition`.
    static func await(_ seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while !condition() {
            if Date() > deadline { return false }
            usleep(5_000)
        }
        return true
    }
}

@Suite(.serialized) struct InterruptTests {
    @Test(
        "Ctrl-C or kill mid-render: the workers stop, temporaries go, the previous output stays, and the run ends by the signal",
        arguments: ["article", "daily"], [SIGINT, SIGTERM])
    func interrupted(command: String, signal: Int32) throws {
        let folders = try Faults.folders()
        let arguments = Faults.arguments(command, folders)
        #expect(try BriefcastBinary.run(arguments).status == 0)
        let before = try Faults.contents(of: folders.output)
        let process = try Faults.start(arguments)
        // Interrupted once it speaks: its workers are running and its files are being written.
        let speaking = Faults.await(20) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folders.output.path)) ?? []
            return !ProcessTable.children(of: process.processIdentifier).isEmpty
                && names.contains(where: Faults.isTemporary)
        }
        #expect(speaking, "the run never got to speaking")
        let workers = ProcessTable.children(of: process.processIdentifier).map(\.pid)
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == signal)
        #expect(try Faults.contents(of: folders.output) == before)
        #expect(Faults.await(5) { !workers.contains(where: ProcessTable.isAlive) }, "workers left: \(workers)")
    }
}

/// 200 kills by default; `BRIEFCAST_KILLS` sets another number.
@Suite struct KillLoopTests {
    static let kills = Int(ProcessInfo.processInfo.environment["BRIEFCAST_KILLS"] ?? "") ?? 200

    /// A small seeded generator, so a failing kill moment can be found again.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test(
        "runs killed outright (SIGKILL) at random moments never leave a partial file; the next run succeeds and cleans up",
        arguments: ["article", "daily"])
    func killLoop(command: String) throws {
        let folders = try Faults.folders()
        let arguments = Faults.arguments(command, folders)
        // How long a run takes: the quickest of three, as the first may be slowed by a cold start
        // or the other tests — the kills should land within a run, not mostly after it.
        var duration = Double.infinity
        for _ in 0..<3 {
            let started = Date()
            #expect(try BriefcastBinary.run(arguments).status == 0)
            duration = min(duration, Date().timeIntervalSince(started))
        }
        let complete = try Faults.contents(of: folders.output)
        var random = SplitMix64(state: command == "article" ? 1 : 2)
        var finished = 0
        for kill in 0..<Self.kills / 2 {
            let moment = Double.random(in: 0...(duration * 1.1), using: &random)
            let process = try Faults.start(arguments)
            Thread.sleep(forTimeInterval: moment)
            Foundation.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .exit { finished += 1 }
            // Every file is the complete one (a run renders the same bytes); besides them, only
            // the killed run's hidden temporaries.
            let now = try Faults.contents(of: folders.output)
            for (name, bytes) in now where !Faults.isTemporary(name) {
                #expect(complete[name] == bytes, "kill \(kill) after \(moment) s: \(name) is not whole")
            }
            #expect(Set(complete.keys).isSubset(of: now.keys), "kill \(kill) after \(moment) s: a file went missing")
        }
        let next = try BriefcastBinary.run(arguments)
        #expect(next.status == 0, "\(next.standardError)")
        #expect(try Faults.contents(of: folders.output) == complete)
        // Some runs must have been killed mid-way for the test to mean anything.
        #expect(finished < Self.kills / 4, "\(finished) of \(Self.kills / 2) runs finished before their kill")
    }
}
