import AudioFiles

/// A finished render: where it is and its timeline.
public struct RenderedAudio: Equatable, Sendable {
    public var url: String
    public var sampleRate: Int
    public var frameCount: Int
    public var chapters: [Chapter]
    /// The first sample of each script segment, in script order.
    public var segmentStarts: [Int]

    public var duration: Double { Double(frameCount) / Double(sampleRate) }
}
