import DailyBriefing
import Foundation
import Logging
import TestSupport
import Testing

/// A folder source: its files are read several at a time, and taken in name order up to the
/// source's limit — an unreadable file reported, a feed giving what room is left, and the files
/// past the limit neither read into the briefing nor reported.
@Suite struct SourceGathererTests {
    static func folder() throws -> URL {
        let folder = try TestFolder.make("gather")
        func article(_ headline: String) -> String {
            "\(headline)\n\nThe council met on Tuesday to discuss the \(headline.lowercased()) plan. "
                + "Members said the work would begin next spring and take two years to finish.\n"
        }
        let items = ["One", "Two", "Three"].map { number in
            "<item><title>Wire story \(number)</title><description>\(article("Wire story \(number)"))</description></item>"
        }
        let files = [
            "01-alpha.txt": article("Alpha bridge"),
            "02-empty.txt": "  \n\n",
            "03-wire.xml": "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test Wire</title>"
                + items.joined() + "</channel></rss>",
            "04-delta.txt": article("Delta library"),
            "05-echo.md": "# Echo park\n\n" + article("Echo park").split(separator: "\n", maxSplits: 2)[1],
            "06-notes.pdf": "not an article",
        ]
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    @Test(
        "stories in name order up to the limit; only the files reached are reported",
        arguments: [
            (2, ["Alpha bridge", "Wire story One"]),
            (4, ["Alpha bridge", "Wire story One", "Wire story Two", "Wire story Three"]),
            (
                9,
                ["Alpha bridge", "Wire story One", "Wire story Two", "Wire story Three", "Delta library", "Echo park"]
            ),
        ])
    func nameOrder(limit: Int, headlines: [String]) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gatherer = SourceGatherer(perSource: limit, logger: Logger(label: "test"))
        let (stories, failures) = gatherer.gather([SourceSpec(location: folder.path)])
        #expect(stories.map(\.article.headline) == headlines)
        #expect(failures.map { URL(fileURLWithPath: $0.location).lastPathComponent } == ["02-empty.txt"])
    }
}
