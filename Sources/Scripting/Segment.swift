/// One piece of the spoken script: spoken in one voice, or a pause.
public struct Segment: Equatable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case headline, summary, byline, body, cue, quote, pause
        /// A briefing's opening, the line before each story, and its closing.
        case intro, transition, outro
        /// A short synthesised chime that signposts a briefing's start, each story and its end.
        case tone
    }

    public var kind: Kind
    /// Exactly the words to speak; empty for a pause.
    public var text: String
    /// The person quoted, for a cue or a quote; nil for narration.
    public var speaker: String?
    public var voice: VoiceRole
    /// The chapter that starts with this segment, if one does.
    public var chapter: String?
    /// The page the chapter starting here tells of, when known.
    public var link: String?
    /// Silence, in seconds, for a pause; zero otherwise.
    public var seconds: Double
    /// The quoted person's gender when the article makes it clear, for a quote.
    public var gender: Gender?

    public init(
        kind: Kind,
        text: String,
        speaker: String? = nil,
        voice: VoiceRole = .narrator,
        chapter: String? = nil,
        link: String? = nil,
        seconds: Double = 0,
        gender: Gender? = nil
    ) {
        self.kind = kind
        self.text = text
        self.speaker = speaker
        self.voice = voice
        self.chapter = chapter
        self.link = link
        self.seconds = seconds
        self.gender = gender
    }

    /// A stretch of silence in the narrator's voice.
    public static func pause(_ seconds: Double) -> Segment {
        Segment(kind: .pause, text: "", seconds: seconds)
    }

    /// A chime of `seconds`.
    public static func tone(_ seconds: Double = 0.5) -> Segment {
        Segment(kind: .tone, text: "", seconds: seconds)
    }

    /// Whether the engine speaks it (pauses and tones have no words).
    public var isSpoken: Bool { kind != .pause && kind != .tone }
}
