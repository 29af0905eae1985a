import Rendering
import Scripting

/// What one `briefcast daily` run does beyond its config.
public struct DailyOptions: Equatable, Sendable {
    /// Read stories earlier briefings already read.
    public var includeSeen = false
    /// Keep an earlier briefing of the same day (`briefing-…-2.wav`) instead of replacing it.
    public var keepEarlier = false
    /// Print the script; write nothing.
    public var dryRun = false
    /// Overrides the config's.
    public var minutes: Double?
    public var depth: StoryDepth?
    /// Worker processes to speak in parallel; nil speaks in this process.
    public var workers: SynthesisWorkers?
    /// Spoken segments kept between runs; nil speaks everything afresh.
    public var cache: SegmentCache?
    /// Pages read by earlier runs; nil reads every page afresh.
    public var readings: ReadingCache?

    public init() {}
}
