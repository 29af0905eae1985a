import Speech

/// A stand-in engine: every scalar of text becomes ten samples, so every length is known.
final class ToneSynthesizer: Synthesizer {
    let sampleRate = 22_050
    let version = "tone"
    static let samplesPerScalar = 10
    private(set) var spoken: [(text: String, voice: String)] = []

    func speak(_ text: String, as profile: VoiceProfile, lexicon: Lexicon, into sink: any SampleSink) throws
        -> Utterance
    {
        spoken.append((text, profile.engineVoiceName))
        let samples = [Int16](repeating: 1000, count: text.unicodeScalars.count * Self.samplesPerScalar)
        try samples.withUnsafeBufferPointer { try sink.write($0) }
        return Utterance(sampleCount: samples.count, words: [])
    }
}
