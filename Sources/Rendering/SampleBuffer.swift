import Speech

/// A sink that keeps one segment's samples in memory: what a worker sends back, and what the
/// renderer speaks itself.
final class SampleBuffer: SampleSink {
    private(set) var samples: [Int16] = []

    func write(_ samples: UnsafeBufferPointer<Int16>) throws {
        self.samples.append(contentsOf: samples)
    }

    /// Empties the buffer for the next segment, keeping its memory: growing a fresh buffer for
    /// every segment touched new pages, each a page fault, for every sample twice over.
    func removeAll() {
        samples.removeAll(keepingCapacity: true)
    }
}
