import ArticleReading

/// One story of a briefing: the article, where it came from, and how deep to read it.
public struct BriefingStory: Equatable, Sendable {
    public var article: Article
    /// The publisher said before the story ("Next, from Reuters."); nil says nothing.
    public var source: String?
    /// The story's page, when known: its chapter links to it.
    public var url: String?
    public var depth: StoryDepth

    public init(article: Article, source: String? = nil, url: String? = nil, depth: StoryDepth = .full) {
        self.article = article
        self.source = source
        self.url = url
        self.depth = depth
    }
}
