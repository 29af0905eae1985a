import ArticleReading
import AudioFiles
import Foundation
import Rendering
import Scripting
import Speech
import TestSupport
import Testing

@Suite struct AudioRendererTests {
    static let voices = Fixtures.packageRoot.appendingPathComponent("Voices")

    static func seedScript() throws -> Script {
        ScriptWriter.script(for: try ArticleLoader.load(Fixtures.path("seed-article.txt")))
    }

    @Test("chapters sit at segment starts and the length is the sum of the segments")
    func timeline() throws {
        let script = try Self.seedScript()
        let engine = ToneSynthesizer()
        let destination = try TestFolder.make().appendingPathComponent("seed.wav")
        let rendered = try AudioRenderer(engine: engine, voices: VoiceLibrary.load(from: Self.voices))
            .render(script, to: destination)

        let lengths = script.segments.map { segment in
            segment.kind == .pause
                ? Int((segment.seconds * 22_050).rounded())
                : segment.text.unicodeScalars.count * ToneSynthesizer.samplesPerScalar
        }
        let starts = lengths.reduce(into: [0]) { $0.append($0.last! + $1) }.dropLast()
        #expect(rendered.segmentStarts == Array(starts))
        let expectedChapters = zip(script.segments, starts).compactMap { segment, start in
            segment.chapter.map { Chapter(label: $0, sample: start) }
        }
        let contents = try WAVContents.read(destination)
        #expect(contents.chapters == expectedChapters)
        #expect(contents.frameCount == lengths.reduce(0, +))
        #expect(contents.tags["INAM"] == script.article.headline && contents.tags["IART"] == "Jack Phillips")
        #expect(expectedChapters.map(\.label).starts(with: ["Headline", "Summary", "Story", "Quote: Donald Trump"]))
    }

    @Test("each segment is spoken in its role's voice; each speaker keeps one voice")
    func voicesPerRole() throws {
        let script = try Self.seedScript()
        let engine = ToneSynthesizer()
        let library = try VoiceLibrary.load(from: Self.voices)
        _ = try AudioRenderer(engine: engine, voices: library)
            .render(script, to: try TestFolder.make().appendingPathComponent("seed.wav"))
        let spoken = script.segments.filter { $0.kind != .pause }
        #expect(engine.spoken.map(\.text) == spoken.map(\.text))
        var voiceBySpeaker: [String: String] = [:]
        for (segment, call) in zip(spoken, engine.spoken) where segment.kind == .quote {
            let speaker = try #require(segment.speaker)
            #expect(voiceBySpeaker[speaker, default: call.voice] == call.voice)
            voiceBySpeaker[speaker] = call.voice
            #expect(call.voice != library.narrator.engineVoiceName)
        }
        #expect(Set(voiceBySpeaker.values).count == 3)
        #expect(engine.spoken.first?.voice == library.headline.engineVoiceName)
    }

    @Test("a failed render leaves nothing behind")
    func failureLeavesNothing() throws {
        final class FailingSynthesizer: Synthesizer {
            struct Failure: Error {}
            let sampleRate = 22_050
            let version = "failing"
            func speak(_ text: String, as profile: VoiceProfile, lexicon: Lexicon, into sink: any SampleSink) throws
                -> Utterance
            {
                throw Failure()
            }
        }
        let folder = try TestFolder.make()
        #expect(throws: FailingSynthesizer.Failure.self) {
            try AudioRenderer(engine: FailingSynthesizer(), voices: VoiceLibrary.load(from: Self.voices))
                .render(Self.seedScript(), to: folder.appendingPathComponent("seed.wav"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }

    @Test("the real engine's render reads back the same in ffprobe and in Briefcast")
    func realEngine() throws {
        let destination = try TestFolder.make().appendingPathComponent("seed.wav")
        let rendered = try AudioRenderer(engine: SpeechEngine.shared(), voices: VoiceLibrary.load(from: Self.voices))
            .render(Self.seedScript(), to: destination)
        let contents = try WAVContents.read(destination)
        #expect(contents.chapters == rendered.chapters)
        #expect(contents.frameCount == rendered.frameCount)
        let probed = try FFprobe.chapters(of: destination)
        #expect(probed.map(\.start) == rendered.chapters.map(\.sample))
        #expect(probed.map(\.title) == rendered.chapters.map(\.label))
        #expect(probed.last?.end == rendered.frameCount)
        // About four minutes of speech for a 650-word article.
        #expect((150...330).contains(rendered.duration))
    }

    @Test("the chapters JSON and the WebVTT transcript agree with the WAV's chapters")
    func sidecars() throws {
        let destination = try TestFolder.make().appendingPathComponent("seed.wav")
        let script = try Self.seedScript()
        let rendered = try AudioRenderer(engine: SpeechEngine.shared(), voices: VoiceLibrary.load(from: Self.voices))
            .render(script, to: destination)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: Sidecars.chaptersURL(for: destination)))
        let chapters = try #require((json as? [String: Any])?["chapters"] as? [[String: Any]])
        #expect(chapters.map { $0["title"] as? String } == rendered.chapters.map(\.label))
        for (entry, chapter) in zip(chapters, rendered.chapters) {
            let seconds = try #require(entry["startTime"] as? Double)
            #expect(abs(seconds - Double(chapter.sample) / Double(rendered.sampleRate)) < 0.0006)
        }
        let vtt = try String(contentsOf: Sidecars.transcriptURL(for: destination), encoding: .utf8)
        #expect(vtt.hasPrefix("WEBVTT\n\n1\n00:00:00.000 --> "))
        let sentences = script.segments.filter { $0.kind != .pause }.flatMap { SentenceSplitter.sentences(in: $0.text) }
        #expect(vtt.components(separatedBy: " --> ").count - 1 == sentences.count)
        #expect(vtt.contains("<v Dmitry Peskov>These communications are conducted through different channels."))
        // Every chapter starts exactly where a cue starts.
        for chapter in rendered.chapters {
            #expect(vtt.contains(Self.vttTime(chapter.sample, rendered.sampleRate) + " --> "))
        }
    }

    static func vttTime(_ sample: Int, _ rate: Int) -> String {
        let milliseconds = Int((Double(sample) / Double(rate) * 1000).rounded())
        return String(
            format: "%02d:%02d:%02d.%03d", milliseconds / 3_600_000, milliseconds / 60_000 % 60,
            milliseconds / 1000 % 60, milliseconds % 1000)
    }

    @Test("loudness is brought to −16 LUFS dual mono (−19 mono) under a −1 dBTP ceiling, as ffmpeg reads it")
    func loudness() throws {
        let destination = try TestFolder.make().appendingPathComponent("seed.wav")
        _ = try AudioRenderer(engine: SpeechEngine.shared(), voices: VoiceLibrary.load(from: Self.voices))
            .render(Self.seedScript(), to: destination)
        let measured = try FFmpegLoudness.measure(destination)
        #expect(abs(measured.integrated - -19) <= 0.5, "\(measured)")
        #expect(measured.truePeak <= -1.0, "\(measured)")
    }
}
