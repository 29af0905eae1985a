/// The short spoken summary of an article, and where it came from.
public struct Summary: Equatable, Sendable {
    public var text: String
    /// How many of the story's opening sentences it is (they may run past the first
    /// paragraph); zero when it is the standfirst. Those sentences are not read again.
    public var leadSentences: Int
    /// Whether its sentences are the page's own, word for word — a standfirst, or sentences
    /// chosen from the story — so that a later paragraph it read is not read again; false for
    /// the story's first sentence cut before its quotation, or read whole for it.
    public var isVerbatim: Bool

    public init(text: String, leadSentences: Int, isVerbatim: Bool = true) {
        self.text = text
        self.leadSentences = leadSentences
        self.isVerbatim = isVerbatim
    }
}
