import ArticleReading
import Foundation

/// Reads an input — a file path, an http(s) URL, or "-" for standard input — into an article.
public enum ArticleLoader {
    /// `format` nil detects the format from the content; with `cache`, a page read before is
    /// taken from it.
    public static func load(
        _ input: String,
        format: InputFormat? = nil,
        fetcher: PageFetcher = PageFetcher(),
        cache: ReadingCache? = nil
    ) throws(ReadingError) -> Article {
        let data: Data
        let name: String
        if PageFetcher.isURL(input) {
            (data, name) = (try fetcher.fetch(input), input)
        } else {
            (data, name) = try ArticleText.bytes(of: input)
        }
        if let cache { return try cache.read(data, name: name, format: format) }
        return try ArticleReader.read(data, name: name, format: format)
    }
}
