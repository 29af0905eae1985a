import Speech

/// The engine a render speaks with, and what it is. With worker processes, their engine as the
/// first of them describes it: this process then never loads espeak-ng, nor the twenty-odd
/// libraries it brings (3 MiB, and time at start). Without workers — or when the first cannot
/// describe its engine, so that the error is this process's own — this process's engine.
public struct SpeakingEngine {
    public let synthesizer: any Synthesizer
    public let description: EngineDescription

    public init(workers: WorkerPool?) throws(SpeechError) {
        try self.init(described: workers?.engineDescription())
    }

    /// The workers' engine as `described` by the first of them, or, with no description, this
    /// process's own.
    public init(described: EngineDescription?) throws(SpeechError) {
        if let described {
            synthesizer = WorkersEngine(described)
            description = described
        } else {
            let engine = try SpeechEngine.shared()
            synthesizer = engine
            description = engine.describe()
        }
    }
}
