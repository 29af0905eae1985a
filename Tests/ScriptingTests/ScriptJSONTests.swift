import ArticleReading
import Foundation
import Scripting
import Testing

@Suite struct ScriptJSONTests {
    @Test("JSON has the article and every segment with kind, text, speaker, voice and chapter")
    func shape() throws {
        let article = Article(
            headline: "Port Reopens",
            byline: "Ana Ruiz",
            published: PublicationDate(year: 2026, month: 11, day: 20),
            paragraphs: ["“We are open,” said Harbour Master Joe Kent."]
        )
        let json = try ScriptWriter.script(for: article).jsonString()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let articleObject = try #require(object["article"] as? [String: Any])
        #expect(articleObject["title"] as? String == "Port Reopens")
        #expect(articleObject["byline"] as? String == "Ana Ruiz")
        #expect(articleObject["published"] as? String == "2026-11-20")
        #expect(articleObject["paragraphs"] as? [String] == ["“We are open,” said Harbour Master Joe Kent."])
        let segments = try #require(object["segments"] as? [[String: Any]])
        #expect(
            segments.map { $0["kind"] as? String } == [
                "headline", "pause", "summary", "pause", "byline", "pause", "cue", "pause", "quote",
            ])
        let headline = segments[0]
        #expect(
            headline["speaker"] is NSNull && headline["chapter"] as? String == "Headline"
                && headline["voice"] as? String == "headline")
        #expect(segments[8]["speaker"] as? String == "Joe Kent" && segments[8]["voice"] as? String == "speaker 1")
        #expect(segments[1]["seconds"] as? Double == 0.8 && segments[1]["text"] as? String == "")
    }
}
