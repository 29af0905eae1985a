/// One place the briefing's stories come from: a folder of article files, an article file, an
/// article URL, or an RSS/Atom feed (file or URL).
public struct SourceSpec: Equatable, Sendable {
    /// A path (absolute, or relative to where Briefcast runs) or an http(s) URL.
    public var location: String
    /// The name said before its stories ("Next, from Reuters."); a feed's title when not given.
    public var name: String?
    /// Higher first; sources of equal priority keep their order.
    public var priority: Int
    /// At most this many stories from the source; nil takes the briefing's per-source limit.
    public var limit: Int?

    public init(location: String, name: String? = nil, priority: Int = 0, limit: Int? = nil) {
        self.location = location
        self.name = name
        self.priority = priority
        self.limit = limit
    }
}
