import AudioFiles
import Foundation
import Scripting
import Speech

/// Speaks a script segment by segment into one WAV with a chapter at every segment that starts
/// one. Samples stream to a spool file as the engine makes them, so memory does not grow with
/// the article; the WAV is written beside its destination and renamed into place when whole.
public struct ArticleRenderer {
    public let engine: any Synthesizer
    public let voices: VoiceLibrary
    public let lexicon: Lexicon

    public init(engine: any Synthesizer, voices: VoiceLibrary, lexicon: Lexicon = .empty) {
        self.engine = engine
        self.voices = voices
        self.lexicon = lexicon
    }

    public func render(_ script: Script, to destination: URL) throws -> RenderedAudio {
        let output = OutputFile(destination)
        let spool = try SampleSpool(in: destination.deletingLastPathComponent())
        defer { spool.close() }
        do {
            let casting = VoiceCasting(script: script, library: voices)
            var chapters: [Chapter] = []
            var starts: [Int] = []
            for segment in script.segments {
                starts.append(spool.count)
                if let label = segment.chapter { chapters.append(Chapter(label: label, sample: spool.count)) }
                if segment.kind == .pause {
                    try spool.writeSilence(Int((segment.seconds * Double(engine.sampleRate)).rounded()))
                } else {
                    _ = try engine.speak(
                        segment.text, as: casting.profile(for: segment.voice, in: voices), lexicon: lexicon, into: spool
                    )
                }
            }
            try WAVWriter.write(
                spool,
                sampleRate: engine.sampleRate,
                chapters: chapters,
                metadata: metadata(for: script),
                to: output.temporary
            )
            try output.commit()
            return RenderedAudio(
                url: destination.path,
                sampleRate: engine.sampleRate,
                frameCount: spool.count,
                chapters: chapters,
                segmentStarts: starts
            )
        } catch {
            output.discard()
            throw error
        }
    }

    private func metadata(for script: Script) -> AudioMetadata {
        AudioMetadata(
            title: script.article.headline,
            artist: script.article.byline,
            date: script.article.published?.description ?? OutputName.isoDate(Date()),
            software: BriefcastVersion.software
        )
    }
}
