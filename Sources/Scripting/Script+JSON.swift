import ArticleReading
import Foundation

extension Script: Encodable {
    private enum CodingKeys: String, CodingKey { case article, segments }
    private enum ArticleKeys: String, CodingKey { case title, dek, byline, published, paragraphs }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        var articleContainer = container.nestedContainer(keyedBy: ArticleKeys.self, forKey: .article)
        try articleContainer.encode(article.headline, forKey: .title)
        try articleContainer.encode(article.dek, forKey: .dek)
        try articleContainer.encode(article.byline, forKey: .byline)
        try articleContainer.encode(article.published?.description, forKey: .published)
        try articleContainer.encode(article.paragraphs, forKey: .paragraphs)
        try container.encode(segments, forKey: .segments)
    }

    /// The script as pretty-printed JSON with sorted keys, ending in a newline.
    public func jsonString() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}

extension Segment: Encodable {
    private enum CodingKeys: String, CodingKey { case kind, text, speaker, voice, chapter, link, seconds, gender }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind.rawValue, forKey: .kind)
        try container.encode(text, forKey: .text)
        try container.encode(speaker, forKey: .speaker)
        try container.encode(voice.description, forKey: .voice)
        try container.encode(chapter, forKey: .chapter)
        try container.encodeIfPresent(link, forKey: .link)
        if !isSpoken { try container.encode(seconds, forKey: .seconds) }
        if kind == .quote { try container.encode(gender?.rawValue, forKey: .gender) }
    }
}
