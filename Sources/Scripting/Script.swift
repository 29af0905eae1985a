import ArticleReading

/// What will be said, in order: the article's parts turned into voiced segments and pauses.
public struct Script: Equatable, Sendable {
    public var article: Article
    public var segments: [Segment]

    public init(article: Article, segments: [Segment]) {
        self.article = article
        self.segments = segments
    }

    /// Exactly the words that will be spoken, one segment to a paragraph.
    public var spokenText: String {
        segments.filter(\.isSpoken).map(\.text).joined(separator: "\n\n") + "\n"
    }
}
