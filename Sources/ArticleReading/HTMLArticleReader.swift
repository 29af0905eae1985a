import Foundation

/// Reads a saved web page into an ``Article``: metadata from JSON-LD and meta tags, the body
/// from the page's main content.
public enum HTMLArticleReader {
    public static func read(_ data: Data, name: String) throws(ReadingError) -> Article {
        guard let document = HTMLDocument(data: data), document.nodes.contains(where: { $0.isElement }) else {
            throw .notHTML(path: name)
        }
        let metadata = HTMLMetadata(document)
        var paragraphs = ContentExtractor.articleParagraphs(in: document)
        // The headline and the standfirst are spoken from the metadata, not again from the body.
        if let title = metadata.title, paragraphs.first == title { paragraphs.removeFirst() }
        // An author bio closing the page: "Dan is the Security Editor at …".
        if let byline = metadata.byline, let first = byline.split(separator: " ").first {
            while let last = paragraphs.last, paragraphs.count > 1,
                last.hasPrefix(byline) || last.hasPrefix("\(first) is ") || last.hasPrefix("\(first) has ")
            {
                paragraphs.removeLast()
            }
        }
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
            paragraphs: paragraphs
        )
    }
}
