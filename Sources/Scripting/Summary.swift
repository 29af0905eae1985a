/// The short spoken summary of an article, and where it came from.
public struct Summary: Equatable, Sendable {
    public var text: String
    /// How many sentences of the first paragraph it is; zero when it is the standfirst. Those
    /// sentences are not read again at the start of the story.
    public var leadSentences: Int

    public init(text: String, leadSentences: Int) {
        self.text = text
        self.leadSentences = leadSentences
    }
}
