/// The audio file formats Briefcast writes.
public enum AudioFormat: String, Sendable, CaseIterable {
    /// 16-bit PCM WAV with `cue `/`labl` chapters: lossless, large.
    case wav
    /// MPEG layer III through LAME, with ID3v2 chapter frames: what every podcast app plays.
    case mp3
    /// Ogg Opus at 48 kHz, with `CHAPTERnnn` comments: the smallest for speech.
    case opus

    public var fileExtension: String { rawValue }

    /// The MIME type a podcast feed's enclosure gives.
    public var mimeType: String {
        switch self {
        case .wav: "audio/wav"
        case .mp3: "audio/mpeg"
        case .opus: "audio/ogg"
        }
    }

    /// The format a file name's extension names ("briefing.mp3" → mp3), if any.
    public init?(fileName: String) {
        let ext = fileName.split(separator: ".").last.map { $0.lowercased() } ?? ""
        switch ext {
        case "wav", "wave": self = .wav
        case "mp3": self = .mp3
        case "opus", "ogg", "oga": self = .opus
        default: return nil
        }
    }
}
