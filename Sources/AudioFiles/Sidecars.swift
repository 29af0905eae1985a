import Foundation

/// The files podcast players read beside the audio: Podcasting 2.0 JSON chapters and a WebVTT
/// transcript, timed from the same sample counts as the WAV's own chapters. Each is written
/// under a temporary name and renamed into place.
public enum Sidecars {
    /// `story.wav` → `story.chapters.json`.
    public static func chaptersURL(for audio: URL) -> URL {
        audio.deletingPathExtension().appendingPathExtension("chapters.json")
    }

    /// `story.wav` → `story.srt`.
    public static func subtitlesURL(for audio: URL) -> URL {
        audio.deletingPathExtension().appendingPathExtension("srt")
    }

    /// `story.wav` → `story.vtt`.
    public static func transcriptURL(for audio: URL) -> URL {
        audio.deletingPathExtension().appendingPathExtension("vtt")
    }

    /// `{"version": "1.2.0", "chapters": [{"startTime": 0, "title": "Headline"}, …]}`; a chapter's
    /// `url` is given when known.
    public static func writeChapters(
        _ chapters: [Chapter],
        sampleRate: Int,
        to file: URL
    ) throws(AudioFileError) {
        let entries: [[String: Any]] = chapters.map { chapter in
            var entry: [String: Any] = ["startTime": seconds(chapter.sample, sampleRate), "title": chapter.label]
            if let url = chapter.url { entry["url"] = url }
            return entry
        }
        let object: [String: Any] = ["version": "1.2.0", "chapters": entries]
        guard
            let data = try? JSONSerialization.data(
                withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        else { throw .writeFailed(path: file.path, reason: "cannot encode the chapters") }
        try OutputFile.write(data + Data("\n".utf8), to: file)
    }

    /// One WebVTT cue per sentence, quotations tagged with their speaker's voice.
    public static func writeTranscript(_ cues: [TranscriptCue], sampleRate: Int, to file: URL) throws(AudioFileError) {
        var text = "WEBVTT\n"
        for (index, cue) in cues.enumerated() {
            let body = escaped(cue.text)
            text += "\n\(index + 1)\n\(timestamp(cue.start, sampleRate)) --> \(timestamp(cue.end, sampleRate))\n"
            text += cue.voice.map { "<v \(escaped($0))>\(body)" } ?? body
            text += "\n"
        }
        try OutputFile.write(Data(text.utf8), to: file)
    }

    /// The same cues as SubRip subtitles (`00:00:01,500` times); a quotation's speaker is named
    /// before it, since SubRip has no voice tags.
    public static func writeSubtitles(_ cues: [TranscriptCue], sampleRate: Int, to file: URL) throws(AudioFileError) {
        var text = ""
        for (index, cue) in cues.enumerated() {
            let start = timestamp(cue.start, sampleRate).replacingOccurrences(of: ".", with: ",")
            let end = timestamp(cue.end, sampleRate).replacingOccurrences(of: ".", with: ",")
            text += "\(index + 1)\n\(start) --> \(end)\n\(cue.voice.map { "\($0): " } ?? "")\(cue.text)\n\n"
        }
        try OutputFile.write(Data(text.utf8), to: file)
    }

    static func seconds(_ sample: Int, _ sampleRate: Int) -> Double {
        (Double(sample) / Double(sampleRate) * 1000).rounded() / 1000
    }

    /// `hh:mm:ss.mmm`.
    static func timestamp(_ sample: Int, _ sampleRate: Int) -> String {
        let milliseconds = Int((Double(sample) / Double(sampleRate) * 1000).rounded())
        let hours = milliseconds / 3_600_000
        let minutes = milliseconds / 60_000 % 60
        let seconds = milliseconds / 1000 % 60
        // Not String(format:), which took most of a two-hour transcript's 30 ms.
        return "\(padded(hours, 2)):\(padded(minutes, 2)):\(padded(seconds, 2)).\(padded(milliseconds % 1000, 3))"
    }

    private static func padded(_ number: Int, _ digits: Int) -> String {
        let text = String(number)
        return text.count < digits ? String(repeating: "0", count: digits - text.count) + text : text
    }

    private static func escaped(_ text: String) -> String {
        guard
            text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") })
        else { return text }
        return text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
