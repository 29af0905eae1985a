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

    /// What failed while `destination` was being made, said of `destination`: a failure on one
    /// of its hidden temporaries, or a bare system error ("No space left on device") from a
    /// file handle, becomes a write failure of the file the user asked for. Other errors (the
    /// engine's, say) pass through.
    public static func writing(_ destination: URL, _ error: any Error) -> any Error {
        switch error {
        case let error as AudioFileError:
            switch error {
            case .cannotCreate(let path, let reason), .writeFailed(let path, let reason):
                let name = URL(fileURLWithPath: path).lastPathComponent
                return name.hasPrefix(".") && (name.hasSuffix(".tmp") || name.hasSuffix(".pcm"))
                    ? AudioFileError.writeFailed(path: destination.path, reason: reason) : error
            default:
                return error
            }
        default:
            let domain = (error as NSError).domain
            guard domain == NSCocoaErrorDomain || domain == NSPOSIXErrorDomain else { return error }
            return AudioFileError.writeFailed(path: destination.path, reason: systemReason(error))
        }
    }

    /// The operating system's words for what went wrong ("No space left on device"), when the
    /// error carries them.
    public static func systemReason(_ error: any Error) -> String {
        let error = error as NSError
        let posix = [error, error.userInfo[NSUnderlyingErrorKey] as? NSError].compactMap { $0 }
            .first { $0.domain == NSPOSIXErrorDomain }
        return posix.map { String(cString: strerror(Int32($0.code))) } ?? error.localizedDescription
    }

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
