import Foundation

/// Why an input could not be read as an article. Every case names the input.
public enum ReadingError: LocalizedError, Equatable {
    case missing(path: String)
    case isDirectory(path: String)
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case binary(path: String)
    case invalidUTF8(path: String, byteOffset: Int)
    case noSentences(path: String)
    case notHTML(path: String)
    case notAFeed(path: String)
    case tooLarge(path: String, limit: Int)
    case badURL(url: String)
    case fetchFailed(url: String, reason: String)
    case noArticle(path: String)

    public var errorDescription: String? {
        switch self {
        case .missing(let path): "\(path): no such file"
        case .isDirectory(let path): "\(path): is a directory, not an article file"
        case .unreadable(let path, let reason): "\(path): cannot be read (\(reason))"
        case .empty(let path): "\(path): the file is empty"
        case .binary(let path): "\(path): looks like a binary file, not article text"
        case .invalidUTF8(let path, let offset): "\(path): is not valid UTF-8 (bad byte at offset \(offset))"
        case .noSentences(let path): "\(path): has no sentences to read (no headline and body found)"
        case .notHTML(let path): "\(path): is not an HTML page"
        case .notAFeed(let path): "\(path): is not an RSS or Atom feed"
        case .tooLarge(let path, let limit): "\(path): is larger than \(limit / 1_048_576) MB, too large for an article"
        case .badURL(let url): "\(url): not an http or https address"
        case .fetchFailed(let url, let reason): "\(url): could not be fetched: \(reason)"
        case .noArticle(let path): "\(path): no article found on this page (a home page, index or login wall?)"
        }
    }
}
