/// What an installed engine is, as far as a render needs to know without speaking: described by
/// this process's engine, or by a worker process that loaded it.
public struct EngineDescription: Codable, Equatable, Sendable {
    /// The library's version ("1.51").
    public var version: String
    public var sampleRate: Int
    /// Every voice and variant (see ``SpeechEngine/voices()``).
    public var voices: [EngineVoice]

    public init(version: String, sampleRate: Int, voices: [EngineVoice]) {
        self.version = version
        self.sampleRate = sampleRate
        self.voices = voices
    }
}
