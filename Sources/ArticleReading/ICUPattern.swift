import Foundation

/// A regular expression run by ICU (`NSRegularExpression`): far faster than Swift's `Regex` on
/// the long alternations of speech verbs, and with look-behind, which the normalisation rules
/// need; and compiled in a fraction of the time Swift takes to parse a pattern at its first
/// use, which a short run like `briefcast article` feels. Compiled when first run, not when
/// made: a text never reaches most of the normalisation rules. Shared freely between threads.
package struct ICUPattern: @unchecked Sendable {
    package struct Match {
        /// The whole match.
        package let range: Range<String.Index>
        package let text: String
        /// Named groups that took part, with their text and range in the searched string.
        package let groups: [String: (text: String, range: Range<String.Index>)]

        /// The text of a named group, or nil when it did not take part.
        package func group(_ name: String) -> String? { groups[name]?.text }
    }

    private let compiled: Compiled
    private let groupNames: [String]

    /// `pattern` is a constant of the package: one that does not compile is a bug the tests
    /// catch (see ``compiles``).
    package init(_ pattern: String) {
        compiled = Compiled(pattern)
        groupNames = Self.groupNames(in: pattern)
    }

    /// The expression, compiled once, by whichever thread first needs it.
    private final class Compiled: @unchecked Sendable {
        let pattern: String
        private let lock = NSLock()
        private var expression: NSRegularExpression?

        init(_ pattern: String) {
            self.pattern = pattern
        }

        func get() -> NSRegularExpression {
            lock.withLock {
                if let expression { return expression }
                do {
                    let made = try NSRegularExpression(pattern: pattern)
                    expression = made
                    return made
                } catch {
                    fatalError("invalid built-in pattern \(pattern): \(error)")
                }
            }
        }
    }

    private var expression: NSRegularExpression { compiled.get() }

    /// Whether the pattern compiles (for the tests: a pattern is otherwise compiled only when a
    /// text first needs it).
    package var compiles: Bool {
        (try? NSRegularExpression(pattern: compiled.pattern)) != nil
    }

    /// The names of `(?<name>…)` groups (not `(?<=` or `(?<!` look-behinds), found in the
    /// pattern's bytes: the rules make some 150 patterns when first used, and splitting each
    /// with Foundation took a twentieth of a short script's time.
    private static func groupNames(in pattern: String) -> [String] {
        let bytes = Array(pattern.utf8)
        let opening = Array("(?<".utf8)
        func isNameByte(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        var names: [String] = []
        var index = 0
        while index + opening.count < bytes.count {
            guard bytes[index..<(index + opening.count)].elementsEqual(opening) else {
                index += 1
                continue
            }
            let start = index + opening.count
            var end = start
            while end < bytes.count, isNameByte(bytes[end]) { end += 1 }
            if end > start, bytes[start] > UInt8(ascii: "9"), end < bytes.count, bytes[end] == UInt8(ascii: ">") {
                names.append(String(decoding: bytes[start..<end], as: UTF8.self))
            }
            index = end
        }
        return names
    }

    /// The pattern that matches only the whole of a text `pattern` matches.
    package init(whole pattern: String) {
        self.init("^(?:\(pattern))$")
    }

    /// `pattern` with each capturing group `(…)` made a group that only groups, `(?:…)`: ICU
    /// copies the place of every capturing group at each step it may come back to, so a long
    /// alternation whose groups only group backtracks several times slower with captures.
    /// Escaped parentheses and those in a character class stay as they are.
    package static func withoutCaptures(_ pattern: String) -> String {
        var result = ""
        var classDepth = 0
        var characters = pattern.makeIterator()
        var previous: Character?
        while let character = characters.next() {
            if character == "\\" {
                result.append(character)
                if let escaped = characters.next() { result.append(escaped) }
                previous = nil
                continue
            }
            if previous == "(" && character != "?" && classDepth == 0 { result += "?:" }
            switch character {
            case "[": classDepth += 1
            case "]" where classDepth > 0: classDepth -= 1
            default: break
            }
            result.append(character)
            previous = classDepth == 0 || character == "[" ? character : nil
        }
        if previous == "(" { result += "?:" }
        return result
    }

    /// Whether the pattern matches somewhere in `text`.
    package func matches(_ text: String) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..<text.endIndex, in: text)) != nil
    }

    /// `text` with every match replaced by `template` (`$1` names a group).
    package func replacing(in text: String, with template: String) -> String {
        expression.stringByReplacingMatches(
            in: text, range: NSRange(text.startIndex..<text.endIndex, in: text), withTemplate: template)
    }

    /// The first match in `text`, or nil.
    package func firstMatch(in text: String) -> Match? {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..<text.endIndex, in: text))
            .flatMap { match(from: $0, in: text) }
    }

    /// Every match in `text`, in order.
    package func matches(in text: String) -> [Match] {
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
