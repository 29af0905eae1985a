import Foundation

/// Characters a page can carry that are not words: control characters, direction overrides
/// and isolates (which can make text display in another order than it is read), stray byte
/// order marks. None of them is ever spoken or passed to the engine; line and paragraph
/// separators become line breaks, the rest are dropped.
public enum InvisibleCharacters {
    /// Vertical tab, form feed, next line, line and paragraph separators: where a line ends.
    static func breaksLine(_ scalar: Unicode.Scalar) -> Bool {
        [0x0B, 0x0C, 0x85, 0x2028, 0x2029].contains(scalar.value)
    }

    /// Dropped wherever they are: C0 controls but tab and line ends, DEL, C1 controls,
    /// bidirectional marks, embeddings, overrides and isolates, and byte order marks.
    static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F: !breaksLine(scalar)
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }

    /// `text` with line separators as line breaks and the rest of them dropped.
    public static func cleaned(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isDropped($0) || breaksLine($0) }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isDropped(scalar) {
            scalars.append(breaksLine(scalar) ? "\n" : scalar)
        }
        return String(scalars)
    }
}

extension Article {
    /// The article with no invisible character in it: each part cleaned and trimmed, a line
    /// break inside a part made a space, and parts left empty dropped.
    func withoutInvisibleCharacters() -> Article {
        func clean(_ text: String) -> String {
            InvisibleCharacters.cleaned(text).replacingOccurrences(of: "\n", with: " ")
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        var article = self
        article.headline = clean(headline)
        article.dek = dek.map(clean).flatMap { $0.isEmpty ? nil : $0 }
        article.byline = byline.map(clean).flatMap { $0.isEmpty ? nil : $0 }
        article.paragraphs = paragraphs.map(clean).filter { !$0.isEmpty }
        return article
    }
}
