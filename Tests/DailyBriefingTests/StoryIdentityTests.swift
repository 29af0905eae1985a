import ArticleReading
import DailyBriefing
import Testing

@Suite struct StoryIdentityTests {
    static let body = (1...60).map { "Sentence \($0) of the story about the harbour lights and the crowd that came." }

    static func identity(_ headline: String, _ paragraphs: [String] = body, url: String? = nil) -> StoryIdentity {
        StoryIdentity(article: Article(headline: headline, paragraphs: paragraphs), url: url)
    }

    @Test(
        "an address is compared without tracking parameters, fragment, www, scheme or final slash",
        arguments: [
            ("https://www.Example.com/news/story/?utm_source=rss&id=3#top", "example.com/news/story?id=3"),
            ("http://example.com/news/story?fbclid=abc", "example.com/news/story"),
            ("https://example.com:8080/a?b=2&a=1", "example.com:8080/a?a=1&b=2"),
        ])
    func canonical(address: String, expected: String) {
        #expect(StoryIdentity.canonical(address) == expected)
    }

    @Test("the same page, the same words, or a near-identical headline or body is one story")
    func sameStory() {
        let story = Self.identity("Harbour lights festival draws a record crowd", url: "https://a.example/x")
        #expect(
            story.isSameStory(
                as: Self.identity("Another headline entirely", ["Other words."], url: "http://a.example/x/")))
        #expect(story.isSameStory(as: Self.identity("Harbour lights festival draws a record crowd")))
        #expect(story.isSameStory(as: Self.identity("Harbour lights festival draws record crowd", ["Different body."])))
        #expect(
            story.isSameStory(as: Self.identity("Crowds at the quay", Self.body.dropLast(3) + ["A new last line."])))
    }

    @Test("different stories are different, even from one site")
    func differentStories() {
        let story = Self.identity("Harbour lights festival draws a record crowd", url: "https://a.example/x")
        #expect(
            !story.isSameStory(
                as: Self.identity("Night ferry returns", ["The ferry sailed on Thursday."], url: "https://a.example/y"))
        )
        #expect(!story.isSameStory(as: Self.identity("Festival", ["Short."])))
    }

    @Test("the fingerprint is stable from run to run")
    func stableFingerprint() {
        #expect(
            Self.identity("Night ferry returns", ["The ferry sailed on Thursday."]).fingerprint == "6f63404e2d515bae")  // FNV-1a of "night ferry returns | the ferry sailed on thursday"
    }
}
