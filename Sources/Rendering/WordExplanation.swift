import Foundation
import Scripting
import Speech

/// What happens to one spoken word on its way to the engine, for `briefcast explain`.
public struct WordExplanation: Equatable, Sendable {
    /// The word as it stands in the spoken (normalised) text.
    public var word: String
    /// The lexicon's respelling or phonemes for it, if it has an entry.
    public var lexiconEntry: String?
    /// The engine's phonemes for what it will actually read.
    public var phonemes: String

    /// The spoken form of `written`, and each of its words explained.
    public static func explain(
        _ written: String,
        engine: SpeechEngine,
        voice: VoiceProfile,
        lexicon: Lexicon
    ) throws -> (spoken: String, words: [WordExplanation]) {
        let spoken = TextNormalizer.spoken(written)
        let words = spoken.split { $0.isWhitespace }.map { token in
            token.trimmingCharacters(in: .punctuationCharacters.union(.symbols))
        }.filter { !$0.isEmpty }
        let explained = try words.map { word -> WordExplanation in
            let entry = lexicon.entry(for: Substring(word))
            let said = entry?.saying ?? word
            let phonemes =
                entry?.isPhonemes == true
                ? String(said.dropFirst(2).dropLast(2)) : try engine.phonemes(for: said, as: voice)
            return WordExplanation(word: word, lexiconEntry: entry?.saying, phonemes: phonemes)
        }
        return (spoken, explained)
    }
}
