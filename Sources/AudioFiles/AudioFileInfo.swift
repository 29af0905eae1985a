import CEbur128
import CSndFile
import Foundation

/// What any file Briefcast writes (WAV, MP3, Ogg Opus) says about itself, read back: its
/// format, rate, length and chapters — and, on request, its loudness, measured on the decoded
/// audio as a listener hears it.
public struct AudioFileInfo: Equatable, Sendable {
    /// A chapter as read back: start in seconds, title, link.
    public struct Mark: Equatable, Sendable {
        public var start: Double
        public var title: String
        public var url: String?

        public init(start: Double, title: String, url: String? = nil) {
            self.start = start
            self.title = title
            self.url = url
        }
    }

    public var format: AudioFormat
    public var sampleRate: Int
    public var channels: Int
    public var duration: Double
    public var bytes: Int
    public var chapters: [Mark]

    public static func read(_ url: URL) throws(AudioFileError) -> AudioFileInfo {
        let path = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .missing(path: path)
        }
        guard !isDirectory.boolValue, let handle = try? FileHandle(forReadingFrom: url) else {
            throw .unreadable(path: path)
        }
        let head = (try? handle.read(upToCount: 1 << 20)) ?? Data()
        try? handle.close()
        let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if head.starts(with: Array("RIFF".utf8)) {
            let wav = try WAVContents.read(url)
            return AudioFileInfo(
                format: .wav, sampleRate: wav.sampleRate, channels: wav.channels, duration: wav.duration, bytes: bytes,
                chapters: wav.chapters.map {
                    Mark(start: wav.sampleRate > 0 ? Double($0.sample) / Double(wav.sampleRate) : 0, title: $0.label)
                })
        }
        let format: AudioFormat
        let chapters: [Mark]
        if head.starts(with: Array("OggS".utf8)) {
            format = .opus
            let whole = FileManager.default.contents(atPath: path) ?? head
            chapters = OggOpusHeaders.chapters(in: whole).map { Mark(start: $0.start, title: $0.title, url: $0.url) }
        } else if head.starts(with: Array("ID3".utf8)) || (head.count > 1 && head[0] == 0xFF && head[1] & 0xE0 == 0xE0)
        {
            format = .mp3
            let tag =
                ID3ChapterTag.size(of: head) > head.count ? FileManager.default.contents(atPath: path) ?? head : head
            chapters = ID3ChapterTag.chapters(in: tag).map {
                Mark(start: Double($0.start) / 1000, title: $0.title, url: $0.url)
            }
        } else {
            throw .notAudio(path: path)
        }
        var info = SF_INFO()
        guard let file = sf_open(path, Int32(SFM_READ), &info) else { throw .notAudio(path: path) }
        sf_close(file)
        return AudioFileInfo(
            format: format, sampleRate: Int(info.samplerate), channels: Int(info.channels),
            duration: info.samplerate > 0 ? Double(info.frames) / Double(info.samplerate) : 0, bytes: bytes,
            chapters: chapters)
    }

    /// Integrated loudness (LUFS, mono measured as dual mono) and, when asked, true peak (dBTP)
    /// of the decoded audio; nil loudness for silence.
    public static func loudness(
        of url: URL, truePeak: Bool = true
    ) throws(AudioFileError) -> (integrated: Double?, truePeak: Double?) {
        var info = SF_INFO()
        guard let file = sf_open(url.path, Int32(SFM_READ), &info) else { throw .notAudio(path: url.path) }
        defer { sf_close(file) }
        let channels = Int(info.channels)
        guard
            let state = ebur128_init(
                UInt32(channels), UInt(info.samplerate),
                Int32(EBUR128_MODE_I.rawValue) | (truePeak ? Int32(EBUR128_MODE_TRUE_PEAK.rawValue) : 0))
        else { throw .unreadable(path: url.path) }
        defer {
            var owned: UnsafeMutablePointer<ebur128_state>? = state
            ebur128_destroy(&owned)
        }
        if channels == 1 { ebur128_set_channel(state, 0, Int32(EBUR128_DUAL_MONO.rawValue)) }
        var block = [Int16](repeating: 0, count: 65_536 * channels)
        while true {
            let frames = block.withUnsafeMutableBufferPointer { sf_readf_short(file, $0.baseAddress, 65_536) }
            guard frames > 0 else { break }
            _ = block.withUnsafeBufferPointer { ebur128_add_frames_short(state, $0.baseAddress, Int(frames)) }
        }
        var loudness = 0.0
        let integrated = ebur128_loudness_global(state, &loudness) == 0 && loudness.isFinite ? loudness : nil
        guard truePeak else { return (integrated, nil) }
        var peak = 0.0
        for channel in 0..<channels {
            var channelPeak = 0.0
            if ebur128_true_peak(state, UInt32(channel), &channelPeak) == 0 { peak = max(peak, channelPeak) }
        }
        return (integrated, 20 * log10(max(peak, 1e-9)))
    }
}
