import ArticleReading

/// A story read from a source, ready for the briefing.
public struct GatheredStory: Equatable, Sendable {
    public let article: Article
    /// The story's page, when it has one.
    public let url: String?
    /// The source's name, said before the story.
    public var source: String?
    /// The source's priority (higher first).
    public var priority: Int
    /// Where it was read from, for the log: a file path or URL.
    public var origin: String

    /// What makes it the same story as another (worked out once: it hashes the whole text).
    public let identity: StoryIdentity

    public init(article: Article, url: String?, source: String?, priority: Int, origin: String) {
        self.article = article
        self.url = url
        identity = StoryIdentity(article: article, url: url)
        self.source = source
        self.priority = priority
        self.origin = origin
    }
}
