import ArticleReading
import Foundation
import Scripting
import TestSupport
import Testing

@Suite struct BriefingWriterTests {
    /// Friday 27 November 2026, 07:00 in UTC.
    static let friday = Date(timeIntervalSince1970: 1_795_762_800)
    static var utc: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    static func article(_ headline: String, _ paragraphs: [String], dek: String? = nil) -> Article {
        Article(headline: headline, dek: dek, paragraphs: paragraphs)
    }

    static let ferry = article(
        "Night Ferry Returns",
        [
            "The night ferry sailed again on Thursday for the first time in two years.",
            "Harbour master Ines Calloway said: “People have waited a long time for this.”",
        ], dek: "The crossing links the island to the mainland three nights a week.")
    static let mill = article(
        "Cider Mill Opens to Visitors",
        [
            "The orchard cooperative opened its restored cider mill on Sunday.",
            "“We will press apples from every farm,” said Ines Calloway, who also chairs the cooperative.",
        ])
    static let seed: Article = {
        try! PastedTextReader.read(ArticleText.load(Fixtures.path("seed-article.txt")))
    }()

    @Test("intro, a line before each story, each story, outro — with the pauses between")
    func wholeBriefing() {
        var wording = BriefingWording()
        wording.title = "the Harbour briefing"
        let briefing = BriefingWriter(wording: wording).write(
            [
                BriefingStory(article: Self.ferry, source: "Harbour Gazette", url: "https://example.com/ferry"),
                BriefingStory(article: Self.mill, depth: .headline),
            ], on: Self.friday)
        let spoken = briefing.segments.filter { $0.kind != .pause }
        #expect(
            spoken.map(\.text) == [
                briefing.segments[0].text,
                "First, from Harbour Gazette.",
                "Night Ferry Returns",
                "The crossing links the island to the mainland three nights a week.",
                "The night ferry sailed again on Thursday for the first time in two years.",
                "Harbour master Ines Calloway said:",
                "People have waited a long time for this.",
                "Finally.",
                "Cider Mill Opens to Visitors",
                "That's the briefing. Thanks for listening.",
            ])
        #expect(
            briefing.segments[0].text.hasSuffix(
                "This is the Harbour briefing for Friday, November twenty seventh. Two stories today."))
        #expect(
            briefing.segments.compactMap(\.chapter) == [
                "Introduction", "1. Night Ferry Returns", "2. Cider Mill Opens to Visitors", "Closing",
            ])
        #expect(briefing.segments.first { $0.chapter == "1. Night Ferry Returns" }?.link == "https://example.com/ferry")
        let kinds = briefing.segments.map(\.kind)
        #expect(zip(kinds, kinds.dropFirst()).allSatisfy { ($0 == .pause) != ($1 == .pause) }, "\(kinds)")
        #expect(briefing.segments[1].seconds == PausePlan.seconds(after: .intro, before: .transition))
    }

    @Test(
        "the greeting follows the hour; one story is introduced as the day's story; the lines between stories vary in turn"
    )
    func wording() {
        let wording = BriefingWording()
        let evening = Self.friday.addingTimeInterval(12 * 3600)
        #expect(
            wording.intro(storyCount: 1, on: evening, calendar: Self.utc)
                == "Good evening. This is your briefing for Friday, November 27. One story today.")
        #expect(wording.transition(to: 0, of: 1, source: "Reuters") == "Today's story, from Reuters.")
        #expect(
            (0..<6).map { wording.transition(to: $0, of: 6, source: nil) } == [
                "First.", "Next.", "Also today.", "In other news.", "Next.", "Finally.",
            ])
    }

    @Test("tones: a chime opens the briefing and each story (taking its chapter) and closes it; no words change")
    func tones() {
        var writer = BriefingWriter()
        let plain = writer.write([BriefingStory(article: Self.mill, depth: .headline)], on: Self.friday)
        writer.tones = true
        let chimed = writer.write([BriefingStory(article: Self.mill, depth: .headline)], on: Self.friday)
        #expect(chimed.spokenText == plain.spokenText)
        #expect(
            chimed.segments.map { "\($0.kind.rawValue)\($0.chapter.map { "|\($0)" } ?? "")" } == [
                "tone|Introduction", "pause", "intro", "pause", "tone|1. Cider Mill Opens to Visitors", "pause",
                "transition", "pause", "headline", "pause", "outro|Closing", "pause", "tone",
            ])
    }

    @Test("a person quoted in two stories keeps one voice")
    func oneVoicePerPerson() {
        let briefing = BriefingWriter().write(
            [BriefingStory(article: Self.ferry), BriefingStory(article: Self.mill)], on: Self.friday)
        let voices = briefing.segments.filter { $0.kind == .quote }.map { "\($0.speaker ?? "-")|\($0.voice)" }
        #expect(voices == ["Ines Calloway|speaker 1", "Ines Calloway|speaker 1"])
    }

    @Test("stories are written side by side, yet voices go out in story order and a gender told once holds")
    func voicesInStoryOrder() {
        let people = ["Ines Calloway", "Tomas Brandt", "Ada Okafor", "Lena Varga", "Piet Mols", "Rui Sousa"]
        let said = people.map { name in
            BriefingStory(
                article: Self.article(
                    "\(name) Speaks", ["The council met on Monday.", "“We will decide soon,” said \(name)."]))
        }
        let ferry = BriefingStory(
            article: Self.article(
                "Ferry Returns", ["The ferry sailed on Thursday.", "Mrs. Ines Calloway said: “People waited.”"]))
        let stories = [ferry] + said + [said[1]]
        let briefing = BriefingWriter().write(stories, on: Self.friday)
        let voices = briefing.segments.filter { $0.kind == .quote }.map {
            "\($0.speaker ?? "-")|\($0.voice)|\($0.gender?.rawValue ?? "-")"
        }
        #expect(
            voices == [
                "Ines Calloway|speaker 1|female", "Ines Calloway|speaker 1|female", "Tomas Brandt|speaker 2|-",
                "Ada Okafor|speaker 3|-", "Lena Varga|speaker 4|-", "Piet Mols|speaker 5|-", "Rui Sousa|speaker 6|-",
                "Tomas Brandt|speaker 2|-",
            ])
    }

    @Test("depths: a headline alone, a headline and summary, or the whole story")
    func depths() {
        func kinds(_ depth: StoryDepth) -> [Segment.Kind] {
            var writer = ScriptWriter()
            return writer.write(Self.ferry, depth: depth).segments.map(\.kind).filter { $0 != .pause }
        }
        #expect(kinds(.headline) == [.headline])
        #expect(kinds(.summary) == [.headline, .summary])
        #expect(kinds(.full) == [.headline, .summary, .body, .cue, .quote])
    }

    @Test("--minutes: the top stories are read deeper, the plan fits, and stories that cannot fit are left out")
    func fitsTheMinutes() {
        let stories = (1...4).map { number in
            var article = Self.seed
            article.headline = "Story number \(number) of the day"
            return BriefingStory(article: article)
        }
        let writer = BriefingWriter()
        let full = writer.write(stories, on: Self.friday)
        let fitted = writer.write(stories, on: Self.friday, minutes: 6)
        #expect(full.plannedSeconds > 600)
        #expect(fitted.plannedSeconds <= 360)
        #expect(fitted.stories.map(\.depth) == [.full, .summary, .summary, .summary], "\(full.plannedSeconds)")
        let tight = writer.write(stories, on: Self.friday, minutes: 0.3)
        #expect(tight.stories.count < 4 && tight.stories.allSatisfy { $0.depth == .headline })
        // A story's own depth is the most it is given.
        let capped = writer.write(
            stories.map {
                var story = $0; story.depth = .summary; return story
            }, on: Self.friday, minutes: 60)
        #expect(capped.stories.allSatisfy { $0.depth == .summary })
    }

    @Test("a short story the summary tells in full is not read twice")
    func shortStoryOnce() {
        let short = Self.article(
            "Harbour Lights Festival Draws Record Crowd",
            [
                "More than four thousand people came to the quay on Saturday night for the Harbour Lights festival.",
                "Organiser Wren Halloway said the lanterns had been made by every school on the island.",
            ])
        var writer = ScriptWriter()
        let spoken = writer.write(short).segments.filter { $0.kind != .pause }.map(\.text)
        #expect(spoken.count == Set(spoken).count)
        #expect(spoken.joined().components(separatedBy: "four thousand").count == 2)
    }
}

@Suite struct QuotedOpeningSummaryTests {
    @Test("an opening whose quotation is part of its grammar is the summary whole, and not read twice")
    func quotationInsideSentence() {
        let article = Article(
            headline: "Fact-checker asks about supporters",
            paragraphs: [
                "The fact checker and staff writer posted to Twitter asking if there were “any calm supporters?”",
                "The tweet was shared widely.",
            ])
        let spoken = ScriptWriter.script(for: article).segments.filter(\.isSpoken).map(\.text)
        #expect(
            spoken == [
                "Fact-checker asks about supporters",
                "The fact checker and staff writer posted to Twitter asking if there were “any calm supporters?”",
                "The tweet was shared widely.",
            ])
    }
}
