import AudioFiles
import Foundation
import Scripting

/// Everything a daily briefing run needs to know, from the config file or its defaults.
public struct BriefingConfig: Equatable, Sendable {
    public var sources: [SourceSpec] = []
    public var outputFolder = URL(fileURLWithPath: "Output")
    /// The briefing's file name without extension; `{date}` becomes yyyy-mm-dd.
    public var fileName = "briefing-{date}"
    public var wording = BriefingWording()
    /// Stories in one briefing, at most.
    public var maxStories = 10
    /// Stories taken from one source, at most (a source's own `limit` wins).
    public var perSource = 5
    /// Fit the briefing to about this many minutes.
    public var minutes: Double?
    /// How deep to read each story (the most, when fitting to `minutes`).
    public var depth = StoryDepth.full
    public var summarySentences = 2
    /// The voice profiles folder; nil finds the installed one.
    public var voicesFolder: String?
    /// Pronunciation lexicons added to the voices folder's own.
    public var lexicons: [String] = []
    /// WAV, MP3 or Ogg Opus.
    public var audioFormat = AudioFormat.wav
    /// The narrator's words per minute, other voices scaled alike; nil keeps the profiles' rates.
    public var rate: Int?
    /// A chime before the intro, each story and after the outro.
    public var tones = false
    /// SubRip subtitles (`NAME.srt`) beside the WebVTT transcript.
    public var subtitles = false
    /// Integrated loudness in LUFS (dual mono); nil keeps the engine's level.
    public var loudness: Double? = -16
    /// Briefings older than this many days are deleted, with their feed items.
    public var keepDays = 14
    public var podcast = PodcastSettings()

    public init() {}

    /// ``defaultLocation(environment:)`` in words, for help texts — which every command builds
    /// whenever any runs, so they do not read the environment and the user database for it.
    public static let defaultLocationDescription =
        "$XDG_CONFIG_HOME/briefcast/config.yml (~/.config/briefcast/config.yml without it)"

    /// `$XDG_CONFIG_HOME/briefcast/config.yml`, else `~/.config/briefcast/config.yml`.
    public static func defaultLocation(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let base =
            environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".config")
        return base.appendingPathComponent("briefcast/config.yml")
    }

    /// The briefing file name for `day` ("briefing-2026-11-27.wav").
    public func fileName(on day: String, suffix: Int? = nil) -> String {
        let stem = fileName.replacingOccurrences(of: "{date}", with: day)
        return stem + (suffix.map { "-\($0)" } ?? "") + "." + audioFormat.fileExtension
    }
}
