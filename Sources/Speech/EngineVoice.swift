/// A voice the installed espeak-ng offers.
public struct EngineVoice: Codable, Equatable, Sendable {
    /// The name a profile uses: the voice's main language ("en-gb"), or a variant's name ("m3").
    public var identifier: String
    /// The engine's own voice file ("gmw/en"), which selection by name needs.
    public var file: String
    public var name: String
    public var languages: [String]
    /// "M", "F" or "-".
    public var gender: String
    public var isVariant: Bool
}
