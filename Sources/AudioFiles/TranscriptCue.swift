/// One sentence of the transcript and when it is spoken, in sample frames.
public struct TranscriptCue: Equatable, Sendable {
    public var start: Int
    public var end: Int
    public var text: String
    /// Who speaks it, for a quotation; nil for the narrator.
    public var voice: String?

    public init(start: Int, end: Int, text: String, voice: String? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.voice = voice
    }
}
