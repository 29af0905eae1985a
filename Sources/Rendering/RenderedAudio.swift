import AudioFiles

/// A finished render: where it is and its timeline.
public struct RenderedAudio: Equatable, Sendable {
    public var url: String
    public var sampleRate: Int
    public var frameCount: Int
    public var chapters: [Chapter]
    /// The first sample of each script segment, in script order.
    public var segmentStarts: [Int]
    /// Segment-cache entries found damaged on the way, removed and spoken again.
    public var damagedCacheEntries = 0

    public var duration: Double { Double(frameCount) / Double(sampleRate) }
}
