import Foundation

extension Briefing: Encodable {
    private enum CodingKeys: String, CodingKey {
        case title, stories, segments
        case plannedSeconds = "planned_seconds"
    }
    private enum StoryKeys: String, CodingKey { case headline, source, url, depth, published }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encode((plannedSeconds * 10).rounded() / 10, forKey: .plannedSeconds)
        var list = container.nestedUnkeyedContainer(forKey: .stories)
        for story in stories {
            var entry = list.nestedContainer(keyedBy: StoryKeys.self)
            try entry.encode(story.article.headline, forKey: .headline)
            try entry.encode(story.source, forKey: .source)
            try entry.encode(story.url, forKey: .url)
            try entry.encode(story.depth.rawValue, forKey: .depth)
            try entry.encode(story.article.published?.description, forKey: .published)
        }
        try container.encode(segments, forKey: .segments)
    }

    /// The briefing as pretty-printed JSON with sorted keys, ending in a newline.
    public func jsonString() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}
