/// A word the engine spoke, where it is in the text and where it starts in the audio.
public struct SpokenWord: Equatable, Sendable {
    /// Offset of the word's first character in the segment text, in Unicode scalars.
    public var textOffset: Int
    /// The word's length in Unicode scalars, as the engine counted it.
    public var length: Int
    /// The sample (from the start of the utterance) at which the word starts.
    public var sample: Int

    public init(textOffset: Int, length: Int, sample: Int) {
        self.textOffset = textOffset
        self.length = length
        self.sample = sample
    }
}

/// What one call of the engine produced.
public struct Utterance: Equatable, Sendable {
    public var sampleCount: Int
    public var words: [SpokenWord]

    public init(sampleCount: Int, words: [SpokenWord]) {
        self.sampleCount = sampleCount
        self.words = words
    }
}
