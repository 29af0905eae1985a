import ArticleReading
import Foundation
import Scripting
import TestSupport
import Testing

@Suite struct SeedScriptTests {
    static func seedScript() throws -> Script {
        ScriptWriter.script(for: try PastedTextReader.read(ArticleText.load(Fixtures.path("seed-article.txt"))))
    }

    @Test("the seed's spoken script is exactly the expected words")
    func spokenText() throws {
        #expect(try Self.seedScript().spokenText == Fixtures.text("seed-article.script.txt"))
    }

    @Test("every segment has the expected kind, speaker, voice and chapter")
    func segmentRoles() throws {
        let spoken = try Self.seedScript().segments.filter { $0.kind != .pause }
        let roles = spoken.map { "\($0.kind.rawValue)|\($0.speaker ?? "-")|\($0.voice)|\($0.chapter ?? "-")" }
        let story = "body|-|narrator|-"
        let resumed = "body|-|narrator|Story, continued"
        func quote(_ speaker: String, _ voice: Int) -> [String] {
            ["cue|\(speaker)|narrator|Quote: \(speaker)", "quote|\(speaker)|speaker \(voice)|-"]
        }
        let expected: [String] =
            [
                "headline|-|headline|Headline", "summary|-|narrator|Summary", "byline|-|narrator|-",
                "body|-|narrator|Story", story,
            ]
            + quote("Donald Trump", 1) + [resumed] + quote("Donald Trump", 1) + [resumed, story]
            + quote("Donald Trump", 1)
            + [resumed] + quote("Dmitry Peskov", 2) + [resumed, story, story, story]
            + quote("Volodymyr Zelenskyy", 3) + [resumed, story]
        #expect(roles == expected)
    }

    @Test("nothing that is not the article is spoken, and the headline is spoken once")
    func noClutter() throws {
        let text = try Self.seedScript().spokenText
        for clutter in ["Updated", "0:00", "Klimentyev", "twitter", "Breaking News Reporter", "A father of two"] {
            #expect(!text.contains(clutter))
        }
        #expect(text.components(separatedBy: "Trump Says He Has Spoken Directly").count == 2)
    }

    @Test("a pause stands between every two spoken segments, longest before the story")
    func pauses() throws {
        let segments = try Self.seedScript().segments
        for (index, segment) in segments.enumerated() {
            #expect((segment.kind == .pause) == !index.isMultiple(of: 2))
        }
        let afterByline = try #require(segments.firstIndex { $0.kind == .byline }) + 1
        #expect(segments[afterByline].seconds == 1.0)
        #expect(segments.filter { $0.kind == .pause }.allSatisfy { $0.seconds > 0 && $0.seconds <= 1.0 })
    }
}
