import Foundation

/// A problem writing or reading an audio file, naming the file.
public enum AudioFileError: LocalizedError, Equatable {
    case cannotCreate(path: String, reason: String)
    case writeFailed(path: String, reason: String)
    case missing(path: String)
    case unreadable(path: String)
    case notWAV(path: String)
    case truncated(path: String)
    case tooLong(path: String)
    case notAudio(path: String)

    public var errorDescription: String? {
        switch self {
        case .cannotCreate(let path, let reason): "\(path): cannot create (\(reason))"
        case .writeFailed(let path, let reason): "\(path): writing failed (\(reason))"
        case .missing(let path): "\(path): no such file"
        case .unreadable(let path): "\(path): cannot be opened for reading"
        case .notWAV(let path): "\(path): not a WAV file"
        case .truncated(let path): "\(path): the WAV file is cut short"
        case .notAudio(let path): "\(path): not a WAV, MP3 or Ogg Opus file"
        case .tooLong(let path): "\(path): over 4 GiB of audio does not fit in a WAV file"
        }
    }
}
