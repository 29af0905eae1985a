import Scripting

/// How one voice sounds: an espeak-ng voice and variant, speaking rate and pitch. Read from a
/// human-editable file in `Voices/`.
public struct VoiceProfile: Equatable, Sendable {
    public enum Role: String, Sendable, CaseIterable {
        /// Reads the summary, byline, story and the cues before quotes.
        case narrator
        case headline
        /// Reads quotes whose speaker is not named.
        case quote
        /// One of the pool that quoted people's voices are drawn from.
        case speaker
    }

    /// The profile's file name without extension.
    public var name: String
    public var role: Role
    /// The espeak-ng voice ("en-us", "en-gb").
    public var voice: String
    /// An espeak-ng variant ("m3", "f2"), or nil for the voice's own.
    public var variant: String?
    /// Words per minute; espeak-ng supports 80–450.
    public var rate: Int
    /// 0–99; 50 is the voice's normal pitch.
    public var pitch: Int
    /// Whether the voice sounds female or male: given in the file, or read from an espeak-ng
    /// variant name ("f3", "m7").
    public var gender: Gender?

    public static let rates = 80...450
    public static let pitches = 0...99

    public init(
        name: String,
        role: Role,
        voice: String,
        variant: String? = nil,
        rate: Int = 175,
        pitch: Int = 50,
        gender: Gender? = nil
    ) {
        self.name = name
        self.role = role
        self.voice = voice
        self.variant = variant
        self.rate = rate
        self.pitch = pitch
        self.gender = gender ?? variant.flatMap(Self.gender(ofVariant:))
    }

    /// "f1"–"f5" are female, "m1"–"m8" male; other variants say nothing.
    static func gender(ofVariant variant: String) -> Gender? {
        guard variant.count == 2, let digit = variant.last, digit.isNumber else { return nil }
        switch variant.first {
        case "f": return .female
        case "m": return .male
        default: return nil
        }
    }

    /// The name espeak-ng selects the voice by: "en-us+m3".
    public var engineVoiceName: String {
        variant.map { "\(voice)+\($0)" } ?? voice
    }
}
