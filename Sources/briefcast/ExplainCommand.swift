import ArgumentParser
import Rendering
import Speech

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show, word by word, what will be said and the engine's phonemes.",
        discussion: """
            The tool for a word that sounds wrong: the text as written, as it will be spoken, \
            any lexicon entry, and espeak-ng's phonemes — which can be copied into the lexicon \
            as `word = [[phonemes]]` and edited.
            """
    )

    @Argument(help: "The text to explain.")
    var text: [String]

    @Option(help: "The voice profile role to use: narrator, headline or quote.")
    var role: VoiceProfile.Role = .narrator

    @OptionGroup var voices: VoicesOptions

    func run() throws {
        let library = try voices.load()
        let profile =
            switch role {
            case .narrator: library.narrator
            case .headline: library.headline
            case .quote: library.quote
            case .speaker: library.speakers[0]
            }
        let written = text.joined(separator: " ")
        let (spoken, words) = try WordExplanation.explain(
            written,
            engine: SpeechEngine.shared(),
            voice: profile,
            lexicon: voices.lexicon()
        )
        print("written:  \(written)")
        print("spoken:   \(spoken)")
        print("voice:    \(profile.name) (\(profile.engineVoiceName))\n")
        let width = max(12, (words.map(\.word.count).max() ?? 0) + 2)
        let entryWidth = max(10, (words.compactMap { $0.lexiconEntry?.count }.max() ?? 0) + 2)
        print("word".padded(to: width) + "lexicon".padded(to: entryWidth) + "phonemes")
        for word in words {
            print(word.word.padded(to: width) + (word.lexiconEntry ?? "–").padded(to: entryWidth) + word.phonemes)
        }
    }
}

extension VoiceProfile.Role: ExpressibleByArgument {}
