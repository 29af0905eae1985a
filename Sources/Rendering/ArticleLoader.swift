import ArticleReading

/// Reads an input (a file path, or "-" for standard input) into an article.
public enum ArticleLoader {
    public static func load(_ path: String) throws(ReadingError) -> Article {
        try PastedTextReader.read(try ArticleText.load(path))
    }
}
