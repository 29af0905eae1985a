/// Who speaks a segment; the speech stage maps each role to a voice profile.
public enum VoiceRole: Hashable, Sendable, CustomStringConvertible {
    case narrator
    case headline
    /// A quote whose speaker is not named.
    case quote
    /// The n-th distinct person quoted (from 1), each with a voice of their own.
    case speaker(Int)

    public var description: String {
        switch self {
        case .narrator: "narrator"
        case .headline: "headline"
        case .quote: "quote"
        case .speaker(let number): "speaker \(number)"
        }
    }
}
