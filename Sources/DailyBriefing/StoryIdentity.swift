import ArticleReading
import AudioFiles
import Foundation

/// What makes two stories the same story: the same page (its URL with tracking parameters,
/// fragment, `www.` and scheme set aside), the same words, or nearly the same headline or body
/// — as when two feeds carry one wire story.
public struct StoryIdentity: Equatable, Sendable {
    /// The page's address in comparable form, when the story has one.
    public var url: String?
    /// A hash of the headline and body words (``FNV1a``, 16 hex digits).
    public var fingerprint: String
    private var headlineWords: Set<String>
    private var shingles: Set<Int>

    /// Share of words two headlines must have in common to be one story.
    static let headlineOverlap = 0.8
    /// Share of four-word runs two bodies must have in common to be one story.
    static let bodyOverlap = 0.5
    /// Query parameters that only track the reader.
    static let trackingParameters: Set<String> = [
        "fbclid", "gclid", "mc_cid", "mc_eid", "cmpid", "ref", "ref_src", "smid", "smtyp", "ocid", "taid", "at_medium",
        "at_campaign", "cid", "rss", "feed", "partner",
    ]

    public init(article: Article, url: String?) {
        self.url = url.flatMap(Self.canonical)
        let headline = Self.words(article.headline)
        let body = article.paragraphs.prefix(40).flatMap(Self.words)
        fingerprint = FNV1a.hex((headline + ["|"] + body).joined(separator: " "))
        headlineWords = Set(headline)
        shingles = Set(
            body.prefix(400).indices.dropLast(3).map { index in
                body[index..<index + 4].joined(separator: " ").hashValue
            })
    }

    public func isSameStory(as other: StoryIdentity) -> Bool {
        if let url, url == other.url { return true }
        if fingerprint == other.fingerprint { return true }
        if min(headlineWords.count, other.headlineWords.count) >= 4,
            Self.overlap(headlineWords, other.headlineWords) >= Self.headlineOverlap
        {
            return true
        }
        return min(shingles.count, other.shingles.count) >= 20
            && Self.overlap(shingles, other.shingles) >= Self.bodyOverlap
    }

    /// "https://www.Example.com/a/b/?utm_source=x&id=3#top" → "example.com/a/b?id=3".
    public static func canonical(_ address: String) -> String? {
        guard var parts = URLComponents(string: address.trimmingCharacters(in: .whitespaces)),
            let host = parts.host?.lowercased(), !host.isEmpty
        else { return nil }
        let items = (parts.queryItems ?? []).filter { item in
            let name = item.name.lowercased()
            return !name.hasPrefix("utm_") && !trackingParameters.contains(name)
        }
        parts.queryItems = items.isEmpty ? nil : items.sorted { ($0.name, $0.value ?? "") < ($1.name, $1.value ?? "") }
        var path = parts.percentEncodedPath
        while path.hasSuffix("/") { path.removeLast() }
        let query = parts.percentEncodedQuery.map { "?\($0)" } ?? ""
        let bareHost = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
        return bareHost + (parts.port.map { ":\($0)" } ?? "") + path + query
    }

    static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    static func overlap<Element>(_ first: Set<Element>, _ second: Set<Element>) -> Double {
        let union = first.union(second).count
        return union == 0 ? 0 : Double(first.intersection(second).count) / Double(union)
    }
}
