import Foundation

/// A failure of the speech engine, in the engine's own words where it has them.
public enum SpeechError: LocalizedError, Equatable {
    case engineUnavailable(String)
    case unknownVoice(String)
    case synthesisFailed(String)

    public var errorDescription: String? {
        switch self {
        case .engineUnavailable(let message): "espeak-ng could not start: \(message)"
        case .unknownVoice(let name): "espeak-ng has no voice \"\(name)\" (see `briefcast voices`)"
        case .synthesisFailed(let message): "espeak-ng failed to speak: \(message)"
        }
    }
}
