import ArticleReading
import Scripting
import Speech
import TestSupport
import Testing

@Suite struct VoiceCastingTests {
    @Test("a woman the article marks as one gets a female voice; no two speakers share one")
    func casting() throws {
        let article = Article(
            headline: "Harbour Vote",
            dek: "The council met.",
            paragraphs: [
                "Councillor Maria Lopez spoke first. “We are close to a deal,” she said.",
                "“There is no rush,” said Tom Hale.",
                "“It will pass,” said Dana Whitfield.",
            ]
        )
        let script = ScriptWriter.script(for: article)
        let library = try VoiceLibrary.load(from: Fixtures.packageRoot.appendingPathComponent("Voices"))
        let casting = VoiceCasting(segments: script.segments, library: library)
        let quotes = script.segments.filter { $0.kind == .quote }
        #expect(quotes.map(\.gender) == [.female, nil, nil])
        let profiles = quotes.map { casting.profile(for: $0.voice, in: library) }
        #expect(profiles[0].gender == .female)
        #expect(Set(profiles.map(\.name)).count == 3)
        #expect(!profiles.contains(library.narrator))
    }

    @Test("variant names say a voice's gender")
    func variants() {
        #expect(VoiceProfile(name: "a", role: .speaker, voice: "en-us", variant: "f3").gender == .female)
        #expect(VoiceProfile(name: "b", role: .speaker, voice: "en-us", variant: "m7").gender == .male)
        #expect(VoiceProfile(name: "c", role: .speaker, voice: "en-us", variant: "klatt").gender == nil)
    }
}
