/// Something that turns text into samples in a profile's voice: the espeak-ng engine, or a
/// stand-in in tests.
public protocol Synthesizer: AnyObject {
    var sampleRate: Int { get }
    /// The engine's version, which cached audio is keyed by.
    var version: String { get }
    /// Speaks `text`, saying the words in `lexicon` its way.
    func speak(_ text: String, as profile: VoiceProfile, lexicon: Lexicon, into sink: any SampleSink) throws
        -> Utterance
}

extension Synthesizer {
    public func speak(_ text: String, as profile: VoiceProfile, into sink: any SampleSink) throws -> Utterance {
        try speak(text, as: profile, lexicon: .empty, into: sink)
    }
}
