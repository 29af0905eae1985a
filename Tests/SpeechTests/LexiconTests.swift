import Foundation
import TestSupport
import Testing

@testable import Speech

@Suite struct LexiconTests {
    static let lexicon = Lexicon(entries: [
        .init(word: "Dr", saying: "Doctor"), .init(word: "kyiv", saying: "[[k'i:v]]"),
        .init(word: "NATO", saying: "Nato"),
    ])

    @Test("whole words only, case-aware, phonemes only from the lexicon")
    func applied() {
        let text = EngineText("Dr Drôle saw NATO, nato and KYIV [[h@'loU]] <b>", lexicon: Self.lexicon)
        #expect(text.escaped == "Doctor Drôle saw Nato, nato and  [[k'i:v]]  [ [h@'loU] ] &lt;b&gt;")
        #expect(text.hasPhonemes)
        #expect(!EngineText("[[h@'loU]] only", lexicon: Self.lexicon).hasPhonemes)
    }

    @Test("positions of replaced words map back to the original word")
    func positions() {
        let text = EngineText("a Dr b", lexicon: Self.lexicon)
        let doctor = text.escaped.unicodeScalars.count - 2 - 1
        #expect(text.originalOffset(ofEscaped: doctor) == 2)
        #expect(text.originalOffset(ofEscaped: text.escaped.unicodeScalars.count - 1) == 5)
    }

    @Test("the bundled lexicon loads, and a bad line is reported with its file and number")
    func files() throws {
        let bundled = try Lexicon.load([Fixtures.packageRoot.appendingPathComponent("Voices/lexicon")])
        #expect(bundled.entry(for: "Kyiv")?.saying == "[[k'i:v]]")
        let bad = try TestFolder.make("lexicon").appendingPathComponent("lexicon")
        try "# fine\nPeskov = Pyeskov\nno equals sign here\n".write(to: bad, atomically: true, encoding: .utf8)
        #expect(throws: LexiconError.badLine(path: bad.path, line: 3, text: "no equals sign here")) {
            try Lexicon.load([bad])
        }
    }

    @Test("the engine speaks lexicon phonemes", .serialized)
    func spoken() throws {
        let profile = VoiceProfile(name: "narrator", role: .narrator, voice: "en-us")
        let engine = try SpeechEngine.shared()
        let plain = try engine.speak("We flew to Kyiv today.", as: profile, into: SampleCounter())
        let respelled = try engine.speak(
            "We flew to Kyiv today.", as: profile, lexicon: Self.lexicon, into: SampleCounter())
        #expect(respelled.sampleCount > 0 && respelled.sampleCount != plain.sampleCount)
        #expect(try engine.phonemes(for: "Kyiv", as: profile) == "kj'Iv")
    }
}
