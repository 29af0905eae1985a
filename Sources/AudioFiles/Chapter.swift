/// A named point in the audio: where a listener can jump to.
public struct Chapter: Equatable, Sendable {
    public var label: String
    /// The first sample frame of the chapter.
    public var sample: Int
    /// The page the chapter tells of, when known (podcast players link to it).
    public var url: String?

    public init(label: String, sample: Int, url: String? = nil) {
        self.label = label
        self.sample = sample
        self.url = url
    }
}
