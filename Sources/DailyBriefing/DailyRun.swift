import ArticleReading
import AudioFiles
import Foundation
import Logging
import Rendering
import Scripting
import Speech

/// One daily briefing, start to finish: lock the output folder, read the sources, keep the
/// stories that are new and not duplicates, write and speak the briefing, then publish it —
/// WAV and sidecars, podcast feed, state — each file renamed into place only when whole.
public struct DailyRun {
    public var config: BriefingConfig
    public var options: DailyOptions
    public var logger: Logger
    public var now: Date
    public var fetcher: PageFetcher
    /// Hears how many of the briefing's segments are spoken.
    public var progress: ((Int, Int) -> Void)?

    public init(
        config: BriefingConfig, options: DailyOptions = DailyOptions(), logger: Logger, now: Date = Date(),
        fetcher: PageFetcher = PageFetcher(), progress: ((Int, Int) -> Void)? = nil
    ) {
        self.config = config
        self.options = options
        self.logger = logger
        self.now = now
        self.fetcher = fetcher
        self.progress = progress
    }

    public func run() throws -> DailyOutcome {
        let started = Date()
        let folder = config.outputFolder
        var lock: RunLock?
        if !options.dryRun {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw AudioFileError.cannotCreate(path: folder.path, reason: "the output folder cannot be made")
            }
            lock = try RunLock(folder: folder)
            let removed = StaleTemporaries.remove(in: folder)
            if !removed.isEmpty { logger.info("removed \(removed.count) temporary files left by an interrupted run") }
        }
        defer { withExtendedLifetime(lock) {} }
        // Started now, they load while the sources are read.
        let workers = options.dryRun ? nil : try options.workers?.start()
        defer { workers?.finish() }
        var (state, problem) = BriefingState.load(from: folder)
        if let problem {
            state.briefings = recoveredBriefings(in: folder)
            logger.warning(
                """
                \(problem); rebuilt the list of \(state.briefings.count) briefings from the files in the folder \
                (stories already read may be read again)
                """)
        }

        let gatherer = SourceGatherer(
            fetcher: fetcher, perSource: config.perSource, logger: logger, seen: options.includeSeen ? nil : state,
            readings: options.readings)
        let (gathered, failures) = gatherer.gather(config.sources)
        if gathered.isEmpty && !failures.isEmpty { throw DailyError.allSourcesFailed(count: config.sources.count) }
        let stories = selected(gathered, state: state)
        guard !stories.isEmpty else {
            logger.notice("nothing new: every story was in an earlier briefing; \(folder.path) left as it was")
            return .nothingNew(failures: failures)
        }

        var library = try VoiceLibrary.load(from: VoicesFolder.locate(explicit: config.voicesFolder))
        if let rate = config.rate { library = library.atRate(rate) }
        var writer = BriefingWriter(
            wording: config.wording, summarySentences: config.summarySentences,
            wordsPerMinute: Double(library.narrator.rate))
        writer.tones = config.tones
        let depth = options.depth ?? config.depth
        let briefing = writer.write(
            stories.map { BriefingStory(article: $0.article, source: $0.source, url: $0.url, depth: depth) },
            on: now, minutes: options.minutes ?? config.minutes)
        for (number, story) in briefing.stories.enumerated() {
            logger.info("\(number + 1). \(story.article.headline) (\(story.depth.rawValue))")
        }
        if briefing.stories.count < stories.count {
            logger.notice(
                "\(stories.count - briefing.stories.count) stories left out to fit \(Self.minutes(briefing.plannedSeconds)) minutes"
            )
        }
        guard !options.dryRun else { return .planned(briefing, failures: failures) }

        let destination = folder.appendingPathComponent(fileName(in: folder))
        let engine = try SpeakingEngine(workers: workers)
        try library.check(against: engine.description.voices)
        let lexicon = try VoicesFolder.lexicon(in: URL(fileURLWithPath: library.directory), adding: config.lexicons)
        var renderer = AudioRenderer(
            engine: engine.synthesizer, voices: library, lexicon: lexicon, loudness: config.loudness,
            format: config.audioFormat)
        renderer.subtitles = config.subtitles
        renderer.workers = workers
        renderer.cache = options.cache
        let audio = try renderer.render(briefing, on: now, to: destination, progress: progress)
        if audio.damagedCacheEntries > 0 {
            logger.warning("\(audio.damagedCacheEntries) damaged segment-cache entries were removed and spoken again")
        }

        record(briefing, audio: audio, gathered: stories, in: &state)
        removeExpired(from: &state, in: folder)
        if config.podcast.enabled {
            try PodcastFeed(settings: config.podcast, folder: folder).write(state.briefings, built: now)
        }
        try state.save(to: folder)
        logger.notice(
            """
            \(destination.path): \(briefing.stories.count) \(briefing.stories.count == 1 ? "story" : "stories"), \
            \(Self.minutes(audio.duration)) minutes (planned \(Self.minutes(briefing.plannedSeconds))), \
            made in \(String(format: "%.1f", Date().timeIntervalSince(started))) s
            """)
        return .made(briefing, audio: audio, failures: failures)
    }

    /// The stories in priority order, each once, none an earlier briefing read (unless
    /// `--include-seen`), at most `max_stories`.
    func selected(_ stories: [GatheredStory], state: BriefingState) -> [GatheredStory] {
        var kept: [GatheredStory] = []
        var identities: [StoryIdentity] = []
        for story in stories {
            let identity = story.identity
            if let earlier = identities.firstIndex(where: { $0.isSameStory(as: identity) }) {
                logger.info("\(story.origin): the same story as “\(kept[earlier].article.headline)”; read once")
                continue
            }
            if !options.includeSeen && state.hasSeen(identity) {
                logger.debug("\(story.origin): already in an earlier briefing")
                continue
            }
            guard kept.count < config.maxStories else { break }
            kept.append(story)
            identities.append(identity)
        }
        return kept
    }

    /// `briefing-<date>.wav`, or with `--suffix` the first free `briefing-<date>-N.wav`.
    private func fileName(in folder: URL) -> String {
        let day = OutputName.isoDate(now)
        let plain = config.fileName(on: day)
        guard options.keepEarlier else { return plain }
        var name = plain
        var number = 2
        while FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path) {
            name = config.fileName(on: day, suffix: number)
            number += 1
        }
        return name
    }

    /// The briefings in `folder`, read back from the audio files themselves (their length and
    /// chapters), for a state file that was damaged: the podcast feed keeps its episodes.
    func recoveredBriefings(in folder: URL) -> [BriefingState.PublishedBriefing] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let pattern = NSRegularExpression.escapedPattern(for: config.fileName)
            .replacingOccurrences(of: "\\{date\\}", with: "(\\d{4}-\\d{2}-\\d{2})")
        guard
            let expression = try? NSRegularExpression(
                pattern: "^\(pattern)(?:-\\d+)?\\.\(config.audioFormat.fileExtension)$")
        else { return [] }
        return names.sorted().compactMap { name -> BriefingState.PublishedBriefing? in
            guard let match = expression.firstMatch(in: name, range: NSRange(name.startIndex..., in: name)) else {
                return nil
            }
            let url = folder.appendingPathComponent(name)
            guard let info = try? AudioFileInfo.read(url),
                let modified = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate]
                    as? Date
            else { return nil }
            // The day the name gives, else the day the file was made.
            let day = match.numberOfRanges > 1 ? Range(match.range(at: 1), in: name).map { String(name[$0]) } : nil
            let made = day.flatMap(Self.noon) ?? modified
            let headlines = info.chapters.compactMap { chapter -> String? in
                guard let match = chapter.title.firstMatch(of: /^\d+\. (.+)$/) else { return nil }
                return String(match.1)
            }
            return BriefingState.PublishedBriefing(
                file: name, title: "\(config.podcast.title) — \(Self.longDate(made))", date: made,
                seconds: info.duration, bytes: info.bytes, headlines: headlines,
                guid: "briefcast:\(name):\(Int(made.timeIntervalSince1970))")
        }
    }

    /// Noon (local time) of a `yyyy-mm-dd` day.
    static func noon(_ day: String) -> Date? {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return Calendar(identifier: .gregorian).date(
            from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: 12))
    }

    /// "Friday, November 27, 2026".
    static func longDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEEE, MMMM d, yyyy"
        return formatter.string(from: date)
    }

    /// Notes the briefing (replacing an earlier one of the same file) and its stories as seen.
    private func record(
        _ briefing: Briefing, audio: RenderedAudio, gathered: [GatheredStory], in state: inout BriefingState
    ) {
        let file = URL(fileURLWithPath: audio.url).lastPathComponent
        let bytes = (try? FileManager.default.attributesOfItem(atPath: audio.url)[.size] as? Int) ?? 0
        // The same file again (an unchanged briefing reused whole) keeps its GUID, so podcast
        // apps do not fetch it twice.
        let earlier = state.briefings.first { $0.file == file && $0.bytes == bytes && $0.seconds == audio.duration }
        state.briefings.removeAll { $0.file == file }
        state.briefings.append(
            BriefingState.PublishedBriefing(
                file: file,
                title: "\(config.podcast.title) — \(Self.longDate(now))",
                date: now,
                seconds: audio.duration,
                bytes: bytes,
                headlines: briefing.stories.map(\.article.headline),
                guid: earlier?.guid ?? "briefcast:\(file):\(Int(now.timeIntervalSince1970))"
            ))
        for story in briefing.stories {
            // The story's identity from when it was gathered (a briefing keeps stories in order,
            // leaving out the ones that do not fit).
            let identity =
                gathered.first { $0.url == story.url && $0.article == story.article }?.identity
                ?? StoryIdentity(article: story.article, url: story.url)
            // Read again (--include-seen): noted once, with its latest briefing.
            state.stories.removeAll {
                $0.fingerprint == identity.fingerprint || (identity.url != nil && $0.url == identity.url)
            }
            state.stories.append(
                BriefingState.SeenStory(
                    url: identity.url, fingerprint: identity.fingerprint, headline: story.article.headline,
                    briefing: file, date: now))
        }
    }

    /// Briefings older than `keep_days` go, with their sidecars and feed items; seen stories are
    /// remembered longer, so a feed that keeps an item for weeks does not bring it back.
    private func removeExpired(from state: inout BriefingState, in folder: URL) {
        let cutoff = now.addingTimeInterval(-Double(config.keepDays) * 86_400)
        for briefing in state.briefings where briefing.date < cutoff {
            let audio = folder.appendingPathComponent(briefing.file)
            let sidecars = [
                Sidecars.chaptersURL(for: audio), Sidecars.transcriptURL(for: audio), Sidecars.subtitlesURL(for: audio),
                RenderRecord.url(for: audio),
            ]
            for file in [audio] + sidecars {
                try? FileManager.default.removeItem(at: file)
            }
            logger.info("\(audio.path): older than \(config.keepDays) days; removed")
        }
        state.briefings.removeAll { $0.date < cutoff }
        let memory = now.addingTimeInterval(-Double(max(config.keepDays, BriefingState.minimumMemoryDays)) * 86_400)
        state.stories.removeAll { $0.date < memory }
    }

    static func minutes(_ seconds: Double) -> String {
        String(format: "%.1f", seconds / 60)
    }
}
