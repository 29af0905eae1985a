import ArgumentParser
import AudioFiles
import Foundation

struct ChaptersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chapters",
        abstract: "List the chapter markers in a WAV, MP3 or Ogg Opus file.",
        discussion: """
            One line per chapter: start time, sample offset and label — read back from a WAV's cue and \
            label chunks, an MP3's ID3v2 CHAP frames or an Opus file's CHAPTERnnn comments.
            """
    )

    @Argument(help: ArgumentHelp("A WAV, MP3 or Opus file.", valueName: "file"))
    var file: String

    func run() throws {
        let info = try AudioFileInfo.read(URL(fileURLWithPath: file))
        // A WAV's cues are sample offsets already; other formats store times.
        let samples =
            info.format == .wav
            ? try WAVContents.read(URL(fileURLWithPath: file)).chapters.map(\.sample)
            : info.chapters.map { Int(($0.start * Double(info.sampleRate)).rounded()) }
        guard !info.chapters.isEmpty else {
            print("\(file): no chapter markers")
            return
        }
        for (chapter, sample) in zip(info.chapters, samples) {
            print("\(Self.timestamp(chapter.start))  \(String(sample).leftPadded(to: 10))  \(chapter.title)")
        }
    }

    /// `h:mm:ss.mmm`.
    static func timestamp(_ seconds: Double) -> String {
        let milliseconds = Int((seconds * 1000).rounded())
        let (hours, rest) = milliseconds.quotientAndRemainder(dividingBy: 3_600_000)
        let (minutes, rest2) = rest.quotientAndRemainder(dividingBy: 60_000)
        let (secs, millis) = rest2.quotientAndRemainder(dividingBy: 1000)
        return
            "\(hours):\(String(minutes).leftPadded(to: 2, with: "0")):\(String(secs).leftPadded(to: 2, with: "0")).\(String(millis).leftPadded(to: 3, with: "0"))"
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = " ") -> String {
        String(repeating: pad, count: max(0, width - count)) + self
    }
}
