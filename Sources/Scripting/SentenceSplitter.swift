import Foundation

/// Splits prose into sentences the way a reader would: not at abbreviations ("Mr.", "Feb.",
/// "U.S. Government"), initials, decimals, e-mail addresses, URLs or ellipses, but at an
/// abbreviation that ends a sentence ("… & Co. It closed"), after closing quotes, and before
/// each item of an inline list ("1.) … 2.) …", "a. … b. …", "• …").
public enum SentenceSplitter {
    /// Abbreviations that never end a sentence: titles, months, street and unit words.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "col", "lt", "sgt", "capt", "st",
        "no", "n°", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "e.g", "i.e", "cf", "fig", "vol", "pp", "ave", "rd", "blvd", "mt", "ft", "approx", "est",
        "dept", "univ", "rev", "hon", "pres", "supt", "messrs", "mme", "mlle",
    ]
    /// Abbreviations that may end a sentence: one does when the next word starts one.
    static let terminalAbbreviations: Set<String> = [
        "co", "inc", "ltd", "corp", "jr", "sr", "etc", "llc", "plc", "u.s", "u.s.a", "u.k", "u.n", "e.u",
        "d.c", "a.m", "p.m",
    ]
    /// Words that start sentences far more often than they continue a name.
    static let sentenceStarters: Set<String> = [
        "it", "he", "she", "they", "we", "i", "you", "the", "this", "that", "these", "those", "there",
        "how", "what", "why", "when", "where", "who", "but", "and", "so", "then", "in", "on", "at", "a",
        "an", "its", "his", "her", "their", "our", "my", "if", "as", "after", "before", "mr", "mrs", "ms",
        "dr",
    ]
    static let titles: Set<String> = ["mr", "mrs", "ms", "dr"]

    public static func sentences(in text: String) -> [String] {
        let characters = Array(text)
        var boundaries = listItemStarts(in: characters)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            guard ".!?".contains(character), !isInsideListMarker(index, characters) else {
                index += 1
                continue
            }
            if character == "." {
                if let (end, isBoundary) = ellipsis(at: index, in: characters) {
                    if isBoundary { boundaries.insert(end) }
                    index = end
                    continue
                }
                if isDecimalPoint(index, characters) || !endsSentence(afterPeriodAt: index, in: characters) {
                    index += 1
                    continue
                }
            }
            // Run over further marks ("!?", "?!") and closing quotes or brackets.
            var end = index + 1
            while end < characters.count, "!?\"”’')]".contains(characters[end]) { end += 1 }
            if startsNewSentence(at: end, in: characters, allowLowercase: false) { boundaries.insert(end) }
            index = end
        }
        var sentences: [String] = []
        var start = 0
        for boundary in boundaries.sorted() + [characters.count] where boundary > start {
            let sentence = String(characters[start..<boundary]).trimmingCharacters(in: .whitespacesAndNewlines)
            if !sentence.isEmpty { sentences.append(sentence) }
            start = boundary
        }
        return sentences
    }

    // MARK: Periods

    /// Whether the period at `period` closes an abbreviation or an initial that does not end a
    /// sentence ("Mr.", "Sen.", "Steven M.", "U.S. Government").
    static func isAbbreviation(endingAt period: String.Index, in text: String) -> Bool {
        // Only the word the period closes and the next word matter: judge a window round them
        // rather than the whole paragraph.
        var start = period
        while start > text.startIndex, !text[text.index(before: start)].isWhitespace {
            start = text.index(before: start)
        }
        let window = Array(text[start...].prefix(text.distance(from: start, to: period) + 41))
        return !endsSentence(afterPeriodAt: text.distance(from: start, to: period), in: window)
    }

    /// Whether the period at `index` ends a sentence, judging the word it closes.
    private static func endsSentence(afterPeriodAt index: Int, in characters: [Character]) -> Bool {
        var start = index
        while start > 0, !characters[start - 1].isWhitespace, !"(\"“‘".contains(characters[start - 1]) { start -= 1 }
        let token = String(characters[start..<index]).lowercased()
        guard let next = nextWord(after: index + 1, in: characters) else { return true }
        if abbreviations.contains(token) { return false }
        if token.count == 1, token.first?.isLetter == true { return false }  // an initial
        if terminalAbbreviations.contains(token) {
            let isLowercaseTime = ["a.m", "p.m"].contains(token) && String(characters[start..<index]) == token
            if isLowercaseTime && titles.contains(next) { return false }
            return sentenceStarters.contains(next)
        }
        // Initials run together: "said J.J. MacNab, an expert …" (the cue was "J.J said:"), "J.R.R.
        // Tolkien" — unless a sentence starts after them.
        let letters = token.split(separator: ".", omittingEmptySubsequences: false)
        if letters.count > 1, letters.allSatisfy({ $0.count == 1 && $0.first?.isLetter == true }) {
            return sentenceStarters.contains(next)
        }
        return true
    }

    private static func isDecimalPoint(_ index: Int, _ characters: [Character]) -> Bool {
        index > 0 && index + 1 < characters.count && characters[index - 1].isNumber && characters[index + 1].isNumber
    }

    /// "..." and ". . ." never end a sentence; "...." before a new sentence does, after its
    /// dots; a word's period followed by " . . ." and a new sentence ends the sentence at that
    /// period, and the dots open the next.
    private static func ellipsis(at index: Int, in characters: [Character]) -> (end: Int, isBoundary: Bool)? {
        func matches(_ pattern: String, at position: Int) -> Bool {
            let pattern = Array(pattern)
            return position + pattern.count <= characters.count
                && Array(characters[position..<position + pattern.count]) == pattern
        }
        if matches("....", at: index) {
            let end = index + 4
            return (end, startsNewSentence(at: end, in: characters, allowLowercase: false))
        }
        if matches("...", at: index) { return (index + 3, false) }
        if index > 0, !characters[index - 1].isWhitespace, matches(". . . .", at: index) {
            // The sentence ends at its own period only if another one follows the dots.
            let afterDots = index + 7
            let followed =
                afterDots < characters.count && startsNewSentence(at: afterDots, in: characters, allowLowercase: false)
            return followed ? (index + 1, true) : (afterDots, false)
        }
        if matches(". . .", at: index) { return (index + 5, false) }
        return nil
    }

    // MARK: Lists

    /// Where inline list items begin: "1.)", "2)", "3." or "a." before a capitalised word, or a
    /// bullet — when at least two markers count up.
    private static func listItemStarts(in characters: [Character]) -> Set<Int> {
        var markers: [(start: Int, value: Int)] = []
        var index = 0
        while index < characters.count {
            let atWordStart = index == 0 || characters[index - 1].isWhitespace
            if atWordStart, let (value, end) = listMarker(at: index, in: characters),
                startsNewSentence(at: end, in: characters, allowLowercase: false)
            {
                var start = index
                // A bullet before the marker belongs to the item.
                var back = index - 1
                while back >= 0, characters[back].isWhitespace { back -= 1 }
                if back >= 0, characters[back] == "•" { start = back }
                markers.append((start, value))
                index = end
                continue
            }
            index += 1
        }
        let counted = zip(markers, markers.dropFirst()).contains { $1.value == $0.value + 1 }
        guard counted else { return [] }
        return Set(markers.map(\.start).filter { $0 > 0 })
    }

    /// A list marker at `index`: its number (letters count a = 1) and the index after it.
    private static func listMarker(at index: Int, in characters: [Character]) -> (value: Int, end: Int)? {
        var end = index
        while end < characters.count, characters[end].isNumber, end - index < 2 { end += 1 }
        let value: Int
        if end > index {
            guard let number = Int(String(characters[index..<end])) else { return nil }
            value = number
        } else if let letter = characters[index].asciiValue, (97...122).contains(letter) {
            value = Int(letter) - 96
            end = index + 1
            guard end < characters.count, characters[end] == "." else { return nil }
        } else {
            return nil
        }
        guard end < characters.count else { return nil }
        if characters[end] == "." {
            end += 1
            if end < characters.count, characters[end] == ")" { end += 1 }
        } else if characters[end] == ")" {
            end += 1
        } else {
            return nil
        }
        guard end < characters.count, characters[end].isWhitespace else { return nil }
        return (value, end)
    }

    private static func isInsideListMarker(_ index: Int, _ characters: [Character]) -> Bool {
        var start = index
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        guard let (_, end) = listMarker(at: start, in: characters), index < end else { return false }
        return startsNewSentence(at: end, in: characters, allowLowercase: false)
    }

    // MARK: Words

    /// Whether what follows `index` (after whitespace) can start a sentence; true at the end.
    private static func startsNewSentence(at index: Int, in characters: [Character], allowLowercase: Bool) -> Bool {
        guard index < characters.count else { return true }
        guard characters[index].isWhitespace else { return false }
        var next = index
        while next < characters.count, characters[next].isWhitespace { next += 1 }
        guard next < characters.count else { return true }
        let first = characters[next]
        return allowLowercase || first.isUppercase || first.isNumber || "\"“‘'(•.…".contains(first)
    }

    /// The next word after `index`, lower-cased and without trailing punctuation; nil at the end.
    private static func nextWord(after index: Int, in characters: [Character]) -> String? {
        var start = index
        while start < characters.count, characters[start].isWhitespace { start += 1 }
        guard start < characters.count else { return nil }
        var end = start
        while end < characters.count, !characters[end].isWhitespace { end += 1 }
        return String(characters[start..<end]).lowercased().trimmingCharacters(in: .punctuationCharacters)
    }
}
