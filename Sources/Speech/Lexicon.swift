import Foundation

/// How to say particular words and names, applied just before synthesis: a respelling the
/// engine reads better ("Zelenskyy = Zelensky") or espeak-ng phonemes in double brackets
/// ("Peskov = [[p'jEskof]]"). Whole words only, so "Dr" never matches inside "Drôle"; an entry
/// written in lower case matches any case, one with capitals matches only that case.
public struct Lexicon: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        public var word: String
        public var saying: String
        public var isPhonemes: Bool { saying.hasPrefix("[[") && saying.hasSuffix("]]") }
        var matchesAnyCase: Bool { word == word.lowercased() }

        public init(word: String, saying: String) {
            self.word = word
            self.saying = saying
        }
    }

    public private(set) var entries: [Entry] = []

    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    public static let empty = Lexicon()

    /// Reads `word = saying` lines; `#` starts a comment. Later files override earlier entries.
    public static func load(_ files: [URL]) throws(LexiconError) -> Lexicon {
        var lexicon = Lexicon()
        for file in files {
            let text: String
            do {
                text = try String(contentsOf: file, encoding: .utf8)
            } catch {
                throw .unreadable(path: file.path)
            }
            for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
                let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty,
                    parts[0].allSatisfy({ $0.isLetter || $0.isNumber || "'’.-".contains($0) })
                else {
                    throw .badLine(path: file.path, line: number + 1, text: String(rawLine))
                }
                let entry = Entry(word: parts[0], saying: parts[1])
                if entry.isPhonemes, entry.saying.dropFirst(2).dropLast(2).contains(where: { "[]<>&".contains($0) }) {
                    throw .badLine(path: file.path, line: number + 1, text: String(rawLine))
                }
                lexicon.entries.removeAll { $0.word == entry.word }
                lexicon.entries.append(entry)
            }
        }
        return lexicon
    }

    /// The entry for `word` as written, if any.
    public func entry(for word: Substring) -> Entry? {
        entries.last { $0.word == word } ?? entries.last { $0.matchesAnyCase && $0.word == word.lowercased() }
    }
}

/// A lexicon file that cannot be used, with its path and line.
public enum LexiconError: LocalizedError, Equatable {
    case unreadable(path: String)
    case badLine(path: String, line: Int, text: String)

    public var errorDescription: String? {
        switch self {
        case .unreadable(let path): "\(path): no such lexicon file, or not UTF-8 text"
        case .badLine(let path, let line, let text):
            "\(path):\(line): expected `word = how to say it` (or `word = [[phonemes]]`), got \"\(text)\""
        }
    }
}
