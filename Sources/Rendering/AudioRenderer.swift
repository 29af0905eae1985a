import AudioFiles
import Foundation
import Scripting
import Speech

/// Speaks a script (an article's or a briefing's) segment by segment into one audio file with a
/// chapter at every segment that starts one, and writes its chapters JSON and transcript beside
/// it. Segments come from the cache, from worker processes speaking in parallel, or from the
/// engine in this process, and are stitched into the output in script order as they come (see
/// ``StitchedAudio``); only a bounded few wait in memory for their turn (``PendingAudio``), so
/// memory does not grow with the script. The file is written beside its destination and
/// renamed into place when whole.
public struct AudioRenderer {
    public let engine: any Synthesizer
    public let voices: VoiceLibrary
    public let lexicon: Lexicon
    /// The integrated loudness to bring the audio to, in LUFS measured as dual mono (−16 is the
    /// podcast norm, −19 LUFS as plain mono); nil leaves the engine's level alone.
    public let loudness: Double?
    /// WAV, MP3 or Ogg Opus.
    public let format: AudioFormat
    /// Also write SubRip subtitles (`NAME.srt`) beside the WebVTT transcript.
    public var subtitles = false
    /// Spoken segments kept between runs; nil speaks everything afresh.
    public var cache: SegmentCache?
    /// Worker processes, started, to speak in parallel; nil speaks in this process.
    public var workers: WorkerPool?
    /// The true-peak ceiling, dBTP.
    public static let truePeakCeiling = -1.0

    public init(
        engine: any Synthesizer, voices: VoiceLibrary, lexicon: Lexicon = .empty, loudness: Double? = -16,
        format: AudioFormat = .wav
    ) {
        self.engine = engine
        self.voices = voices
        self.lexicon = lexicon
        self.loudness = loudness
        self.format = format
    }

    public func render(_ script: Script, to destination: URL) throws -> RenderedAudio {
        try render(script.segments, metadata: Self.metadata(for: script), to: destination)
    }

    public func render(
        _ briefing: Briefing, on date: Date, to destination: URL, progress: ((Int, Int) -> Void)? = nil
    ) throws -> RenderedAudio {
        let metadata = AudioMetadata(
            title: briefing.title, artist: nil, date: OutputName.isoDate(date), software: BriefcastVersion.software)
        return try render(briefing.segments, metadata: metadata, to: destination, progress: progress)
    }

    /// `progress`, when given, hears how many of the segments are done after each.
    public func render(
        _ segments: [Segment], metadata: AudioMetadata, to destination: URL, progress: ((Int, Int) -> Void)? = nil
    ) throws -> RenderedAudio {
        let casting = VoiceCasting(segments: segments, library: voices)
        // With the cache on, an unchanged output made before is reused whole.
        let key = cache.map { _ in renderKey(segments, casting: casting, metadata: metadata) }
        var sidecars = [Sidecars.chaptersURL(for: destination), Sidecars.transcriptURL(for: destination)]
        if subtitles { sidecars.append(Sidecars.subtitlesURL(for: destination)) }
        if let key, let earlier = RenderRecord.reusable(key: key, destination: destination, sidecars: sidecars) {
            progress?(segments.count, segments.count)
            return earlier
        }
        let output = OutputFile(destination)
        var sidecarFiles: [OutputFile] = []
        let folder = destination.deletingLastPathComponent()
        do {
            try output.prepare()
            // Without a loudness target nothing is measured.
            let meter = loudness.map { _ in LoudnessMeter(sampleRate: engine.sampleRate) }
            // A WAV is written as the segments come, and its gain applied in place at the end;
            // the encoders read a scratch copy through once its loudness is known.
            let stitched = StitchedAudio(
                into: format == .wav
                    ? .wav(
                        try WAVWriter(
                            url: output.temporary, sampleRate: engine.sampleRate,
                            chapterLabels: segments.compactMap(\.chapter), metadata: metadata))
                    : .scratch(try PCMFile(PCMFile.temporaryURL(in: folder, for: "stitched"))),
                meter: meter, sampleRate: engine.sampleRate)
            defer { if case .scratch(let file) = stitched.destination { file.remove() } }
            let source = try source(segments, casting: casting)
            var chapters: [Chapter] = []
            var starts: [Int] = []
            var cues: [TranscriptCue] = []
            for (index, segment) in segments.enumerated() {
                defer { progress?(index + 1, segments.count) }
                let start = stitched.count
                starts.append(start)
                if let label = segment.chapter {
                    chapters.append(Chapter(label: label, sample: start, url: segment.link))
                }
                switch segment.kind {
                case .pause:
                    try stitched.appendSilence(samples: Int((segment.seconds * Double(engine.sampleRate)).rounded()))
                case .tone:
                    try stitched.appendTone(seconds: segment.seconds)
                default:
                    let utterance: Utterance
                    if let audio = try source?.audio(for: index) {
                        // Spoken afresh by a worker: kept for the next run (one that cannot be
                        // stored is simply spoken again then).
                        if let cache, source?.cached[index] == nil, let key = source?.keys[index] {
                            try? cache.store(audio, for: key)
                        }
                        try stitched.append(audio)
                        utterance = audio.utterance
                    } else {
                        // What neither the cache nor a worker has is spoken here, now: straight
                        // into the output, or through memory when it is to be cached too.
                        let profile = casting.profile(for: segment.voice, in: voices)
                        if let cache, let key = source?.keys[index] {
                            let buffer = SampleBuffer()
                            utterance = try engine.speak(segment.text, as: profile, lexicon: lexicon, into: buffer)
                            let audio = SpokenAudio(samples: .memory(buffer.samples), utterance: utterance)
                            try? cache.store(audio, for: key)
                            try stitched.append(audio)
                        } else {
                            utterance = try engine.speak(segment.text, as: profile, lexicon: lexicon, into: stitched)
                        }
                    }
                    cues += Self.sentenceCues(segment, utterance: utterance, start: start)
                }
            }
            let gain = loudness.flatMap { target in meter.map { $0.gain(toward: target) } } ?? 0
            switch stitched.destination {
            case .wav(let writer):
                try writer.finish(chapterSamples: chapters.map(\.sample), gain: gain, ceiling: Self.truePeakCeiling)
            case .scratch(let file):
                try file.flush()
                // Lossy codecs overshoot the peaks they are given; Opus by most, so it gets more room.
                let ceiling = Self.truePeakCeiling - (format == .opus ? 1.5 : 0.3)
                try EncodedAudioWriter.write(
                    file, sampleRate: engine.sampleRate, format: format, chapters: chapters, metadata: metadata,
                    gain: gain, ceiling: ceiling, to: output.temporary)
                // The encoder's band limit takes some loudness with it: measured on the decoded file
                // and, when it missed by more than a quarter LU, made up — by Opus's own output gain,
                // as far as the decoded peaks allow (the gain raises them too: some articles came out
                // at −0.3 dBTP), or by encoding the MP3 once more.
                let decoded = try loudness.map { _ in
                    try AudioFileInfo.loudness(of: output.temporary, truePeak: format == .opus)
                }
                if let target = loudness, let heard = decoded?.integrated, abs(target - heard) > 0.25 {
                    if format == .opus {
                        // (0.3 dB under the ceiling: ffmpeg's true-peak meter, which interpolates
                        // otherwise, read one render 0.2 dB above what the ceiling less 0.1 allowed.)
                        let room = decoded?.truePeak.map { Self.truePeakCeiling - 0.3 - $0 } ?? 0
                        try OggOpusHeaders.setOutputGain(min(target - heard, room), in: output.temporary)
                    } else {
                        try EncodedAudioWriter.write(
                            file, sampleRate: engine.sampleRate, format: format, chapters: chapters,
                            metadata: metadata, gain: gain + target - heard, ceiling: ceiling, to: output.temporary)
                    }
                }
            }
            // The sidecars are written whole before anything is renamed into place, so a full
            // disk leaves the old set as it was; then the renames, which need no space.
            let chaptersFile = OutputFile(Sidecars.chaptersURL(for: destination))
            let transcriptFile = OutputFile(Sidecars.transcriptURL(for: destination))
            let subtitlesFile = subtitles ? OutputFile(Sidecars.subtitlesURL(for: destination)) : nil
            sidecarFiles = [chaptersFile, transcriptFile] + (subtitlesFile.map { [$0] } ?? [])
            try Sidecars.writeChapters(chapters, sampleRate: engine.sampleRate, to: chaptersFile.temporary)
            try Sidecars.writeTranscript(cues, sampleRate: engine.sampleRate, to: transcriptFile.temporary)
            if let subtitlesFile {
                try Sidecars.writeSubtitles(cues, sampleRate: engine.sampleRate, to: subtitlesFile.temporary)
            }
            try output.commit()
            for file in sidecarFiles { try file.commit() }
            let rendered = RenderedAudio(
                url: destination.path,
                sampleRate: engine.sampleRate,
                frameCount: stitched.count,
                chapters: chapters,
                segmentStarts: starts,
                damagedCacheEntries: source?.damagedEntries ?? 0
            )
            if let key { RenderRecord.save(rendered, key: key, destination: destination) }
            return rendered
        } catch {
            workers?.stop()
            output.discard()
            for file in sidecarFiles { file.discard() }
            if var failure = error as? WorkerFailure {
                failure.destination = destination.path
                throw failure
            }
            throw AudioFileError.writing(destination, error)
        }
    }

    /// Where the spoken segments' audio comes from: the cache, then the workers (as they
    /// finish); what neither has, the renderer speaks itself. Nil when there is neither cache
    /// nor workers.
    private func source(_ segments: [Segment], casting: VoiceCasting) throws -> SegmentSource? {
        guard cache != nil || workers != nil else { return nil }
        let jobs = segments.indices.filter { segments[$0].isSpoken }.map { index in
            SynthesisWorkers.Job(
                index: index, text: segments[index].text,
                profile: casting.profile(for: segments[index].voice, in: voices))
        }
        let version = engine.version
        var source = SegmentSource()
        for job in jobs {
            source.keys[job.index] = SegmentCache.key(
                text: job.text, profile: job.profile, lexicon: lexicon, engineVersion: version)
        }
        if let cache {
            for job in jobs {
                switch source.keys[job.index].map(cache.lookUp) {
                case .found(let audio): source.cached[job.index] = audio
                case .damaged: source.damagedEntries += 1
                case .missing, nil: break
                }
            }
        }
        let missing = jobs.filter { source.cached[$0.index] == nil }
        if let workers, !missing.isEmpty {
            source.pending = workers.speak(missing, lexicon: lexicon)
        }
        return source
    }

    /// A hash of everything that shapes the output: every segment with its voice, the lexicon,
    /// the format and loudness, the tags, the engine's and this program's versions.
    private func renderKey(_ segments: [Segment], casting: VoiceCasting, metadata: AudioMetadata) -> String {
        var parts = [
            BriefcastVersion.software, engine.version, format.rawValue, loudness.map { "\($0)" } ?? "-",
            metadata.title ?? "", metadata.artist ?? "", metadata.date ?? "", metadata.comment ?? "",
        ]
        for entry in lexicon.entries { parts += [entry.word, entry.saying] }
        for segment in segments {
            let profile = casting.profile(for: segment.voice, in: voices)
            parts += [
                segment.kind.rawValue, segment.text, "\(segment.seconds)", segment.chapter ?? "", segment.link ?? "",
                profile.voice, profile.variant ?? "", "\(profile.rate)", "\(profile.pitch)",
            ]
        }
        return FNV1a.hex(parts.joined(separator: "\u{1F}"))
    }

    /// One cue per sentence of a spoken segment, starting at the engine's first word event in
    /// the sentence and ending where the next begins (or the segment ends).
    static func sentenceCues(_ segment: Segment, utterance: Utterance, start: Int) -> [TranscriptCue] {
        let text = segment.text
        var searchFrom = text.startIndex
        var timed: [(offset: Int, sentence: String)] = []
        for sentence in SentenceSplitter.sentences(in: text) {
            let found = text.range(of: sentence, range: searchFrom..<text.endIndex)
            let position = found?.lowerBound ?? searchFrom
            timed.append((text.unicodeScalars.distance(from: text.startIndex, to: position), sentence))
            searchFrom = found?.upperBound ?? searchFrom
        }
        let end = start + utterance.sampleCount
        let starts = timed.map { sentence in
            start + (utterance.words.first { $0.textOffset >= sentence.offset }?.sample ?? utterance.sampleCount)
        }
        let voice = segment.kind == .quote ? segment.speaker : nil
        return timed.indices.map { index in
            let cueStart = index == 0 ? start : min(starts[index], end)
            let cueEnd = index + 1 < starts.count ? min(max(starts[index + 1], cueStart), end) : end
            return TranscriptCue(start: cueStart, end: cueEnd, text: timed[index].sentence, voice: voice)
        }
    }

    private static func metadata(for script: Script) -> AudioMetadata {
        AudioMetadata(
            title: script.article.headline,
            artist: script.article.byline,
            date: script.article.published?.description ?? OutputName.isoDate(Date()),
            software: BriefcastVersion.software
        )
    }
}
