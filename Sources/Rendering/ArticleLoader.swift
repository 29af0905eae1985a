import ArticleReading

/// Reads an input (a file path, or "-" for standard input) into an article.
public enum ArticleLoader {
    /// `format` nil detects the format from the content.
    public static func load(_ path: String, format: InputFormat? = nil) throws(ReadingError) -> Article {
        let (data, name) = try ArticleText.bytes(of: path)
        return try ArticleReader.read(data, name: name, format: format)
    }
}
