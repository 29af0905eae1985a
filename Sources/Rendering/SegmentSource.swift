/// The spoken segments' audio for one render, by segment index: found in the cache, spoken
/// by the workers (arriving while the output is stitched), or spoken in this process.
struct SegmentSource {
    var keys: [Int: String] = [:]
    var cached: [Int: SpokenAudio] = [:]
    var pending: PendingAudio?
    var fresh: [Int: SpokenAudio] = [:]
    /// Cache entries found damaged (and removed): their segments are spoken again.
    var damagedEntries = 0

    /// The segment's audio; an error when its workers could not speak it.
    func audio(for index: Int) throws(WorkerFailure) -> SpokenAudio? {
        if let audio = cached[index] ?? fresh[index] { return audio }
        return try pending?.audio(for: index)
    }

    /// Keeps what was spoken afresh in the cache. A segment that cannot be stored is simply
    /// spoken again next time.
    func store(in cache: SegmentCache) {
        let spoken = fresh.merging(pending?.all() ?? [:]) { first, _ in first }
        for (index, audio) in spoken {
            if let key = keys[index] { try? cache.store(audio, for: key) }
        }
    }
}
