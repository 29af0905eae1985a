import ArticleReading

/// Reads an input — a file path, an http(s) URL, or "-" for standard input — into an article.
public enum ArticleLoader {
    /// `format` nil detects the format from the content.
    public static func load(
        _ input: String,
        format: InputFormat? = nil,
        fetcher: PageFetcher = PageFetcher()
    ) throws(ReadingError) -> Article {
        if PageFetcher.isURL(input) {
            return try ArticleReader.read(try fetcher.fetch(input), name: input, format: format)
        }
        let (data, name) = try ArticleText.bytes(of: input)
        return try ArticleReader.read(data, name: name, format: format)
    }
}
