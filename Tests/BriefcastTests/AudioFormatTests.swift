import ArticleReading
import AudioFiles
import Foundation
import Rendering
import Scripting
import Speech
import TestSupport
import Testing

/// MP3 and Ogg Opus as players and ffmpeg read them: the same chapters as the WAV and the
/// chapters JSON, at the loudness target, under the true-peak ceiling.
@Suite struct AudioFormatTests {
    static let voices = Fixtures.packageRoot.appendingPathComponent("Voices")

    /// Each format is rendered once for all the tests (encoding Opus is slow in a debug build).
    static let mp3 = Result { try render(.mp3) }
    static let opus = Result { try render(.opus) }

    static func rendered(_ format: AudioFormat) throws -> (URL, RenderedAudio) {
        try (format == .mp3 ? mp3 : opus).get()
    }

    static func render(_ format: AudioFormat) throws -> (URL, RenderedAudio) {
        let destination = try TestFolder.make().appendingPathComponent("seed.\(format.fileExtension)")
        let script = ScriptWriter.script(for: try ArticleLoader.load(Fixtures.path("seed-article.txt")))
        let rendered = try AudioRenderer(
            engine: SpeechEngine.shared(), voices: VoiceLibrary.load(from: Self.voices), format: format
        )
        .render(script, to: destination)
        return (destination, rendered)
    }

    @Test("ffprobe reads the chapters at the milliseconds of the chapters JSON", arguments: [AudioFormat.mp3, .opus])
    func chapters(format: AudioFormat) throws {
        let (file, rendered) = try Self.rendered(format)
        let probed = try FFprobe.chapters(of: file)
        #expect(probed.map(\.title) == rendered.chapters.map(\.label))
        let milliseconds = rendered.chapters.map {
            Int((Double($0.sample) * 1000 / Double(rendered.sampleRate)).rounded())
        }
        // ffprobe gives MP3 and Opus chapter times in milliseconds.
        #expect(probed.map(\.start) == milliseconds)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: Sidecars.chaptersURL(for: file)))
        let entries = try #require((json as? [String: Any])?["chapters"] as? [[String: Any]])
        #expect(entries.compactMap { ($0["startTime"] as? Double).map { Int(($0 * 1000).rounded()) } } == milliseconds)
        // Briefcast reads them back too.
        let info = try AudioFileInfo.read(file)
        #expect(info.format == format)
        #expect(info.chapters.map(\.title) == rendered.chapters.map(\.label))
        #expect(abs(info.duration - rendered.duration) < 0.1, "\(info.duration) vs \(rendered.duration)")
    }

    @Test(
        "loudness −16 LUFS dual mono (−19 mono) within 0.5 LU and true peak ≤ −1 dBTP, as ffmpeg reads it",
        arguments: [AudioFormat.mp3, .opus])
    func loudness(format: AudioFormat) throws {
        let (file, _) = try Self.rendered(format)
        let measured = try FFmpegLoudness.measure(file)
        #expect(abs(measured.integrated - -19) <= 0.5, "\(measured)")
        #expect(measured.truePeak <= -1.0, "\(measured)")
    }

    @Test(
        "the same script gives the same Opus file, byte for byte: the stream is numbered by its comments, not at random"
    )
    func opusIsReproducible() throws {
        let folder = try TestFolder.make()
        let files = try ["first.opus", "second.opus"].map { name in
            let file = folder.appendingPathComponent(name)
            let run = try BriefcastBinary.run([
                "article", Fixtures.path("seed-article.txt"), "-o", file.path, "--no-cache",
            ])
            #expect(run.status == 0, "\(run.standardError)")
            return try Data(contentsOf: file)
        }
        #expect(files[0] == files[1])
    }

    @Test("the command line: --audio-format, or the -o file's extension; chapters and info read the file")
    func commandLine() throws {
        let folder = try TestFolder.make()
        let seed = Fixtures.path("seed-article.txt")
        let named = try BriefcastBinary.run(["article", seed, "-o", folder.appendingPathComponent("seed.mp3").path])
        #expect(named.status == 0, "\(named.standardError)")
        let chosen = try BriefcastBinary.run(["article", seed, "-o", folder.path, "--audio-format", "mp3"])
        #expect(chosen.status == 0 && chosen.standardOutput.hasSuffix(".mp3\n"), "\(chosen.standardError)")
        let mismatch = try BriefcastBinary.run(["article", seed, "-o", "x.mp3", "--audio-format", "opus"])
        #expect(mismatch.status != 0 && mismatch.standardError.contains("does not match the file name x.mp3"))
        let chapters = try BriefcastBinary.run(["chapters", folder.appendingPathComponent("seed.mp3").path])
        #expect(chapters.standardOutput.hasPrefix("0:00:00.000           0  Headline\n"))
        let info = try BriefcastBinary.run(["info", chosen.standardOutput.trimmingCharacters(in: .newlines)])
        #expect(info.status == 0)
        #expect(info.standardOutput.contains("Format:    MP3, 22050 Hz, mono"))
        #expect(info.standardOutput.contains("Chapters:  13"))
    }
}
