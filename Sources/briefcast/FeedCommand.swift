import ArgumentParser
import ArticleReading
import Foundation

struct FeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feed",
        abstract: "Show what Briefcast reads from an RSS or Atom feed.",
        discussion: """
            json prints {"title", "items": [{"title", "link", "published"}]} in document order, \
            dates as ISO 8601 in UTC; text lists the items for reading.
            """
    )

    @Argument(help: ArgumentHelp("The feed: a file, an http(s) URL, or - for standard input.", valueName: "feed"))
    var feed: String

    @Option(help: "Output format: text or json.")
    var format: PrintFormat = .text

    func run() throws {
        let data: Data
        let name: String
        if PageFetcher.isURL(feed) {
            (data, name) = (try PageFetcher().fetch(feed), feed)
        } else {
            (data, name) = try ArticleText.bytes(of: feed)
        }
        let read = try FeedReader.read(data, name: name)
        let dates = ISO8601DateFormatter()
        switch format {
        case .json:
            let object: [String: Any] = [
                "title": read.title ?? NSNull(),
                "items": read.items.map { item -> [String: Any] in
                    [
                        "title": item.title ?? NSNull(), "link": item.link ?? NSNull(),
                        "published": item.published.map(dates.string(from:)) ?? NSNull(),
                    ]
                },
            ]
            let json = try JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            print(String(decoding: json, as: UTF8.self))
        case .text:
            print(read.title ?? "(untitled feed)")
            for item in read.items {
                let date = item.published.map(dates.string(from:)) ?? "–"
                print("\n\(date)  \(item.title ?? "(no title)")\n    \(item.link ?? "(no link)")")
            }
        }
    }
}
