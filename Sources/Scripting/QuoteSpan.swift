/// A stretch of a paragraph between double quotation marks.
struct QuoteSpan: Equatable {
    /// From the opening mark through the closing mark (or the paragraph end when unclosed).
    var range: Range<String.Index>
    /// The words inside the marks.
    var content: Range<String.Index>
    var isClosed: Bool
}

/// Finds quotations in a paragraph. Pasted news often has the wrong curly mark (“…,“ he said.
/// ”…”), so whether a mark opens or closes is decided by what stands around it, and only when
/// that is unclear by whether a quotation is open.
enum QuoteScanner {
    static let marks: Set<Character> = ["\"", "“", "”", "„", "‟", "«", "»"]

    static func spans(in paragraph: String) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        var openMark: String.Index?
        var index = paragraph.startIndex
        while index < paragraph.endIndex {
            defer { index = paragraph.index(after: index) }
            guard marks.contains(paragraph[index]) else { continue }
            let previous = index > paragraph.startIndex ? paragraph[paragraph.index(before: index)] : nil
            let nextIndex = paragraph.index(after: index)
            let next = nextIndex < paragraph.endIndex ? paragraph[nextIndex] : nil
            let opens =
                (previous.map { $0.isWhitespace || "([{—–-/".contains($0) } ?? true)
                && next.map { !$0.isWhitespace } == true
            let closes =
                previous.map { !$0.isWhitespace } == true
                && (next.map { $0.isWhitespace || ",.;:!?)]}—–-…".contains($0) } ?? true)
            if let start = openMark {
                if closes || !opens {
                    spans.append(
                        QuoteSpan(
                            range: start..<nextIndex,
                            content: paragraph.index(after: start)..<index,
                            isClosed: true
                        )
                    )
                    openMark = nil
                } else {
                    // An opening mark while one is open: the earlier quotation was never closed.
                    spans.append(unclosed(from: start, to: index, in: paragraph))
                    openMark = index
                }
            } else if opens || !closes {
                openMark = index
            }
        }
        if let start = openMark {
            spans.append(unclosed(from: start, to: paragraph.endIndex, in: paragraph))
        }
        return spans
    }

    private static func unclosed(from start: String.Index, to end: String.Index, in paragraph: String) -> QuoteSpan {
        QuoteSpan(range: start..<end, content: paragraph.index(after: start)..<end, isClosed: false)
    }
}
