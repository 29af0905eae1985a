import Foundation

/// Article text made safe to hand to the engine with SSML on: `& < > "` become entities, so no
/// markup, `<audio>` element or stray `<` in an article can act (see shared/notes/espeak-ng.md).
/// Keeps, for every scalar of the escaped text, the scalar of the original it came from, so the
/// engine's text positions can be mapped back.
struct EngineText {
    private(set) var escaped = ""
    /// `origin[i]` is the original scalar offset of escaped scalar `i`.
    private(set) var origin: [Int] = []

    /// Whether lexicon phonemes (`[[…]]`) are in the text, so the engine must read phonemes.
    private(set) var hasPhonemes = false

    /// Escapes `text` and applies `lexicon` to its whole words. Brackets from the article are
    /// kept apart ("[ [") so only the lexicon can ever hand the engine phonemes.
    init(_ text: String, lexicon: Lexicon = .empty) {
        let scalars = Array(text.unicodeScalars)
        var offset = 0
        while offset < scalars.count {
            if CharacterSet.letters.contains(scalars[offset]) || CharacterSet.decimalDigits.contains(scalars[offset]) {
                var end = offset
                while end < scalars.count,
                    CharacterSet.alphanumerics.contains(scalars[end])
                        || (["'", "’"].contains(scalars[end]) && end + 1 < scalars.count
                            && CharacterSet.letters.contains(scalars[end + 1]))
                {
                    end += 1
                }
                let word = String(String.UnicodeScalarView(scalars[offset..<end]))
                if let entry = lexicon.entry(for: Substring(word)) {
                    hasPhonemes = hasPhonemes || entry.isPhonemes
                    append(
                        entry.isPhonemes ? " " + entry.saying + " " : entry.saying, from: offset,
                        escaping: !entry.isPhonemes)
                } else {
                    for index in offset..<end { append(String(scalars[index]), from: index, escaping: true) }
                }
                offset = end
                continue
            }
            let bracketPair =
                offset + 1 < scalars.count && scalars[offset] == scalars[offset + 1]
                && (scalars[offset] == "[" || scalars[offset] == "]")
            append(String(scalars[offset]) + (bracketPair ? " " : ""), from: offset, escaping: true)
            offset += 1
        }
    }

    private mutating func append(_ piece: String, from offset: Int, escaping: Bool) {
        for scalar in piece.unicodeScalars {
            let replacement: String =
                switch scalar {
                case "&" where escaping: "&amp;"
                case "<" where escaping: "&lt;"
                case ">" where escaping: "&gt;"
                case "\"" where escaping: "&quot;"
                default: String(scalar)
                }
            escaped += replacement
            origin += Array(repeating: offset, count: replacement.unicodeScalars.count)
        }
    }

    /// The original offset of an escaped scalar offset (clamped to the text).
    func originalOffset(ofEscaped offset: Int) -> Int {
        guard !origin.isEmpty else { return 0 }
        return origin[min(max(offset, 0), origin.count - 1)]
    }
}
