/// How the podcast feed beside the briefings describes them.
public struct PodcastSettings: Equatable, Sendable {
    /// Where the output folder is served from ("https://example.com/briefings/"): makes every
    /// link in the feed absolute. Without it links are relative to the feed.
    public var baseURL: String?
    public var title = "Briefcast daily briefing"
    public var description = "The day's news, read aloud by Briefcast."
    public var author: String?
    public var language = "en"
    /// Off: no feed is written.
    public var enabled = true

    public init() {}
}
