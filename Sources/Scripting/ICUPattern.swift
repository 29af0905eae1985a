import Foundation

/// A regular expression run by ICU (`NSRegularExpression`): far faster than Swift's `Regex` on
/// the long alternations of speech verbs, and with look-behind. Immutable, so shared freely.
struct ICUPattern: @unchecked Sendable {
    struct Match {
        /// Named groups that took part, with their text and range in the searched string.
        let groups: [String: (text: String, range: Range<String.Index>)]

        func group(_ name: String) -> String? { groups[name]?.text }
    }

    private let expression: NSRegularExpression
    private let groupNames: [String]

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
        let range = NSRange(text.startIndex..<text.endIndex, in: text)
        return expression.firstMatch(in: text, range: range).map { match(from: $0, in: text) }
    }

    private func match(from result: NSTextCheckingResult, in text: String) -> Match {
        var groups: [String: (text: String, range: Range<String.Index>)] = [:]
        for name in groupNames {
            let nsRange = result.range(withName: name)
            if nsRange.location != NSNotFound, let range = Range(nsRange, in: text) {
                groups[name] = (String(text[range]), range)
            }
        }
        return Match(groups: groups)
    }
}
