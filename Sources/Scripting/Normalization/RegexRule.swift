/// One rewrite of written text into spoken text: a pattern and what each match becomes.
struct RegexRule: @unchecked Sendable {
    typealias Match = ICUPattern.Match

    private let pattern: ICUPattern
    /// The spoken form of a match, or nil to leave it as written.
    private let rewrite: (Match) -> String?

    init(_ pattern: String, _ rewrite: @escaping (Match) -> String?) {
        self.pattern = ICUPattern(pattern)
        self.rewrite = rewrite
    }

    func apply(to text: String) -> String {
        var result = ""
        var cursor = text.startIndex
        for match in pattern.matches(in: text) {
            guard let spoken = rewrite(match) else { continue }
            result += text[cursor..<match.range.lowerBound]
            result += spoken
            cursor = match.range.upperBound
        }
        return result + text[cursor...]
    }
}
