import Foundation

/// Reads a saved web page into an ``Article``: metadata from JSON-LD and meta tags, the body
/// from the page's main content.
public enum HTMLArticleReader {
    public static func read(_ data: Data, name: String) throws(ReadingError) -> Article {
        guard looksLikeMarkup(data), let document = HTMLDocument(data: data),
            document.nodes.contains(where: { $0.isElement })
        else {
            throw .notHTML(path: name)
        }
        let metadata = HTMLMetadata(document)
        var paragraphs = ContentExtractor.articleParagraphs(in: document)
        // The headline and the standfirst are spoken from the metadata, not again from the body.
        // Before the story's first real paragraph, short blocks are kickers, section labels and
        // datelines ("Biz & IT —"), and the headline may stand again.
        if let lead = paragraphs.firstIndex(where: { $0.split(separator: " ").count >= 20 }) {
            let opening = paragraphs[..<lead].filter { $0.split(separator: " ").count >= 6 }
            paragraphs = opening + paragraphs[lead...]
        }
        paragraphs.removeAll { $0 == metadata.title }
        guard let headline = metadata.title ?? paragraphs.first,
            paragraphs.contains(where: { $0.split(separator: " ").count >= 8 })
        else { throw .noArticle(path: name) }
        return Article(
            headline: headline,
            dek: metadata.description.flatMap { description in
                paragraphs.contains { $0.hasPrefix(description.prefix(60)) } ? nil : description
            },
            byline: metadata.byline,
            published: metadata.published,
            paragraphs: paragraphs,
            language: metadata.language
        )
    }

    /// Text with tags in it: no NUL bytes, and a `<` followed by a letter, `!` or `?` early on.
    private static func looksLikeMarkup(_ data: Data) -> Bool {
        let head = data.prefix(8192)
        guard !head.contains(0) else { return false }
        return zip(head, head.dropFirst()).contains { byte, next in
            byte == UInt8(ascii: "<") && (next.isASCIILetter || next == UInt8(ascii: "!") || next == UInt8(ascii: "?"))
        }
    }
}

extension UInt8 {
    fileprivate var isASCIILetter: Bool { (65...90).contains(self) || (97...122).contains(self) }
}
