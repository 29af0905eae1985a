import Speech

/// The engine the worker processes speak with, as the first of them described it: what a
/// render needs to know of the engine, without loading it in this process. Should a segment be
/// left for this process to speak after all, this process's own engine is loaded then.
final class WorkersEngine: Synthesizer {
    let description: EngineDescription

    init(_ description: EngineDescription) {
        self.description = description
    }

    var sampleRate: Int { description.sampleRate }
    var version: String { description.version }

    func speak(_ text: String, as profile: VoiceProfile, lexicon: Lexicon, into sink: any SampleSink) throws
        -> Utterance
    {
        try SpeechEngine.shared().speak(text, as: profile, lexicon: lexicon, into: sink)
    }
}
