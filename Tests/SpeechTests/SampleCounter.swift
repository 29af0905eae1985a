import Speech

/// A sink that keeps what it is given, to check what the engine produced.
final class SampleCounter: SampleSink {
    var samples: [Int16] = []

    func write(_ samples: UnsafeBufferPointer<Int16>) throws {
        self.samples.append(contentsOf: samples)
    }
}
