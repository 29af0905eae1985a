import Foundation

/// One rewrite of written text into spoken text: a pattern and what each match becomes.
/// ICU regular expressions (`NSRegularExpression`) are used for their look-behind, which
/// Swift's `Regex` lacks. Immutable once made, so rules are shared freely.
struct RegexRule: @unchecked Sendable {
    /// A match: its text and its named groups.
    struct Match {
        let text: String
        let groups: [String: String]

        /// The text of a named group, or nil when it did not take part.
        func group(_ name: String) -> String? { groups[name] }
    }

    private let expression: NSRegularExpression
    private let groupNames: [String]
    /// The spoken form of a match, or nil to leave it as written.
    private let rewrite: (Match) -> String?

    init(_ pattern: String, _ rewrite: @escaping (Match) -> String?) {
        // The patterns are constants of this module; one that does not compile is a bug the
        // tests catch on first use.
        do {
            expression = try NSRegularExpression(pattern: pattern)
        } catch {
            fatalError("invalid built-in pattern \(pattern): \(error)")
        }
        groupNames = pattern.matches(of: #/\(\?<([A-Za-z][A-Za-z0-9]*)>/#).map { String($0.1) }
        self.rewrite = rewrite
    }

    func apply(to text: String) -> String {
        let source = text as NSString
        var result = ""
        var cursor = 0
        for found in expression.matches(in: text, range: NSRange(location: 0, length: source.length)) {
            var groups: [String: String] = [:]
            for name in groupNames {
                let range = found.range(withName: name)
                if range.location != NSNotFound { groups[name] = source.substring(with: range) }
            }
            guard let spoken = rewrite(Match(text: source.substring(with: found.range), groups: groups)) else {
                continue
            }
            result += source.substring(with: NSRange(location: cursor, length: found.range.location - cursor))
            result += spoken
            cursor = found.range.location + found.range.length
        }
        return result + source.substring(from: cursor)
    }
}
