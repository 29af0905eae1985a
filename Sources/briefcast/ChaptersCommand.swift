import ArgumentParser
import AudioFiles
import Foundation

struct ChaptersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chapters",
        abstract: "List the chapter markers in a WAV file.",
        discussion:
            "One line per chapter: start time, sample offset and label, read back from the file's cue and label chunks."
    )

    @Argument(help: ArgumentHelp("A WAV file.", valueName: "file.wav"))
    var file: String

    func run() throws {
        let contents = try WAVContents.read(URL(fileURLWithPath: file))
        guard !contents.chapters.isEmpty else {
            print("\(file): no chapter markers")
            return
        }
        for chapter in contents.chapters {
            let seconds = contents.sampleRate > 0 ? Double(chapter.sample) / Double(contents.sampleRate) : 0
            print("\(Self.timestamp(seconds))  \(String(chapter.sample).leftPadded(to: 10))  \(chapter.label)")
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
