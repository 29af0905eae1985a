import ArticleReading
import DailyBriefing
import Foundation
import TestSupport
import Testing

@Suite struct PodcastFeedTests {
    static let briefing = BriefingState.PublishedBriefing(
        file: "briefing-2026-11-27.wav",
        title: "Briefcast daily briefing — Friday, November 27, 2026",
        date: Date(timeIntervalSince1970: 1_795_762_800),
        seconds: 389.4,
        bytes: 17_151_394,
        headlines: ["Night Ferry Returns", "Cider & Apples <Mill>"],
        guid: "briefcast:briefing-2026-11-27.wav:1795762800"
    )

    @Test("one item per briefing with enclosure, duration, chapters and transcript, links under base_url")
    func wholeFeed() throws {
        var settings = PodcastSettings()
        settings.baseURL = "https://example.com/briefings/"
        settings.author = "Ines"
        let xml = PodcastFeed(settings: settings, folder: URL(fileURLWithPath: "/srv/briefings"))
            .xml([Self.briefing], built: Date(timeIntervalSince1970: 1_795_763_000))
        #expect(xml == (try Fixtures.text("podcast-feed.xml")))
        // Briefcast's own feed reader, which real feeds were scored with, reads it back.
        let feed = try FeedReader.read(Data(xml.utf8), name: "feed.xml")
        #expect(feed.title == "Briefcast daily briefing")
        #expect(feed.items.map(\.link) == [nil])
        #expect(feed.items.map(\.title) == [Self.briefing.title])
    }

    @Test("without base_url the links are relative to the feed, and the channel names the folder")
    func relativeLinks() {
        let xml = PodcastFeed(settings: PodcastSettings(), folder: URL(fileURLWithPath: "/srv/briefings"))
            .xml([Self.briefing], built: Self.briefing.date)
        #expect(xml.contains(#"<enclosure url="briefing-2026-11-27.wav" length="17151394" type="audio/wav"/>"#))
        #expect(xml.contains("<link>file:///srv/briefings/</link>"))
        #expect(!xml.contains("atom:link"))
    }

    @Test("the newest briefing comes first")
    func newestFirst() {
        var older = Self.briefing
        older.file = "briefing-2026-11-26.wav"
        older.date = Self.briefing.date.addingTimeInterval(-86_400)
        let xml = PodcastFeed(settings: PodcastSettings(), folder: URL(fileURLWithPath: "/srv"))
            .xml([older, Self.briefing], built: Self.briefing.date)
        let newer = try? #require(xml.range(of: "briefing-2026-11-27.wav"))
        let old = try? #require(xml.range(of: "briefing-2026-11-26.wav"))
        #expect(newer!.lowerBound < old!.lowerBound)
    }
}
