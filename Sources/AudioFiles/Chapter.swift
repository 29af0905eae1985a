/// A named point in the audio: where a listener can jump to.
public struct Chapter: Equatable, Sendable {
    public var label: String
    /// The first sample frame of the chapter.
    public var sample: Int

    public init(label: String, sample: Int) {
        self.label = label
        self.sample = sample
    }
}
