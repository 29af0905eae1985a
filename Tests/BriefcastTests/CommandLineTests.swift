import AudioFiles
import Foundation
import TestSupport
import Testing

/// The `briefcast` binary run as a user runs it.
@Suite struct CommandLineTests {
    static let seed = Fixtures.path("seed-article.txt")

    @Test("script prints exactly the expected words; json has the documented fields")
    func script() throws {
        let text = try BriefcastBinary.run(["script", Self.seed])
        #expect(text.status == 0 && text.standardError.isEmpty)
        #expect(text.standardOutput == (try Fixtures.text("seed-article.script.txt")))
        let json = try BriefcastBinary.run(["script", Self.seed, "--format", "json"])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let article = try #require(object["article"] as? [String: Any])
        #expect(Set(article.keys).isSuperset(of: ["title", "byline", "published", "paragraphs"]))
        let segments = try #require(object["segments"] as? [[String: Any]])
        #expect(segments.allSatisfy { Set($0.keys).isSuperset(of: ["kind", "text", "speaker", "voice", "chapter"]) })
    }

    @Test("script reads standard input when given -")
    func standardInput() throws {
        let result = try BriefcastBinary.run(
            ["script", "-"], input: try Data(contentsOf: Fixtures.url("seed-article.txt")))
        #expect(result.status == 0)
        #expect(result.standardOutput == (try Fixtures.text("seed-article.script.txt")))
    }

    @Test("article writes Output/<date>-<slug>.wav by default and prints its path; chapters reads it back")
    func articleDefaultOutput() throws {
        let folder = try TestFolder.make()
        let result = try BriefcastBinary.run(["article", Self.seed], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        let printed = result.standardOutput.trimmingCharacters(in: .newlines)
        let written = folder.appendingPathComponent("Output").appendingPathComponent(
            URL(fileURLWithPath: printed).lastPathComponent)
        #expect(printed == written.path)
        #expect(
            written.lastPathComponent.wholeMatch(
                of: /\d{4}-\d{2}-\d{2}-trump-says-he-has-spoken-directly-to-putin-about-ending-war\.wav/) != nil)
        let stem = written.deletingPathExtension().lastPathComponent
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("Output").path).sorted()
                == ["." + stem + ".wav.render", stem + ".chapters.json", stem + ".vtt", stem + ".wav"]
        )

        let chapters = try BriefcastBinary.run(["chapters", written.path])
        let lines = chapters.standardOutput.split(separator: "\n")
        let contents = try WAVContents.read(written)
        #expect(lines.count == contents.chapters.count)
        #expect(lines.first == "0:00:00.000           0  Headline")
        for (line, chapter) in zip(lines, contents.chapters) {
            #expect(line.hasSuffix("  \(chapter.sample)  \(chapter.label)"))
        }
    }

    static let badInputs: [(name: String, bytes: [UInt8]?, message: String)] = [
        ("missing.txt", nil, "no such file"),
        ("empty.txt", [], "the file is empty"),
        ("binary.txt", [0x00, 0x01, 0x02, 0xFF, 0x00, 0x7F], "looks like a binary file"),
        ("latin1.txt", Array("Caf".utf8) + [0xE9], "is not valid UTF-8"),
        ("clutter.txt", Array("Share\n0:00\nAdvertisement\n".utf8), "has no sentences"),
        ("headline-only.txt", Array("Only A Headline Here\n".utf8), "has no sentences"),
    ]

    @Test("bad input: one line naming the file, a non-zero exit, no output file", arguments: badInputs.map(\.name))
    func badInput(name: String) throws {
        let (_, bytes, message) = try #require(Self.badInputs.first { $0.name == name })
        let folder = try TestFolder.make()
        let input = folder.appendingPathComponent(name)
        if let bytes { try Data(bytes).write(to: input) }
        let output = folder.appendingPathComponent("out.wav")
        let result = try BriefcastBinary.run(["article", input.path, "-o", output.path], in: folder)
        #expect(result.status != 0)
        let lines = result.standardError.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(
            lines.first?.contains(input.path) == true && lines.first?.contains(message) == true,
            "\(result.standardError)")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != name }
        #expect(left == [])
    }

    @Test("a directory as input is refused")
    func directoryInput() throws {
        let folder = try TestFolder.make()
        let result = try BriefcastBinary.run(["script", folder.path])
        #expect(result.status != 0 && result.standardError.contains("\(folder.path): is a directory"))
    }

    @Test("--play hands the file to the first player on PATH")
    func play() throws {
        let folder = try TestFolder.make()
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let log = folder.appendingPathComponent("played.txt")
        for player in ["paplay", "aplay"] {
            let script = bin.appendingPathComponent(player)
            try "#!/bin/sh\necho \"\(player) $@\" >> \(log.path)\n".write(to: script, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        }
        let output = folder.appendingPathComponent("seed.wav")
        let result = try BriefcastBinary.run(
            ["article", Self.seed, "-o", output.path, "--play"], path: bin.path + ":/usr/bin:/bin")
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try String(contentsOf: log, encoding: .utf8) == "paplay \(output.path)\n")
    }

    @Test("--play with no player installed says so and writes nothing")
    func noPlayer() throws {
        let folder = try TestFolder.make()
        let output = folder.appendingPathComponent("seed.wav")
        let result = try BriefcastBinary.run(["article", Self.seed, "-o", output.path, "--play"], path: folder.path)
        #expect(result.status != 0)
        #expect(result.standardError.contains("no audio player found"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("voices lists the profiles and the engine's voices; --version and --help work")
    func voicesVersionHelp() throws {
        let voices = try BriefcastBinary.run(["voices"])
        #expect(voices.status == 0)
        #expect(voices.standardOutput.contains("narrator     narrator  en-us"))
        #expect(voices.standardOutput.contains("en-gb-x-rp"))
        let version = try BriefcastBinary.run(["--version"])
        #expect(version.standardOutput == "0.1.0\n")
        for command in ["article", "script", "chapters", "voices"] {
            let help = try BriefcastBinary.run([command, "--help"])
            #expect(help.status == 0 && help.standardOutput.contains("USAGE: briefcast \(command)"))
        }
    }

    @Test("chapters on a file that is not audio names it")
    func chaptersNotWAV() throws {
        let result = try BriefcastBinary.run(["chapters", Self.seed])
        #expect(result.status != 0 && result.standardError == "Error: \(Self.seed): not a WAV, MP3 or Ogg Opus file\n")
    }

    @Test("a page in another language is read with a warning and that language's voice")
    func otherLanguage() throws {
        let page = Fixtures.path("pages/port-fr.html")
        let folder = try TestFolder.make()
        let result = try BriefcastBinary.run(["article", page, "-o", folder.appendingPathComponent("fr.wav").path])
        #expect(result.status == 0)
        #expect(
            result.standardError
                == "warning: \(page): the page is in fr, not English; reading it with the espeak-ng voice fr-fr\n")
    }

    @Test("-o with a folder writes the default name inside it; a missing folder is one clear error")
    func outputLocations() throws {
        let folder = try TestFolder.make()
        let intoFolder = try BriefcastBinary.run(["article", Fixtures.path("note.md"), "-o", folder.path])
        #expect(intoFolder.status == 0)
        #expect(
            intoFolder.standardOutput == folder.appendingPathComponent(
                "2026-11-21-harbour-lights-festival-draws-record-crowd.wav"
            ).path + "\n")
        let missing = folder.appendingPathComponent("no/such/place.wav").path
        let result = try BriefcastBinary.run(["article", Fixtures.path("note.md"), "-o", missing])
        #expect(result.status != 0)
        #expect(
            result.standardError
                == "Error: \(missing): cannot create (the folder \(folder.path)/no/such does not exist)\n")
    }
}
