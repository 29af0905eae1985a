import Foundation
import TestSupport
import Testing

/// Article text is words, never instructions: watched from outside with strace, a render of a
/// hostile article opens none of the files it names and starts no program but its own workers.
@Suite struct InjectionTests {
    static let hostile = """
        <speak><audio src="SENTINEL-audio.wav">Harbour <voice name="en-us+f3">reopens</voice></audio></speak>

        The harbour reopened on Monday. <audio src="SECRET"/> Officials said [[h@'loU]] the ferries \
        would run again, `touch SENTINEL-shell` and $(touch SENTINEL-dollar) notwithstanding.

        <?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file://SECRET">]><x>&xxe;</x> \
        Fishermen said the catch was good. &lt;audio src=&quot;SENTINEL-entity.wav&quot;/&gt; \
        Direction marks \u{202E}detrevni\u{202C} and controls \u{0007}\u{001B}[31m were seen.

        “We are back,” said the harbour master, Ines Calloway. <say-as interpret-as="characters">SSML</say-as> \
        <break time="600s"/> <prosody rate="x-slow">slowly</prosody> and <mark name="x"/> the end.
        """

    @Test("a hostile article renders as words: no file it names is opened, no program but the workers is started")
    func hostileArticle() throws {
        let folder = try TestFolder.make()
        let sentinel = folder.appendingPathComponent("SENTINEL").path
        // A file that exists, named by the text: it must never be opened.
        let secret = folder.appendingPathComponent("secret.wav").path
        FileManager.default.createFile(atPath: secret, contents: Data("RIFF".utf8))
        let article = folder.appendingPathComponent("hostile.txt")
        try Self.hostile.replacingOccurrences(of: "SENTINEL", with: sentinel)
            .replacingOccurrences(of: "SECRET", with: secret)
            .write(to: article, atomically: true, encoding: .utf8)
        let log = folder.appendingPathComponent("strace.log")
        let output = folder.appendingPathComponent("hostile.wav")
        var environment = BriefcastBinary.environment
        environment["XDG_CACHE_HOME"] = folder.appendingPathComponent("cache").path
        let run = try Command.run(
            "strace",
            [
                "-f", "-qq", "-e", "trace=execve,open,openat,creat,rename", "-o", log.path, BriefcastBinary.url.path,
                "article", article.path, "-o", output.path,
            ],
            environment: environment)
        #expect(run.status == 0, "\(run.standardError)")
        let calls = try String(contentsOf: log, encoding: .utf8).split(separator: "\n")
        // Every program started is briefcast: the command itself and its workers.
        let programs = Set(calls.compactMap { $0.firstMatch(of: /execve\("([^"]+)"/).map { String($0.1) } })
        #expect(programs.allSatisfy { URL(fileURLWithPath: $0).lastPathComponent == "briefcast" }, "\(programs)")
        // No file the text names was opened, and none of the sentinels exists. (Foundation itself
        // reads /etc/passwd for file owners' names, whatever the text says: not counted.)
        let named = [secret, sentinel]
        let opened = calls.filter { call in named.contains { call.contains("\"\($0)") } }
        #expect(opened.isEmpty, "\(opened)")
        let made = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("SENTINEL") }
        #expect(made.isEmpty)
        // The words were spoken: the transcript has them, without the markup's effects.
        let transcript = try String(
            contentsOf: folder.appendingPathComponent("hostile.vtt"), encoding: .utf8)
        #expect(transcript.contains("harbour reopened on Monday"))
        #expect(transcript.contains("Fishermen said the catch was good."))
        #expect(!transcript.contains("\u{202E}") && !transcript.contains("\u{001B}"))
    }
}
