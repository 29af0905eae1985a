import Foundation

/// A regular expression run by ICU (`NSRegularExpression`): far faster than Swift's `Regex` on
/// the long alternations of speech verbs, and with look-behind, which the normalisation rules
/// need. Immutable, so shared freely.
struct ICUPattern: @unchecked Sendable {
    struct Match {
        /// The whole match.
        let range: Range<String.Index>
        let text: String
        /// Named groups that took part, with their text and range in the searched string.
        let groups: [String: (text: String, range: Range<String.Index>)]

        /// The text of a named group, or nil when it did not take part.
        func group(_ name: String) -> String? { groups[name]?.text }
    }

    private let expression: NSRegularExpression
    private let groupNames: [String]

    /// `pattern` is a constant of this module: one that does not compile is a bug the tests
    /// catch on first use.
    init(_ pattern: String) {
        do {
            expression = try NSRegularExpression(pattern: pattern)
        } catch {
            fatalError("invalid built-in pattern \(pattern): \(error)")
        }
        groupNames = pattern.matches(of: #/\(\?<([A-Za-z][A-Za-z0-9]*)>/#).map { String($0.1) }
    }

    /// The first match in `text`, or nil.
    func firstMatch(in text: String) -> Match? {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..<text.endIndex, in: text))
            .flatMap { match(from: $0, in: text) }
    }

    /// Every match in `text`, in order.
    func matches(in text: String) -> [Match] {
        expression.matches(in: text, range: NSRange(text.startIndex..<text.endIndex, in: text))
            .compactMap { match(from: $0, in: text) }
    }

    private func match(from result: NSTextCheckingResult, in text: String) -> Match? {
        guard let whole = Range(result.range, in: text) else { return nil }
        var groups: [String: (text: String, range: Range<String.Index>)] = [:]
        for name in groupNames {
            let nsRange = result.range(withName: name)
            if nsRange.location != NSNotFound, let range = Range(nsRange, in: text) {
                groups[name] = (String(text[range]), range)
            }
        }
        return Match(range: whole, text: String(text[whole]), groups: groups)
    }
}
