import ArticleReading

/// A story read from a source, ready for the briefing.
public struct GatheredStory: Equatable, Sendable {
    public var article: Article
    /// The story's page, when it has one.
    public var url: String?
    /// The source's name, said before the story.
    public var source: String?
    /// The source's priority (higher first).
    public var priority: Int
    /// Where it was read from, for the log: a file path or URL.
    public var origin: String

    public var identity: StoryIdentity { StoryIdentity(article: article, url: url) }

    public init(article: Article, url: String?, source: String?, priority: Int, origin: String) {
        self.article = article
        self.url = url
        self.source = source
        self.priority = priority
        self.origin = origin
    }
}
