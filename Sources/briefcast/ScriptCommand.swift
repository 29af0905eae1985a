import ArgumentParser
import Rendering
import Scripting
import Speech

struct ScriptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "script",
        abstract: "Print the spoken script of an article without synthesising it.",
        discussion: """
            text: exactly the words that will be spoken, one segment to a paragraph. \
            json: the article as read and every segment with its kind, text, speaker, voice \
            and chapter.
            """
    )

    @OptionGroup var input: InputOptions

    @OptionGroup var scriptOptions: ScriptOptions

    @Option(help: "Output format: text or json.")
    var format: PrintFormat = .text

    func run() throws {
        let article = try ArticleLoader.load(input.input, format: input.format)
        // The engine (and its voice list) starts only for an article that needs another voice.
        if !article.isEnglish {
            LanguageWarning.check(article, from: input.input, voices: try? SpeechEngine.shared().voices())
        }
        let script = ScriptWriter.script(for: article, summarySentences: scriptOptions.summarySentences)
        switch format {
        case .text: print(script.spokenText, terminator: "")
        case .json: print(try script.jsonString(), terminator: "")
        }
    }
}
