/// How much of a story a briefing reads.
public enum StoryDepth: String, Sendable, CaseIterable, Comparable {
    /// The headline alone.
    case headline = "headlines"
    /// The headline and the summary.
    case summary
    /// Headline, summary, byline and the whole body with its quotes.
    case full

    public static func < (lhs: StoryDepth, rhs: StoryDepth) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
