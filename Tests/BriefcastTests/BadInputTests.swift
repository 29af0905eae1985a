import Foundation
import TestSupport
import Testing

/// The bad-input catalogue: each input gets a clear one-line message naming it and a
/// documented exit code, or is read as well as it can be — and a refused input leaves nothing
/// behind in the output folder. (The limits are in the README.)
@Suite struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: @Sendable () -> Data
        /// The exit code of `briefcast article`; 0 renders.
        var status: Int32
        /// What the message says after the file name.
        var problem: String?

        var testDescription: String { name }
    }

    static func text(_ string: String) -> Data { Data(string.utf8) }
    static let story = "Harbour reopens\n\nThe harbour reopened on Monday after the storm, officials said.\n"

    static let cases: [Case] = [
        Case(name: "empty.txt", bytes: { Data() }, status: 1, problem: "the file is empty"),
        Case(name: "blank.txt", bytes: { text(" \n\t \n\n") }, status: 1, problem: "the file is empty"),
        Case(
            name: "binary.txt", bytes: { Data((0..<4096).map { UInt8($0 % 256) }) }, status: 1,
            problem: "looks like a binary file, not article text"),
        Case(
            name: "latin1.txt", bytes: { text("Harbour reopens\n\nThe caf") + Data([0xE9]) + text(" reopened.\n") },
            status: 1, problem: "is not valid UTF-8 (bad byte at offset 24)"),
        Case(name: "utf16.txt", bytes: { story.data(using: .utf16)! }, status: 0),
        Case(
            name: "huge.txt", bytes: { Data(repeating: 0x61, count: 50 * 1_048_576) }, status: 1,
            problem: "is larger than 20 MB, too large for an article"),
        Case(
            name: "one-word-lines.txt",
            bytes: {
                text((0..<10_000).map { ["harbour", "ferry", "storm", "quay"][$0 % 4] }.joined(separator: "\n"))
            },
            status: 0),
        Case(
            name: "one-long-line.txt",
            bytes: { text(String(repeating: "The harbour reopened on Monday, officials said. ", count: 21_000)) },
            status: 1, problem: "has no sentences to read (no headline and body found)"),
        Case(
            name: "no-punctuation.txt",
            bytes: {
                text(
                    "Harbour reopens\n\n"
                        + String(repeating: "the harbour reopened on monday officials said ", count: 40))
            },
            status: 0),
        Case(
            name: "unbalanced-quotes.txt",
            bytes: {
                text("Harbour reopens\n\n“We are back, said the harbour master. And “more here.\n\n\"Another one\n")
            },
            status: 0),
        Case(
            name: "nested-quotes.txt",
            bytes: {
                text(
                    "Harbour reopens\n\nShe said " + String(repeating: "“", count: 100) + "deep"
                        + String(repeating: "”", count: 100) + " and left the quay.\n")
            }, status: 0),
        Case(
            name: "only-scripts.html",
            bytes: {
                text(
                    "<html><head><title>T</title></head><body>"
                        + String(repeating: "<script>var a = 1;</script>", count: 100) + "</body></html>")
            }, status: 1, problem: "no article found on this page (a home page, index or login wall?)"),
        Case(
            name: "huge-attribute.html",
            bytes: {
                text(
                    "<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1><p data-x=\""
                        + String(repeating: "a", count: 1_048_576)
                        + "\">The harbour reopened on Monday after the storm, officials said on the quay today.</p>"
                        + "<p>Ferries ran again by noon, and the fish market opened its doors to the first buyers.</p>"
                        + "</article></body></html>")
            }, status: 0),
        Case(
            name: "deep-nesting.html",
            bytes: {
                text(
                    "<html><body>" + String(repeating: "<div>", count: 100_000) + "<p>The harbour reopened.</p>"
                        + String(repeating: "</div>", count: 100_000) + "</body></html>")
            }, status: 1, problem: "no article found on this page (a home page, index or login wall?)"),
    ]

    @Test("each bad input: a one-line message naming it, a documented exit code, nothing left behind", arguments: cases)
    func article(_ input: Case) throws {
        let folder = try TestFolder.make()
        let file = folder.appendingPathComponent(input.name)
        try input.bytes().write(to: file)
        let output = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let run = try BriefcastBinary.run(["article", file.path, "-o", output.appendingPathComponent("story.wav").path])
        #expect(run.status == input.status, "\(run.standardError)")
        let left = try FileManager.default.contentsOfDirectory(atPath: output.path)
        if let problem = input.problem {
            #expect(run.standardError == "Error: \(file.path): \(problem)\n")
            #expect(left.isEmpty, "\(left)")
        } else {
            #expect(Set(left) == ["story.wav", "story.chapters.json", "story.vtt", ".story.wav.render"], "\(left)")
        }
    }

    @Test("a voices folder that is not there: one line naming it, nothing left; a bad article is told first")
    func missingVoices() throws {
        let folder = try TestFolder.make()
        let story = folder.appendingPathComponent("story.txt")
        try Self.story.write(to: story, atomically: true, encoding: .utf8)
        let voices = folder.appendingPathComponent("no-voices").path
        let output = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let wav = output.appendingPathComponent("story.wav").path
        let run = try BriefcastBinary.run(["article", story.path, "--voices", voices, "-o", wav])
        #expect(run.status == 1)
        #expect(
            run.standardError
                == "Error: \(voices): no voice profiles folder here (use --voices DIR or set BRIEFCAST_VOICES)\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == [])
        let empty = folder.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let both = try BriefcastBinary.run(["article", empty.path, "--voices", voices, "-o", wav])
        #expect(both.standardError == "Error: \(empty.path): the file is empty\n")
    }

    @Test("a feed of 10,000 items is read whole, quickly; a briefing takes its per-source limit")
    func manyItems() throws {
        let folder = try TestFolder.make()
        let items = (0..<10_000).map {
            "<item><title>Story \($0)</title><description>The harbour story number \($0) reopened on Monday after the storm, officials said.</description></item>"
        }
        let feed = folder.appendingPathComponent("many.rss")
        try "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Many</title>\(items.joined())</channel></rss>"
            .write(to: feed, atomically: true, encoding: .utf8)
        let listed = try BriefcastBinary.run(["feed", feed.path, "--format", "json"])
        #expect(listed.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(listed.standardOutput.utf8)) as? [String: Any]
        #expect((json?["items"] as? [Any])?.count == 10_000)
        let planned = try BriefcastBinary.run(["daily", feed.path, "--dry-run", "--format", "json"])
        #expect(planned.status == 0, "\(planned.standardError)")
        let briefing = try JSONSerialization.jsonObject(with: Data(planned.standardOutput.utf8)) as? [String: Any]
        #expect((briefing?["stories"] as? [Any])?.count == 5)
    }

    @Test("an external entity in a feed is never resolved, and a file: link never read")
    func externalEntity() throws {
        let folder = try TestFolder.make()
        let secret = folder.appendingPathComponent("secret.txt")
        try "TOPSECRET".write(to: secret, atomically: true, encoding: .utf8)
        let feed = folder.appendingPathComponent("xxe.rss")
        try """
        <?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file://\(secret.path)">]>
        <rss version="2.0"><channel><title>&xxe;</title><item><title>Harbour &xxe; reopens</title>
        <link>file://\(secret.path)</link><description>The harbour reopened on Monday after the storm, officials said.</description></item></channel></rss>
        """.write(to: feed, atomically: true, encoding: .utf8)
        for arguments in [["feed", feed.path, "--format", "json"], ["daily", feed.path, "--dry-run"]] {
            let run = try BriefcastBinary.run(arguments)
            #expect(run.status == 0, "\(run.standardError)")
            #expect(!run.standardOutput.contains("TOPSECRET") && !run.standardError.contains("TOPSECRET"))
        }
    }
}
