/// Something that turns text into samples in a profile's voice: the espeak-ng engine, or a
/// stand-in in tests.
public protocol Synthesizer: AnyObject {
    var sampleRate: Int { get }
    func speak(_ text: String, as profile: VoiceProfile, into sink: any SampleSink) throws -> Utterance
}
