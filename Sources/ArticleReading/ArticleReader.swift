import Foundation

/// Reads any supported input into an ``Article``, by its detected (or given) format.
public enum ArticleReader {
    public static func read(_ data: Data, name: String, format: InputFormat? = nil) throws(ReadingError) -> Article {
        let format = format ?? InputFormat.detect(data, name: name)
        let article = try readParts(data, name: name, format: format).withoutInvisibleCharacters()
        guard !article.paragraphs.isEmpty, !article.headline.isEmpty else { throw .noArticle(path: name) }
        // A page's furniture after the story; a Markdown file is the writer's own, to its last line.
        return format == .markdown ? article.removingAuthorBio() : article.removingPageEnd()
    }

    private static func readParts(_ data: Data, name: String, format: InputFormat) throws(ReadingError) -> Article {
        switch format {
        case .html:
            return try HTMLArticleReader.read(data, name: name)
        case .markdown:
            return try MarkdownReader.read(ArticleText.decode(data, name: name))
        case .text:
            return try PastedTextReader.read(ArticleText.decode(data, name: name))
        }
    }
}
