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
}
