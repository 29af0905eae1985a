/// The short spoken summary of an article, and where it came from.
public struct Summary: Equatable, Sendable {
    public var text: String
    /// How many of the story's opening sentences it is (they may run past the first
    /// paragraph); zero when it is the standfirst. Those sentences are not read again.
    public var leadSentences: Int

    public init(text: String, leadSentences: Int) {
        self.text = text
        self.leadSentences = leadSentences
    }
}
