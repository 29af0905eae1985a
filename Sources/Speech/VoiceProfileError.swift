import Foundation

/// A voice profile that cannot be used, naming the file and the key at fault.
public enum VoiceProfileError: LocalizedError, Equatable {
    case directoryMissing(path: String)
    case unreadable(path: String, reason: String)
    case invalid(path: String, key: String, reason: String)
    case missingRole(directory: String, role: String)
    case duplicateRole(path: String, role: String, other: String)
    case unknownEngineVoice(path: String, voice: String)

    public var errorDescription: String? {
        switch self {
        case .directoryMissing(let path):
            "\(path): no voice profiles folder here (use --voices DIR or set BRIEFCAST_VOICES)"
        case .unreadable(let path, let reason): "\(path): \(reason)"
        case .invalid(let path, let key, let reason): "\(path): \(key): \(reason)"
        case .missingRole(let directory, let role): "\(directory): no voice profile has role: \(role)"
        case .duplicateRole(let path, let role, let other): "\(path): role \(role) is already taken by \(other)"
        case .unknownEngineVoice(let path, let voice):
            "\(path): espeak-ng has no voice \"\(voice)\" (see `briefcast voices`)"
        }
    }
}
