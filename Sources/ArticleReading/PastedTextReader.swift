import Foundation

/// Reads text pasted from a browser (or typed) into an ``Article``.
///
/// The first line is the headline. The lines before the body are the header: a standfirst, a
/// repeated headline, a photo caption with its credit, the author line, a date and player
/// furniture. The body is every paragraph after that, up to an author bio block (the author's
/// name standing alone again after the story).
public enum PastedTextReader {
    /// How many text lines the header may hold before the body is taken to have begun.
    private static let headerTextLimit = 3

    public static func read(_ input: ArticleText) throws(ReadingError) -> Article {
        let rawLines = input.text
            .replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\u{00A0}", with: " ")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces).replacing(/\s{2,}/, with: " ") }
        let lines = rawLines.map(PastedLine.init(classifying:))

        // The first line is the headline even when it looks like a name or a date.
        guard let headlineIndex = lines.firstIndex(where: { $0 != .blank && $0 != .clutter }) else {
            throw .noSentences(path: input.name)
        }
        let headline = rawLines[headlineIndex]

        let header = readHeader(lines, after: headlineIndex, headline: headline)
        let paragraphs = readBody(lines[header.bodyStart...], headline: headline, author: header.byline)
        guard paragraphs.contains(where: { $0.contains(where: \.isLetter) }) else {
            throw .noSentences(path: input.name)
        }
        return Article(
            headline: headline,
            dek: header.dek,
            byline: header.byline,
            published: header.published,
            paragraphs: paragraphs
        )
    }

    private struct Header {
        var dek: String?
        var byline: String?
        var hasExplicitByline = false
        var published: PublicationDate?
        var bodyStart: Int
    }

    /// The header runs from the headline to the last author, date or clutter line before the
    /// body; the first text line in it is the standfirst. The first text line after an author or
    /// date line starts the body. Without an author or date line nothing counts as header text,
    /// so an article that starts straight into its story loses no paragraph.
    private static func readHeader(_ lines: [PastedLine], after headlineIndex: Int, headline: String) -> Header {
        var header = Header(bodyStart: headlineIndex + 1)
        var textLines: [String] = []
        scan: for index in lines.indices.dropFirst(headlineIndex + 1) {
            switch lines[index] {
            case .blank: continue
            case .clutter: header.bodyStart = index + 1
            case .byline(let names, let isExplicit):
                // "By …" outranks a bare name seen earlier (often a section or column name).
                if header.byline == nil || (isExplicit && !header.hasExplicitByline) {
                    header.byline = names
                    header.hasExplicitByline = isExplicit
                }
                header.bodyStart = index + 1
            case .date(let date):
                header.published = header.published ?? date
                header.bodyStart = index + 1
            case .text(let text):
                if text == headline {
                    header.bodyStart = index + 1
                } else if header.byline != nil || header.published != nil || textLines.count == headerTextLimit {
                    break scan
                } else {
                    textLines.append(text)
                }
            }
        }
        guard header.byline != nil || header.published != nil else {
            return Header(bodyStart: headlineIndex + 1)
        }
        let headerText = lines[(headlineIndex + 1)..<header.bodyStart].compactMap { line -> String? in
            if case .text(let text) = line, text != headline { text } else { nil }
        }
        header.dek = headerText.first.flatMap { $0.split(separator: " ").count <= 60 ? $0 : nil }
        return header
    }

    /// Body paragraphs: blank-line separated blocks, hard-wrapped lines joined, clutter dropped,
    /// stopping at an author bio block.
    private static func readBody(_ lines: ArraySlice<PastedLine>, headline: String, author: String?) -> [String] {
        var paragraphs: [String] = []
        var current: String?
        func finish() {
            if let paragraph = current { paragraphs.append(paragraph) }
            current = nil
        }
        for line in lines {
            switch line {
            case .blank:
                finish()
            case .clutter, .date:
                finish()
            case .byline(let names, _):
                // The author's name standing alone after the story opens the bio block.
                if !paragraphs.isEmpty, names == author, line.isBareName {
                    finish()
                    return paragraphs
                }
                finish()
            case .text(let text):
                if text == headline && paragraphs.isEmpty && current == nil { continue }
                if let partial = current, !endsSentence(partial), startsContinuation(text) {
                    current = partial + " " + text
                } else {
                    finish()
                    current = text
                }
            }
        }
        finish()
        return paragraphs
    }

    private static func endsSentence(_ text: String) -> Bool {
        guard let last = text.last else { return true }
        return ".!?:;\"”’)]…".contains(last)
    }

    private static func startsContinuation(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return first.isLowercase || first.isNumber || "(–—-".contains(first)
    }
}
