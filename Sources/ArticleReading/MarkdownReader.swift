import Foundation
import Ink

/// Reads a Markdown note: the headline from front matter `title:` or the first `#` heading, the
/// body from everything else, with Markdown syntax (links, emphasis, images) turned into plain
/// words by rendering it to HTML first.
public enum MarkdownReader {
    public static func read(_ input: ArticleText) throws(ReadingError) -> Article {
        let markdown = MarkdownParser().parse(
            withBoundedBrackets(
                withoutUnclosedParagraphTags(withoutTrailingSpace(withoutUnclosedFrontMatter(input.text)))))
        let page = "<html><body>\(markdown.html)</body></html>"
        guard let document = HTMLDocument(data: Data(page.utf8)) else { throw .noSentences(path: input.name) }
        var paragraphs = ContentExtractor(document: document).allParagraphs()
        let firstHeading = document.elements(named: "h1").first.map { document.text(of: $0) }
        // Ink's title is HTML text ("Q&amp;A"): decoded like the rest.
        let title = (markdown.metadata["title"] ?? markdown.title).map(HTMLMetadata.clean) ?? firstHeading
        if let firstHeading, paragraphs.first == firstHeading { paragraphs.removeFirst() }
        guard let headline = title ?? paragraphs.first, paragraphs.contains(where: { $0.contains(where: \.isLetter) })
        else {
            throw .noSentences(path: input.name)
        }
        if title == nil { paragraphs.removeFirst() }
        return Article(
            headline: headline,
            dek: markdown.metadata["description"] ?? markdown.metadata["summary"],
            byline: (markdown.metadata["author"] ?? markdown.metadata["byline"]).flatMap(HTMLMetadata.cleanByline),
            published: markdown.metadata["date"].flatMap(PublicationDate.first(in:)),
            paragraphs: paragraphs
        )
    }

    /// Ink reads a leading `---` line as the start of front matter and traps when the block
    /// runs to the end of the text unclosed (the fuzzer found it). Such a line opens no front
    /// matter, so it is dropped.
    /// Ink also traps on a list whose last line is only indentation (it reads the spaces as a
    /// nested list and runs off the end of the text), so the text ends at its last word.
    static func withoutTrailingSpace(_ text: String) -> String {
        var end = text.endIndex
        while end > text.startIndex, text[text.index(before: end)].isWhitespace { end = text.index(before: end) }
        return text[..<end] + "\n"
    }

    /// Ink tries every `[` as the start of a link and backtracks, so a run of unclosed brackets
    /// takes exponential time (the fuzzer's 130 `[` never finished). Links nest two deep at most
    /// (`[![photo](a.jpg)](page)`): a `[` opened deeper is escaped, read as a bracket.
    static func withBoundedBrackets(_ text: String) -> String {
        guard text.contains("[") else { return text }
        var result = ""
        var depth = 0
        var previous: Character = "\n"
        for character in text {
            if character == "[" && previous != "\\" {
                if depth >= 2 {
                    result += "\\["
                    previous = character
                    continue
                }
                depth += 1
            } else if character == "]" && previous != "\\" {
                depth = max(0, depth - 1)
            } else if character == "\n" && previous == "\n" {
                depth = 0
            }
            result.append(character)
            previous = character
        }
        return result
    }

    /// Ink ends a paragraph at `<p` and then reads the `<p` as an HTML element up to the next
    /// `>`, however far on: with none, neither reading moves on and Ink loops for ever, filling
    /// memory (the fuzzer's `a <p`); with one paragraphs later, the words between are lost. A
    /// `<p` with no `>` after it on its line opens no element, so it is written as the
    /// character reference it stands for.
    static func withoutUnclosedParagraphTags(_ text: String) -> String {
        guard text.contains("<p") || text.contains("<P") else { return text }
        var result = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "<") {
            result += rest[..<open]
            let next = rest.index(after: open)
            let line = rest[next...].prefix { $0 != "\n" }
            let opensParagraph = line.first == "p" || line.first == "P"
            result += opensParagraph && !line.contains(">") ? "&lt;" : "<"
            rest = rest[next...]
        }
        return result + rest
    }

    static func withoutUnclosedFrontMatter(_ text: String) -> String {
        let start = text.drop { $0.isWhitespace }
        guard start.hasPrefix("---\n") else { return text }
        let lines = start.split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
        guard !lines.contains(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) else { return text }
        return lines.joined(separator: "\n")
    }
}
