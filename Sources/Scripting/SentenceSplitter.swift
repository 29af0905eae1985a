import Foundation

/// Splits prose into sentences without breaking at abbreviations ("U.S.", "Feb.", "Gov."),
/// initials or decimals.
public enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "col", "lt", "sgt", "capt", "st",
        "jr", "sr", "no", "vs", "etc", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "u.s", "u.k", "u.n", "e.g", "i.e",
    ]

    public static func sentences(in text: String) -> [String] {
        var sentences: [String] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            var next = text.index(after: index)
            if ".!?".contains(character) {
                while next < text.endIndex, "\"”’')".contains(text[next]) { next = text.index(after: next) }
                if next == text.endIndex
                    || (text[next].isWhitespace && startsSentence(text[next...]))
                        && !(character == "." && isAbbreviation(before: index, in: text))
                {
                    append(text[start..<next], to: &sentences)
                    start = next
                }
            }
            index = next
        }
        append(text[start...], to: &sentences)
        return sentences
    }

    private static func append(_ sentence: Substring, to sentences: inout [String]) {
        let trimmed = sentence.trimmingCharacters(in: .whitespacesAndNewlines)
        if !trimmed.isEmpty { sentences.append(trimmed) }
    }

    private static func startsSentence(_ rest: Substring) -> Bool {
        guard let first = rest.first(where: { !$0.isWhitespace }) else { return true }
        return first.isUppercase || first.isNumber || "\"“‘'(".contains(first)
    }

    private static func isAbbreviation(before period: String.Index, in text: String) -> Bool {
        let word = text[..<period].reversed().prefix { !$0.isWhitespace && !"(\"“".contains($0) }
        let token = String(word.reversed()).lowercased()
        if token.count == 1, token.first?.isLetter == true { return true }  // an initial
        return abbreviations.contains(token)
    }
}
