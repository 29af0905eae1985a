import ArgumentParser
import Scripting

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Find the direct quotations in paragraphs and who said them.",
        discussion: """
            Reads JSON lines {"text": paragraph} on standard input and prints one \
            {"quotes": [{"text", "speaker"}]} per line.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl
    }

    @Option(help: "Input and output format (jsonl).")
    var format: Format = .jsonl

    func run() throws {
        try JSONLines.map { (request: TextRequest) in QuotesResponse(quotes: QuoteFinder.quotes(in: request.text)) }
    }
}

struct QuotesResponse: Encodable {
    var quotes: [QuoteFinder.Found]
}
