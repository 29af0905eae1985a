import ArticleReading
import Foundation
import Testing

/// Feeds written for these tests, each with a quirk real feeds have.
@Suite struct FeedReaderTests {
    static func iso(_ date: Date?) -> String? {
        date.map { ISO8601DateFormatter().string(from: $0) }
    }

    @Test("RSS 2.0 with a BOM, HTML entities, a bare ampersand and CDATA")
    func rss() throws {
        let xml =
            "\u{FEFF}" + """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Harbour News &amp; Views</title>
                <item><title>Ferry returns &ndash; at last</title><link>https://example.org/ferry</link>
                <pubDate>Thu, 20 Nov 2026 09:30:00 +0100</pubDate></item>
                <item><title><![CDATA[Bread & <b>butter</b> prices rise]]></title><link> https://example.org/bread </link>
                <dc:date xmlns:dc="http://purl.org/dc/elements/1.1/">2026-11-19T08:00:00Z</dc:date></item>
                <item><title>Fish &chips stall closes</title><guid>https://example.org/fish</guid></item>
                </channel></rss>
                """
        let feed = try FeedReader.read(Data(xml.utf8), name: "rss.xml")
        #expect(feed.title == "Harbour News & Views")
        #expect(
            feed.items.map(\.title) == [
                "Ferry returns – at last", "Bread & butter prices rise", "Fish &chips stall closes",
            ])
        #expect(
            feed.items.map(\.link) == [
                "https://example.org/ferry", "https://example.org/bread", "https://example.org/fish",
            ])
        #expect(feed.items.map { Self.iso($0.published) } == ["2026-11-20T08:30:00Z", "2026-11-19T08:00:00Z", nil])
    }

    @Test("Atom with xml:base resolves relative links; the alternate link wins")
    func atom() throws {
        let xml = """
            <?xml version="1.0"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://example.org/news/">
            <title type="html">Port &lt;i&gt;Daily&lt;/i&gt;</title>
            <entry><title>Bridge opens</title><link rel="self" href="/self/1"/><link rel="alternate" href="bridge.html"/>
            <updated>2026-11-18T10:00:00-05:00</updated></entry>
            </feed>
            """
        let feed = try FeedReader.read(Data(xml.utf8), name: "atom.xml")
        #expect(feed.title == "Port Daily")
        #expect(feed.items.first?.link == "https://example.org/news/bridge.html")
        #expect(Self.iso(feed.items.first?.published) == "2026-11-18T15:00:00Z")
    }

    @Test("an undeclared Windows-1252 feed, and one cut short, are still read")
    func encodingsAndTruncation() throws {
        var bytes = Array("<rss version=\"0.91\"><channel><title>Caf".utf8) + [0xE9]
        bytes += Array("</title><item><title>Na".utf8) + [0xEF] + Array("ve ".utf8) + [0x93, 0x71, 0x94]
        bytes += Array(
            "</title><link>https://example.org/a</link></item><item><title>Second</title><link>https://ex".utf8)
        let feed = try FeedReader.read(Data(bytes), name: "cut.xml")
        #expect(feed.title == "Café")
        #expect(feed.items.first?.title == "Naïve “q”")
        #expect(feed.items.count == 2)
    }

    @Test("RSS 1.0 (RDF) items sit beside the channel")
    func rdf() throws {
        let xml = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
            <channel><title>Old Style</title></channel>
            <item><title>One</title><link>https://example.org/1</link></item>
            <item><title>Two</title><link>https://example.org/2</link></item>
            </rdf:RDF>
            """
        let feed = try FeedReader.read(Data(xml.utf8), name: "rdf.xml")
        #expect(feed.title == "Old Style" && feed.items.map(\.title) == ["One", "Two"])
    }

    @Test("something that is not a feed is refused, naming it")
    func notAFeed() {
        #expect(throws: ReadingError.notAFeed(path: "page.html")) {
            try FeedReader.read(Data("<html><body><p>Hello</p></body></html>".utf8), name: "page.html")
        }
    }
}
