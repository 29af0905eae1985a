import ArgumentParser
import Rendering

@main
struct Briefcast: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefcast",
        abstract: "Turns news articles into spoken audio with chapter markers, offline.",
        discussion: """
            Reads an article (text pasted from a browser), writes the script a newsreader would \
            read — headline, summary, byline, body, with every quote cued and read in its \
            speaker's own voice — speaks it with espeak-ng and writes one WAV with chapters.
            """,
        version: BriefcastVersion.number,
        subcommands: [
            ArticleCommand.self, DailyCommand.self, InitCommand.self, ScriptCommand.self, ExtractCommand.self,
            ExplainCommand.self, NormalizeCommand.self,
            SentencesCommand.self,
            QuotesCommand.self, FeedCommand.self, ChaptersCommand.self, InfoCommand.self, VoicesCommand.self,
            CacheCommand.self, WorkerCommand.self,
        ]
    )

    /// A worker process goes straight to its work: it is started with fixed arguments, by
    /// `article` and `daily`, and building the whole command tree would cost each one a few
    /// milliseconds of a start the render waits for.
    static func main() {
        if let describing = WorkerCommand.describing(Array(CommandLine.arguments.dropFirst())) {
            WorkerCommand.work(describing: describing)
        }
        main(nil)
    }
}
