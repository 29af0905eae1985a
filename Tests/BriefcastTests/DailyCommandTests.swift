import AudioFiles
import DailyBriefing
import Foundation
import TestSupport
import Testing

/// `briefcast daily` run as cron runs it: real sources (a folder, feeds served on 127.0.0.1),
/// real output folders, two days in a row, a held lock, a kill mid-run.
@Suite(.serialized) struct DailyCommandTests {
    static let examples = Fixtures.packageRoot.appendingPathComponent("Examples")

    /// A folder holding copies of the named example articles.
    static func articles(_ names: [String]) throws -> URL {
        let folder = try TestFolder.make().appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in names {
            try FileManager.default.copyItem(
                at: examples.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    /// The visible files of a folder (temporaries and state are hidden), name → bytes.
    static func contents(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where !name.hasPrefix(".") {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        files[BriefingState.fileName] = FileManager.default.contents(
            atPath: folder.appendingPathComponent(BriefingState.fileName).path)
        return files
    }

    static func items(in feed: URL) throws -> [String] {
        try RSSItemTitles.read(Data(contentsOf: feed))
    }

    @Test("feeds (RSS and Atom, served locally) and a folder make one briefing: a chapter per story, sidecars, a feed")
    func feedsAndFolder() throws {
        let server = try TestServer()
        defer { server.stop() }
        let folder = try Self.articles(["night-ferry.txt"])
        let output = folder.deletingLastPathComponent().appendingPathComponent("out")
        let result = try BriefcastBinary.run([
            "daily", server.url("feeds/harbour.rss"), server.url("feeds/valley.atom"), folder.path,
            "--output-dir", output.path, "--date", "2026-11-27", "--depth", "summary",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let audio = output.appendingPathComponent("briefing-2026-11-27.wav")
        #expect(result.standardOutput == audio.path + "\n")
        // The same wire story in two feeds (one link with tracking parameters) is read once;
        // an item whose page is missing is read from the feed's own text.
        let chapters = try FFprobe.chapters(of: audio).map(\.title)
        #expect(
            chapters == [
                "Introduction",
                "1. Just-released Minecraft exploit makes it easy to crash game servers",
                "2. Android Ransomware Spreads Via ‘Sex Simulation Game’ Links on Reddit, SMS",
                "3. Harbour Lights Festival Draws Record Crowd",
                "4. Orchard Cooperative Opens Cider Mill to Visitors",
                "5. Night Ferry Returns to Port Alder After Two-Year Pause",
                "Closing",
            ])
        let json = try JSONSerialization.jsonObject(
            with: Data(contentsOf: output.appendingPathComponent("briefing-2026-11-27.chapters.json")))
        let entries = try #require((json as? [String: Any])?["chapters"] as? [[String: Any]])
        #expect(entries.map { $0["title"] as? String } == chapters)
        #expect(
            entries.map { $0["url"] as? String } == [
                nil, server.url("ars-1.html"), server.url("feeds/threatpost.com.android.html"), server.url("missing"),
                server.url("feeds/cider-mill"), nil, nil,
            ])
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("briefing-2026-11-27.vtt").path))
        let feed = try String(contentsOf: output.appendingPathComponent("feed.xml"), encoding: .utf8)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: audio.path)[.size] as? Int)
        #expect(feed.contains(#"<enclosure url="briefing-2026-11-27.wav" length="\#(size)" type="audio/wav"/>"#))
        #expect(
            feed.contains(
                #"<podcast:chapters url="briefing-2026-11-27.chapters.json" type="application/json+chapters"/>"#))
        #expect(feed.contains("3. Harbour Lights Festival Draws Record Crowd"))
        // The feed has what RSS 2.0 and podcast apps require, as an unrelated XML parser reads it.
        let elements = try RSSItemTitles.elements(Data(feed.utf8))
        let paths = Set(elements.map(\.path))
        for required in [
            "rss/channel/title", "rss/channel/link", "rss/channel/description", "rss/channel/item/title",
            "rss/channel/item/guid", "rss/channel/item/pubDate", "rss/channel/item/enclosure",
            "rss/channel/item/itunes:duration", "rss/channel/item/podcast:chapters",
            "rss/channel/item/podcast:transcript",
        ] {
            #expect(paths.contains(required), "\(required) is missing")
        }
        let enclosure = try #require(elements.first { $0.path == "rss/channel/item/enclosure" }?.attributes)
        #expect(enclosure == ["url": "briefing-2026-11-27.wav", "length": "\(size)", "type": "audio/wav"])
    }

    @Test("the script says where each story is from, and a source that fails is named while the others are read")
    func dryRunAndFailingSource() throws {
        let server = try TestServer()
        defer { server.stop() }
        let output = try TestFolder.make().appendingPathComponent("out")
        let result = try BriefcastBinary.run([
            "daily", server.url("feeds/harbour.rss"), "/nowhere/articles", server.url("missing-feed"),
            "--output-dir", output.path, "--date", "2026-11-27", "--depth", "headlines", "--dry-run",
        ])
        #expect(result.status == 3)
        #expect(
            result.standardOutput == """
                Good morning. This is your briefing for Friday, November twenty seventh. Three stories today.

                First, from Harbour Gazette.

                Just-released Minecraft exploit makes it easy to crash game servers

                Next, from Harbour Gazette.

                Android Ransomware Spreads Via ‘Sex Simulation Game’ Links on Reddit, SMS

                Finally, from Harbour Gazette.

                Harbour Lights Festival Draws Record Crowd

                That's the briefing. Thanks for listening.

                """)
        #expect(result.standardError.contains("/nowhere/articles: no such file"))
        #expect(result.standardError.contains("\(server.url("missing-feed")): could not be fetched"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("day two skips what day one read: nothing new leaves every file as it was; a new story makes a new briefing")
    func twoDays() throws {
        let folder = try Self.articles(["night-ferry.txt"])
        let output = folder.deletingLastPathComponent().appendingPathComponent("out")
        let arguments = ["daily", folder.path, "--output-dir", output.path]
        #expect(try BriefcastBinary.run(arguments + ["--date", "2026-11-27"]).status == 0)
        let dayOne = try Self.contents(of: output)

        let again = try BriefcastBinary.run(arguments + ["--date", "2026-11-28"])
        #expect(again.status == 2 && again.standardOutput.isEmpty)
        #expect(try Self.contents(of: output) == dayOne)

        let everything = try BriefcastBinary.run(arguments + ["--date", "2026-11-28", "--include-seen", "--dry-run"])
        #expect(everything.status == 0 && everything.standardOutput.contains("Night Ferry Returns"))

        try FileManager.default.copyItem(
            at: Self.examples.appendingPathComponent("library-robot.txt"),
            to: folder.appendingPathComponent("library-robot.txt"))
        let dayTwo = try BriefcastBinary.run(arguments + ["--date", "2026-11-28"])
        #expect(dayTwo.status == 0, "\(dayTwo.standardError)")
        let chapters = try FFprobe.chapters(of: output.appendingPathComponent("briefing-2026-11-28.wav")).map(\.title)
        #expect(chapters == ["Introduction", "1. A Library Robot Learns to Shelve Books, Slowly", "Closing"])
        #expect(
            try Self.items(in: output.appendingPathComponent("feed.xml")) == [
                "Briefcast daily briefing — Saturday, November 28, 2026",
                "Briefcast daily briefing — Friday, November 27, 2026",
            ])
        // Day one's briefing is still there, untouched.
        #expect(try Self.contents(of: output)["briefing-2026-11-27.wav"] == dayOne["briefing-2026-11-27.wav"])
    }

    @Test(
        "a damaged state file is kept aside and reported; the briefings are rebuilt from the folder, so the feed keeps them",
        arguments: ["garbage", "truncated"])
    func damagedState(damage: String) throws {
        let folder = try Self.articles(["night-ferry.txt", "library-robot.txt"])
        let output = folder.deletingLastPathComponent().appendingPathComponent("out")
        let arguments = ["daily", folder.path, "--output-dir", output.path, "--include-seen"]
        for day in ["2026-11-26", "2026-11-27"] {
            #expect(try BriefcastBinary.run(arguments + ["--date", day]).status == 0)
        }
        let state = output.appendingPathComponent(BriefingState.fileName)
        let whole = try Data(contentsOf: state)
        let damaged = damage == "garbage" ? Data((0..<500).map { UInt8($0 % 251) }) : whole.prefix(whole.count / 2)
        try damaged.write(to: state)

        let next = try BriefcastBinary.run(arguments + ["--date", "2026-11-28", "--verbose"])
        #expect(next.status == 0, "\(next.standardError)")
        #expect(next.standardError.contains("the state file is damaged (kept as .briefcast-state.json.damaged)"))
        #expect(next.standardError.contains("rebuilt the list of 2 briefings"))
        #expect(try Data(contentsOf: output.appendingPathComponent(BriefingState.fileName + ".damaged")) == damaged)
        #expect(
            try Self.items(in: output.appendingPathComponent("feed.xml")) == [
                "Briefcast daily briefing — Saturday, November 28, 2026",
                "Briefcast daily briefing — Friday, November 27, 2026",
                "Briefcast daily briefing — Thursday, November 26, 2026",
            ])
        let (rebuilt, problem) = BriefingState.load(from: output)
        #expect(problem == nil)
        #expect(
            rebuilt.briefings.first?.headlines == [
                "A Library Robot Learns to Shelve Books, Slowly",
                "Night Ferry Returns to Port Alder After Two-Year Pause",
            ])
    }

    @Test("keep_days removes old briefings, their sidecars and feed items; --suffix keeps a same-day briefing")
    func retentionAndSuffix() throws {
        let folder = try Self.articles(["night-ferry.txt", "library-robot.txt"])
        let root = folder.deletingLastPathComponent()
        let config = root.appendingPathComponent("config.yml")
        try Data("sources: [articles]\noutput_dir: out\nkeep_days: 5\nper_source: 1\n".utf8).write(to: config)
        let output = root.appendingPathComponent("out")
        let first = try BriefcastBinary.run([
            "daily", "--config", config.path, "--date", "2026-11-20", "--srt", "--tones",
        ])
        #expect(first.status == 0)
        // The chime opens the first chapter, before the intro's words.
        let dayOne = output.appendingPathComponent("briefing-2026-11-20.wav")
        #expect(try FFprobe.chapters(of: dayOne).first?.title == "Introduction")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("briefing-2026-11-20.srt").path))
        let second = try BriefcastBinary.run(["daily", "--config", config.path, "--date", "2026-11-20", "--suffix"])
        #expect(second.status == 0 && second.standardOutput.hasSuffix("briefing-2026-11-20-2.wav\n"))
        #expect(try BriefcastBinary.run(["daily", "--config", config.path, "--date", "2026-11-28"]).status == 2)
        try Data(
            "Ferry timetable extended\n\nThe night ferry will now sail every night of the week, the council said on Friday.\n"
                .utf8
        )
        .write(to: folder.appendingPathComponent("timetable.txt"))
        #expect(try BriefcastBinary.run(["daily", "--config", config.path, "--date", "2026-11-28"]).status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { !$0.hasPrefix(".") }
        #expect(
            names.sorted() == [
                "briefing-2026-11-28.chapters.json", "briefing-2026-11-28.vtt", "briefing-2026-11-28.wav", "feed.xml",
            ])
        #expect(try Self.items(in: output.appendingPathComponent("feed.xml")).count == 1)
    }

    @Test("a run that finds the folder locked stops at once with its own exit code and writes nothing")
    func lockHeld() throws {
        let folder = try Self.articles(["night-ferry.txt"])
        let output = folder.deletingLastPathComponent().appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        var lock: RunLock? = try RunLock(folder: output)
        let blocked = try BriefcastBinary.run(["daily", folder.path, "--output-dir", output.path])
        #expect(blocked.status == DailyExitCode.lockHeld.rawValue)
        #expect(blocked.standardError.contains("another briefcast run (process \(getpid())) is working on this folder"))
        #expect(try Self.contents(of: output).keys.sorted() == [BriefingState.fileName].filter { _ in false })
        withExtendedLifetime(lock) {}
        lock = nil
        #expect(try BriefcastBinary.run(["daily", folder.path, "--output-dir", output.path]).status == 0)
    }

    @Test("two runs started together: one makes the briefing, the other finds the lock and says so")
    func twoRunsAtOnce() throws {
        let folder = try Self.articles(["night-ferry.txt", "library-robot.txt"])
        let output = folder.deletingLastPathComponent().appendingPathComponent("out")
        let arguments = ["daily", folder.path, "--output-dir", output.path, "--date", "2026-11-27"]
        let first = try Faults.start(arguments)
        // The first run writes its process number into the lock file once it holds the lock.
        let lockFile = output.appendingPathComponent(RunLock.fileName).path
        let deadline = Date().addingTimeInterval(10)
        while (try? String(contentsOfFile: lockFile, encoding: .utf8)) != "\(first.processIdentifier)\n",
            Date() < deadline, first.isRunning
        {
            usleep(2000)
        }
        let second = try BriefcastBinary.run(arguments)
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        #expect(second.status == DailyExitCode.lockHeld.rawValue, "\(second.standardError)")
        #expect(second.standardError.contains("(process \(first.processIdentifier))"))
    }

    @Test(
        "runs killed (SIGKILL) at any moment leave the previous briefing, feed and state intact; the next run succeeds")
    func killed() throws {
        let folder = try Self.articles(["night-ferry.txt", "library-robot.txt"])
        let output = folder.deletingLastPathComponent().appendingPathComponent("out")
        let arguments = ["daily", folder.path, "--output-dir", output.path, "--date", "2026-11-27"]
        #expect(try BriefcastBinary.run(arguments).status == 0)
        let before = try Self.contents(of: output)
        for delay in [0.02, 0.1, 0.25, 0.5, 0.8, 1.2] {
            let process = try Faults.start(arguments + ["--include-seen"])
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let after = try Self.contents(of: output)
            // Killed before its rename: all old; after: the new briefing, whole (same script, same bytes).
            #expect(after == before, "killed after \(delay) s")
        }
        let next = try BriefcastBinary.run(arguments + ["--include-seen"])
        #expect(next.status == 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: output.path)
        #expect(!left.contains { $0.hasSuffix(".tmp") || $0.hasSuffix(".pcm") }, "\(left)")
    }

    @Test("a config error names the file, line and key, with its own exit code; so does a run with no sources")
    func configErrors() throws {
        let root = try TestFolder.make()
        let config = root.appendingPathComponent("config.yml")
        try Data("sources: [articles]\ncolour: blue\n".utf8).write(to: config)
        let wrong = try BriefcastBinary.run(["daily", "--config", config.path])
        #expect(wrong.status == DailyExitCode.configError.rawValue)
        #expect(
            wrong.standardError == "Error: \(config.path):2: colour: unknown key (see `briefcast init` for the keys)\n")
        let none = try BriefcastBinary.run(["daily"], in: root)
        #expect(none.status == DailyExitCode.configError.rawValue)
        #expect(none.standardError.hasPrefix("Error: no sources to read: give them as arguments"))
    }

    @Test("init writes a commented config that daily reads, and never overwrites one without --force")
    func initConfig() throws {
        let file = try TestFolder.make().appendingPathComponent("briefcast/config.yml")
        let written = try BriefcastBinary.run(["init", "--config", file.path])
        #expect(written.status == 0 && written.standardOutput == file.path + "\n")
        #expect(try String(contentsOf: file, encoding: .utf8) == ExampleConfig.text)
        let again = try BriefcastBinary.run(["init", "--config", file.path])
        #expect(again.status != 0 && again.standardError.contains("already there (use --force to replace it)"))
        #expect(try BriefcastBinary.run(["init", "--config", file.path, "--force"]).status == 0)
        // The example's source is ~/Articles; daily reads the file and names that folder if it is missing.
        let run = try BriefcastBinary.run(["daily", "--config", file.path, "--dry-run"])
        #expect(run.status == 0 || run.standardError.contains("/Articles"))
    }
}
