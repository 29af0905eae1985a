/// The tags written into an audio file (RIFF LIST/INFO in a WAV).
public struct AudioMetadata: Equatable, Sendable {
    public var title: String?
    public var artist: String?
    /// ISO 8601 date, `yyyy-mm-dd`.
    public var date: String?
    public var software: String?
    public var comment: String?

    public init(
        title: String? = nil, artist: String? = nil, date: String? = nil, software: String? = nil,
        comment: String? = nil
    ) {
        self.title = title
        self.artist = artist
        self.date = date
        self.software = software
        self.comment = comment
    }
}
