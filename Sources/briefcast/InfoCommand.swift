import ArgumentParser
import AudioFiles
import Foundation

struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Describe an audio file: format, duration, loudness, true peak and chapters.",
        discussion: """
            Reads WAV, MP3 and Ogg Opus. Loudness is measured on the decoded audio with libebur128 \
            (integrated, mono as dual mono, so -16 LUFS is the podcast target); the true peak is \
            4x oversampled.
            """
    )

    @Argument(help: ArgumentHelp("A WAV, MP3 or Opus file.", valueName: "file"))
    var file: String

    func run() throws {
        let url = URL(fileURLWithPath: file)
        let info = try AudioFileInfo.read(url)
        let loudness = try AudioFileInfo.loudness(of: url)
        let kilobits = info.duration > 0 ? Double(info.bytes) * 8 / info.duration / 1000 : 0
        print("File:      \(file)")
        print(
            "Format:    \(info.format.rawValue.uppercased()), \(info.sampleRate) Hz, \(info.channels == 1 ? "mono" : "\(info.channels) channels"), \(Int(kilobits.rounded())) kbit/s"
        )
        print("Duration:  \(ChaptersCommand.timestamp(info.duration))")
        print("Loudness:  \(loudness.integrated.map { String(format: "%.1f LUFS", $0) } ?? "silent")")
        print("True peak: \(loudness.truePeak.map { String(format: "%.1f dBTP", $0) } ?? "-")")
        print("Chapters:  \(info.chapters.count)")
        for chapter in info.chapters {
            print("  \(ChaptersCommand.timestamp(chapter.start))  \(chapter.title)")
        }
    }
}
