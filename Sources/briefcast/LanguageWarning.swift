import ArticleReading
import Foundation
import Speech

/// Tells the user, on standard error, when an article is not in English and which voice will
/// read it.
enum LanguageWarning {
    /// Warns about `article` from `input`; returns the engine voice to read it with, if any.
    @discardableResult
    static func check(_ article: Article, from input: String, voices: [EngineVoice]?) -> String? {
        guard !article.isEnglish, let language = article.language else { return nil }
        let voice = voices.flatMap { VoiceLibrary.engineVoice(for: language, among: $0) }
        let plan =
            switch (voices, voice) {
            case (nil, _): "the English text rules will mispronounce it"
            case (_, let voice?): "reading it with the espeak-ng voice \(voice.identifier)"
            case (_, nil): "espeak-ng has no voice for it, so the English voices will read it"
            }
        FileHandle.standardError.write(
            Data("warning: \(input): the page is in \(language), not English; \(plan)\n".utf8))
        return voice?.identifier
    }
}
