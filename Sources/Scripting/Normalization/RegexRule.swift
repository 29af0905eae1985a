import ArticleReading

/// One rewrite of written text into spoken text: a pattern and what each match becomes.
struct RegexRule: @unchecked Sendable {
    typealias Match = ICUPattern.Match

    let pattern: ICUPattern
    /// Characters one of which every match contains: text with none of them is passed over
    /// without running the pattern. Empty for rules that can match anything.
    private let needs: Set<Unicode.Scalar>
    /// The spoken form of a match, or nil to leave it as written.
    private let rewrite: (Match) -> String?

    init(_ pattern: String, needs: String = "", _ rewrite: @escaping (Match) -> String?) {
        self.pattern = ICUPattern(pattern)
        self.needs = Set(needs.unicodeScalars)
        self.rewrite = rewrite
    }

    /// Whether text made of `scalars` can hold a match.
    func mayMatch(_ scalars: Set<Unicode.Scalar>) -> Bool {
        needs.isEmpty || !needs.isDisjoint(with: scalars)
    }

    /// `text` with every match rewritten; nil when no match was (most rules, most text).
    func rewritten(_ text: String) -> String? {
        var result = ""
        var cursor = text.startIndex
        var changed = false
        for match in pattern.matches(in: text) {
            guard let spoken = rewrite(match) else { continue }
            result += text[cursor..<match.range.lowerBound]
            result += spoken
            cursor = match.range.upperBound
            changed = true
        }
        return changed ? result + text[cursor...] : nil
    }
}
