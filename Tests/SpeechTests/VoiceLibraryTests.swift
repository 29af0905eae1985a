import Foundation
import Scripting
import Speech
import TestSupport
import Testing

@Suite struct VoiceLibraryTests {
    @Test("the bundled Voices folder loads, with distinct voices for narrator and speakers")
    func bundled() throws {
        let library = try VoiceLibrary.load(from: Fixtures.packageRoot.appendingPathComponent("Voices"))
        #expect(library.narrator.role == .narrator && library.headline.role == .headline)
        #expect(library.speakers.count >= 3)
        let speakerVoices = library.speakers.map(\.engineVoiceName)
        #expect(Set(speakerVoices).count == speakerVoices.count)
        #expect(!speakerVoices.contains(library.narrator.engineVoiceName))
        #expect(library.profile(for: .speaker(1)) == library.speakers[0])
        #expect(library.profile(for: .speaker(library.speakers.count + 1)) == library.speakers[0])
        try library.check(against: SpeechEngine.shared().voices())
    }

    static func folder(_ files: [String: String]) throws -> URL {
        let url = try TestFolder.make("voices")
        for (name, text) in files {
            try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return url
    }

    static let valid = [
        "narrator.yml": "role: narrator\nvoice: en-us\n",
        "headline.yml": "role: headline\nvoice: en-us\nvariant: m3\n",
        "quote.yml": "role: quote\nvoice: en-gb\n",
        "speaker-1.yml": "role: speaker\nvoice: en-gb\nvariant: m1\nrate: 160\n",
    ]

    @Test(
        "a bad profile is reported with its file and key",
        arguments: [
            (
                "speaker-1.yml", "role: speaker\nvoice: en-gb\nrate: 900\n",
                "speaker-1.yml: rate: 900 is not a whole number from 80 to 450"
            ),
            ("speaker-1.yml", "role: speaker\nvoice: en-gb\nspeed: 3\n", "speaker-1.yml: speed: unknown key"),
            ("speaker-1.yml", "role: singer\nvoice: en-gb\n", "speaker-1.yml: role: \"singer\" is not narrator"),
            ("speaker-1.yml", "role: speaker\n", "speaker-1.yml: voice: missing"),
            ("speaker-1.yml", "role: [speaker\n", "speaker-1.yml: not valid YAML"),
            ("quote.yml", "role: narrator\nvoice: en-gb\n", "role narrator is already taken by"),
        ]
    )
    func invalid(file: String, text: String, message: String) throws {
        var files = Self.valid
        files[file] = text
        let folder = try Self.folder(files)
        let error = try #require(throws: VoiceProfileError.self) { try VoiceLibrary.load(from: folder) }
        let description = try #require(error.errorDescription)
        #expect(description.contains(message))
        #expect(!description.contains("\n"))
    }

    @Test("a voice the engine lacks is caught before speaking")
    func unknownEngineVoice() throws {
        var files = Self.valid
        files["quote.yml"] = "role: quote\nvoice: en-gb\nvariant: nosuchvariant\n"
        let library = try VoiceLibrary.load(from: try Self.folder(files))
        #expect(throws: VoiceProfileError.self) { try library.check(against: SpeechEngine.shared().voices()) }
    }

    @Test(
        "an article's language picks the engine voice for it",
        arguments: [("fr", "fr-fr"), ("pt-BR", "pt-br"), ("de-AT", "de")])
    func languageVoice(language: String, expected: String) throws {
        let voice = VoiceLibrary.engineVoice(for: language, among: try SpeechEngine.shared().voices())
        #expect(voice?.identifier == expected)
        #expect(VoiceLibrary.engineVoice(for: "xx", among: try SpeechEngine.shared().voices()) == nil)
    }
}
