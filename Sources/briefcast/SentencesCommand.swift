import ArgumentParser
import Foundation
import Scripting

struct SentencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentences",
        abstract: "Split text into sentences, as the script is split.",
        discussion: """
            Reads standard input. jsonl: one JSON object {"text": …} per line in, one \
            {"sentences": […]} per line out. text: prose in, one sentence per line out.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, jsonl
    }

    @Option(help: "Input and output format: text or jsonl.")
    var format: Format = .text

    func run() throws {
        switch format {
        case .text:
            let text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            for sentence in SentenceSplitter.sentences(in: text) { print(sentence) }
        case .jsonl:
            try JSONLines.map { (request: TextRequest) in
                SentencesResponse(sentences: SentenceSplitter.sentences(in: request.text))
            }
        }
    }
}

struct TextRequest: Decodable {
    var text: String
}

struct SentencesResponse: Encodable {
    var sentences: [String]
}
