import ArgumentParser
import ArticleReading
import AudioFiles
import DailyBriefing
import Rendering
import Foundation
import Scripting

struct DailyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "daily",
        abstract: "Make today's briefing: the new stories from your sources in one chaptered WAV, plus a podcast feed.",
        discussion: """
            A SOURCE is a folder of article files (.txt, .html, .md), an article file or URL, or an \
            RSS/Atom feed (file or URL). Without sources the config's are read; without --config, \
            \(BriefingConfig.defaultLocationDescription) when it exists (`briefcast init` writes one).

            Writes OUTPUT/briefing-<yyyy-mm-dd>.wav with its .chapters.json and .vtt, and refreshes \
            OUTPUT/feed.xml. Stories in earlier briefings are skipped (a state file in OUTPUT \
            remembers them). Safe from cron: a lock keeps runs apart, and every file is renamed \
            into place only when whole.

            Exit status:
            \(DailyExitCode.allCases.map { "  \($0.rawValue)  \($0.meaning)" }.joined(separator: "\n"))
            Stopped by Ctrl-C or kill, it removes its temporary files and ends by that signal \
            (130 or 143 in a shell).
            """
    )

    @Argument(
        help: ArgumentHelp("Folders, files, URLs or feeds to read (instead of the config's).", valueName: "source"))
    var sources: [String] = []

    @Option(help: ArgumentHelp("The config file.", valueName: "file"))
    var config: String?

    @Option(
        name: .customLong("output-dir"),
        help: ArgumentHelp("Where to write (default: the config's, else Output).", valueName: "dir"))
    var outputDirectory: String?

    @Option(help: "How deep to read each story: headlines, summary or full (default: the config's, else full).")
    var depth: StoryDepth?

    @Option(help: "Fit the briefing to about this many minutes, reading the top stories deeper.")
    var minutes: Double?

    @Option(help: ArgumentHelp("The day the briefing is for, yyyy-mm-dd (default: today).", valueName: "date"))
    var date: String?

    @OptionGroup var sound: SoundOptions

    @Flag(help: "A chime before each story, and at the start and the end.")
    var tones = false

    @Flag(name: .customLong("include-seen"), help: "Read stories that earlier briefings already read.")
    var includeSeen = false

    @Flag(help: "Keep an earlier briefing of the same day (briefing-<date>-2.wav) instead of replacing it.")
    var suffix = false

    @Flag(
        name: .customLong("dry-run"), help: "Print the briefing's script (exactly what would be spoken); write nothing."
    )
    var dryRun = false

    @Option(help: "With --dry-run: text or json.")
    var format: PrintFormat = .text

    @Flag(name: .shortAndLong, help: "Log every step, even when not on a terminal.")
    var verbose = false

    @OptionGroup var voices: VoicesOptions

    @OptionGroup var speed: SpeedOptions

    func validate() throws {
        if let minutes, !(1...600).contains(minutes) { throw ValidationError("--minutes must be between 1 and 600") }
        if let date, Self.morning(of: date) == nil { throw ValidationError("--date must be a day as yyyy-mm-dd") }
    }

    func run() throws {
        Interruption.handle()
        let logger = StandardErrorLog.logger(verbose: verbose)
        let settings: BriefingConfig
        do {
            settings = try briefingConfig()
        } catch {
            Self.fail(error, code: .configError)
        }
        var options = DailyOptions()
        options.includeSeen = includeSeen
        options.keepEarlier = suffix
        options.dryRun = dryRun
        options.minutes = minutes
        options.depth = depth
        options.workers = speed.synthesisWorkers
        options.cache = speed.cache
        options.readings = speed.readings
        let bar = dryRun || verbose ? nil : ProgressBar.onTerminal(label: "Speaking")
        let outcome: DailyOutcome
        do {
            outcome = try DailyRun(
                config: settings, options: options, logger: logger, now: date.flatMap(Self.morning) ?? Date(),
                progress: bar?.update
            )
            .run()
        } catch let error as DailyError {
            bar?.finish()
            if case .lockHeld = error { Self.fail(error, code: .lockHeld) }
            Self.fail(error, code: .noBriefing)
        } catch {
            bar?.finish()
            Self.fail(error, code: .noBriefing)
        }
        switch outcome {
        case .made(_, let audio, _): print(audio.url)
        case .planned(let briefing, _):
            print(format == .json ? try briefing.jsonString() : briefing.spokenText, terminator: "")
        case .nothingNew: break
        }
        if outcome.exitCode != .success { throw ExitCode(outcome.exitCode.rawValue) }
    }

    /// The config file's settings (or the defaults), with the command line's on top.
    private func briefingConfig() throws -> BriefingConfig {
        let defaultFile = BriefingConfig.defaultLocation()
        var settings: BriefingConfig
        if let config {
            settings = try ConfigFile.load(URL(fileURLWithPath: config))
        } else if FileManager.default.fileExists(atPath: defaultFile.path) {
            settings = try ConfigFile.load(defaultFile)
        } else {
            settings = BriefingConfig()
        }
        if !sources.isEmpty {
            settings.sources = sources.map { SourceSpec(location: Self.absolute($0)) }
        }
        if let outputDirectory { settings.outputFolder = URL(fileURLWithPath: outputDirectory) }
        if let audioFormat = sound.audioFormat { settings.audioFormat = audioFormat }
        if let rate = sound.rate { settings.rate = rate }
        if tones { settings.tones = true }
        if sound.srt { settings.subtitles = true }
        if let directory = voices.directory { settings.voicesFolder = directory }
        settings.lexicons += voices.lexicons
        guard !settings.sources.isEmpty else {
            throw DailyError.noSources(
                hint:
                    "give them as arguments, or list them under `sources:` in \(config ?? defaultFile.path) (`briefcast init` writes an example)"
            )
        }
        return settings
    }

    /// Seven in the morning, local time, of a yyyy-mm-dd day.
    static func morning(of day: String) -> Date? {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, day.count == 10 else { return nil }
        let components = DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: 7)
        guard components.isValidDate(in: Calendar.current) else { return nil }
        return Calendar.current.date(from: components)
    }

    private static func absolute(_ location: String) -> String {
        PageFetcher.isURL(location)
            ? location : URL(fileURLWithPath: location).standardizedFileURL.path
    }

    private static func fail(_ error: Error, code: DailyExitCode) -> Never {
        FileHandle.standardError.write(Data("Error: \(error.localizedDescription)\n".utf8))
        Self.exit(withError: ExitCode(code.rawValue))
    }
}

extension StoryDepth: ExpressibleByArgument {}
