import Foundation
import Ink

/// Reads a Markdown note: the headline from front matter `title:` or the first `#` heading, the
/// body from everything else, with Markdown syntax (links, emphasis, images) turned into plain
/// words by rendering it to HTML first.
public enum MarkdownReader {
    public static func read(_ input: ArticleText) throws(ReadingError) -> Article {
        let markdown = MarkdownParser().parse(input.text)
        let page = "<html><body>\(markdown.html)</body></html>"
        guard let document = HTMLDocument(data: Data(page.utf8)) else { throw .noSentences(path: input.name) }
        var paragraphs = ContentExtractor(document: document).allParagraphs()
        let firstHeading = document.elements(named: "h1").first.map { document.text(of: $0) }
        let title = markdown.metadata["title"].map(HTMLMetadata.clean) ?? markdown.title ?? firstHeading
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
}
