/// Where a render's spoken segments come from, by segment index: the cache, or the workers
/// (arriving while the output is stitched). Nil from ``audio(for:)`` leaves the segment to the
/// renderer to speak itself.
struct SegmentSource {
    var keys: [Int: String] = [:]
    var cached: [Int: SpokenAudio] = [:]
    var pending: PendingAudio?
    /// Cache entries found damaged (and removed): their segments are spoken again.
    var damagedEntries = 0

    /// The segment's audio; an error when its workers could not speak it.
    func audio(for index: Int) throws(WorkerFailure) -> SpokenAudio? {
        if let audio = cached[index] { return audio }
        return try pending?.take(index)
    }
}
