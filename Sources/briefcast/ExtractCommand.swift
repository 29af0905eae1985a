import ArgumentParser
import Foundation
import Rendering

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Show what was read from an input: headline, byline, date, standfirst and body.",
        discussion: """
            json prints {"title", "byline", "published", "description", "text"} with the body \
            paragraphs separated by blank lines; text prints the same for reading.
            """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: text or json.")
    var format: PrintFormat = .text

    func run() throws {
        let article = try ArticleLoader.load(input.input, format: input.format)
        let body = article.paragraphs.joined(separator: "\n\n")
        switch format {
        case .json:
            let object: [String: Any] = [
                "title": article.headline,
                "byline": article.byline ?? NSNull(),
                "published": article.published?.description ?? NSNull(),
                "description": article.dek ?? NSNull(),
                "text": body,
                "language": article.language ?? NSNull(),
            ]
            let data = try JSONSerialization.data(
                withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
        case .text:
            print("Title:       \(article.headline)")
            print("Byline:      \(article.byline ?? "–")")
            print("Published:   \(article.published?.description ?? "–")")
            print("Description: \(article.dek ?? "–")")
            print("Language:    \(article.language ?? "–")")
            print("\n\(body)")
        }
    }
}
