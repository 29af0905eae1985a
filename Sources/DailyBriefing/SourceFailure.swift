/// A source, or one story of it, that could not be read; the run goes on without it.
public struct SourceFailure: Equatable, Sendable {
    /// The source's location, or the story's file or URL.
    public var location: String
    /// The reader's one-line message, naming the input.
    public var message: String

    public init(location: String, message: String) {
        self.location = location
        self.message = message
    }
}
