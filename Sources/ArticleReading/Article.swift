/// One news article read into its parts: what every later stage works from.
public struct Article: Equatable, Sendable, Codable {
    /// The headline, spoken first.
    public var headline: String
    /// The standfirst under the headline ("dek"), when the page has one.
    public var dek: String?
    /// The author names, without a leading "By".
    public var byline: String?
    /// The publication date, when the page states one.
    public var published: PublicationDate?
    /// The body, one string per paragraph, with clutter removed.
    public var paragraphs: [String]
    /// The language the page declares (a BCP 47 tag such as "en-GB" or "fr"), if it does.
    public var language: String?

    public init(
        headline: String,
        dek: String? = nil,
        byline: String? = nil,
        published: PublicationDate? = nil,
        paragraphs: [String],
        language: String? = nil
    ) {
        self.headline = headline
        self.dek = dek
        self.byline = byline
        self.published = published
        self.paragraphs = paragraphs
        self.language = language
    }

    /// Whether the article is (or may be, when undeclared) in English.
    public var isEnglish: Bool {
        guard let language else { return true }
        return language.lowercased().hasPrefix("en")
    }
}
