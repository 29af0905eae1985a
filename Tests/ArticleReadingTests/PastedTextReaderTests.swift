@testable import ArticleReading
import Foundation
import TestSupport
import Testing

@Suite struct PastedTextReaderTests {
    @Test("reads the seed paste into headline, dek, byline and clean body")
    func seed() throws {
        let article = try PastedTextReader.read(ArticleText.load(Fixtures.path("seed-article.txt")))
        let paragraphs = try Fixtures.text("seed-article.paragraphs.txt")
            .split(separator: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(
            article
                == Article(
                    headline: "Trump Says He Has Spoken Directly to Putin About Ending War in Ukraine",
                    dek: "A Kremlin spokesman confirmed that ’many different communications’ are happening.",
                    byline: "Jack Phillips",
                    published: nil,
                    paragraphs: paragraphs
                )
        )
    }

    @Test(
        "a newsroom's or agency's credit is the byline, a 'PUBLISHED: … | UPDATED: …' line the date; a paragraph opening 'Updated figures' is story",
        arguments: [
            ("By The Associated Press", "The Associated Press"),
            ("By Staff and news service reports", "Staff and news service reports"),
            ("By CNN Staff", "CNN Staff"), ("By Reuters", "Reuters"),
        ])
    func creditedByline(line: String, byline: String) throws {
        let paste = """
            Harbour reopens after the storm

            The ferries are back, a week late.
            \(line)
            PUBLISHED: November 8, 2023 at 11:30 p.m. | UPDATED: November 9, 2023 at 12:21 a.m.
            The harbour reopened on Monday after the storm, officials said.

            Updated figures released on May 3, 2023 show the port lost a week of trade.
            """
        let article = try PastedTextReader.read(ArticleText(name: "paste.txt", text: paste))
        #expect(article.byline == byline)
        #expect(article.published?.description == "2023-11-08")
        #expect(article.dek == "The ferries are back, a week late.")
        #expect(
            article.paragraphs == [
                "The harbour reopened on Monday after the storm, officials said.",
                "Updated figures released on May 3, 2023 show the port lost a week of trade.",
            ])
    }

    @Test("a topic label under the headline is no standfirst; a reprint line is not read (corpus: Quanta)")
    func topicLabel() throws {
        let paste = """
            The Hidden Keepers of the Light
            lighthouses
            By Ada Lind

            May 20, 2019

            Two keepers ran the Port Ellen light for forty years. Their logbooks tell the story.

            This article was reprinted on Harbour.com.
            """
        let article = try PastedTextReader.read(ArticleText(name: "paste.txt", text: paste))
        #expect(article.dek == nil)
        #expect(
            article.paragraphs == [
                "Two keepers ran the Port Ellen light for forty years. Their logbooks tell the story."
            ])
    }

    @Test("teaser headlines above the story go, a question among them (corpus: msn)")
    func teasersAboveTheStory() throws {
        let paste = """
            Ferry timetable changes for the winter
            Harbour Gazette
            Ada Lind 1 day ago
            SHARE
            Council suspends night parking
            Lantern festival vs harbour fair: what's the difference?

            The night ferry to Keswick Island will run three times a week from November, the council said on Monday.

            Fishermen had asked for a daily crossing.
            """
        let article = try PastedTextReader.read(ArticleText(name: "paste.txt", text: paste))
        #expect(
            article.paragraphs == [
                "The night ferry to Keswick Island will run three times a week from November, the council said on Monday.",
                "Fishermen had asked for a daily crossing.",
            ])
    }

    /// The story the pastes around page furniture below are made of.
    static let ferryStory = [
        "The night ferry to Keswick Island will run three times a week from November, the council said on Monday.",
        "Fishermen had asked for a daily crossing.",
        "The harbour master said the change would be reviewed in spring.",
    ]

    @Test("titles under a section's trending heading to the page's end are not the story (corpus: CNN)")
    func trendingCards() throws {
        let paste = """
            Ferry timetable changes for the winter
            By Ada Lind
            The night ferry to Keswick Island will run three times a week from November, the council said on Monday.

            Fishermen had asked for a daily crossing.

            The harbour master said the change would be reviewed in spring.

            Harbour Gazette (Keswick) First published October 1, 2026: 9:15 AM ET

            Harbour Pulse - What's Trending
            Council suspends night parking
            Lantern festival cleared for a second weekend.
            Powered by Tidewater

            Search for Berths
            Hundreds of berths open!
            Find Berths
            """
        let article = try PastedTextReader.read(ArticleText(name: "paste.txt", text: paste))
        #expect(article.paragraphs == Self.ferryStory)
    }

    @Test(
        "an embedded post, from 'View this post on Instagram' to 'A post shared by …', and a topic link go (corpus: The Local)"
    )
    func embeddedPost() throws {
        let paste = """
            Ferry timetable changes for the winter
            By Ada Lind
            The night ferry to Keswick Island will run three times a week from November, the council said on Monday.

            The latest news about the ferry strike (free to read)

            Fishermen had asked for a daily crossing.

            View this post on Instagram

            Nya tider för färjan! #färja #vinter

            A post shared by Keswick Ferries (@keswick.ferries) on Oct 1, 2026 at 9:15am PDT

            The harbour master said the change would be reviewed in spring.
            """
        let article = try PastedTextReader.read(ArticleText(name: "paste.txt", text: paste))
        #expect(article.paragraphs == Self.ferryStory)
    }

    @Test(
        "a photo caption with its credit line right under it goes; a paragraph with a blank line under it stays (corpus: The Verge)"
    )
    func photoCaption() throws {
        let paste = """
            Ferry timetable changes for the winter
            By Ada Lind
            Share this story
            The night ferry at Port Alder.
            Image: Wren Halloway / The Harbour Gazette
            The night ferry at Port Alder.
            Image: Wren Halloway / The Harbour Gazette

            The night ferry to Keswick Island will run three times a week from November, the council said on Monday.

            Fishermen had asked for a daily crossing.

            The harbour master said the change would be reviewed in spring.
            """
        let article = try PastedTextReader.read(ArticleText(name: "paste.txt", text: paste))
        #expect(article.paragraphs == Self.ferryStory)
        // A heading over a photo is no caption (Engadget: "In use" over "Devindra Hardawar/AOL").
        let headed = paste.replacingOccurrences(
            of: "Fishermen had asked", with: "Winter crossings\nWren Halloway/Harbour Gazette\n\nFishermen had asked")
        #expect(
            try PastedTextReader.read(ArticleText(name: "paste.txt", text: headed)).paragraphs.contains(
                "Winter crossings"))
    }

    @Test(
        "an embedded tweet goes, its text and its '— Name (@handle) date' signature; a sentence introducing it with a colon stays (corpus: Times of Israel)"
    )
    func embeddedTweet() throws {
        let paste = """
            Ferry timetable changes for the winter
            By Ada Lind
            The night ferry to Keswick Island will run three times a week from November, the council said on Monday.

            Fishermen had asked for a daily crossing.

            New winter times for the night ferry! Three crossings a week from November. https://t.co/x1Yz2AbC

            — Keswick Ferries (@keswickferries) October 1, 2026

            The harbour master welcomed the change:

            Happy to see the harbour busy again this winter. pic.twitter.com/AbC123xyZ

            — Port Alder Harbour (@portalder) October 2, 2026

            The harbour master said the change would be reviewed in spring.
            """
        let article = try PastedTextReader.read(ArticleText(name: "paste.txt", text: paste))
        #expect(
            article.paragraphs == [
                "The night ferry to Keswick Island will run three times a week from November, the council said on Monday.",
                "Fishermen had asked for a daily crossing.",
                "The harbour master welcomed the change:",
                "The harbour master said the change would be reviewed in spring.",
            ])
    }

    @Test(
        "another story's title set inside this one, with its 'Read more' link under it, goes, and the story goes on after the link; under 'Read more' after a sentence, a list of titles goes (corpus: The Guardian, The Independent)"
    )
    func relatedStoryTitle() throws {
        let paste = """
            Ferry timetable changes for the winter
            By Ada Lind
            The night ferry to Keswick Island will run three times a week from November, the council said on Monday.

            Third of island ferry crews 'have worked unpaid overtime'

            Read more

            Fishermen had asked for a daily crossing.

            Read more
            Island buses to run later in summer
            New pier opens at Port Alder

            The harbour master said the change would be reviewed in spring.
            """
        let article = try PastedTextReader.read(ArticleText(name: "paste.txt", text: paste))
        #expect(article.paragraphs == Self.ferryStory)
    }

    @Test("a numbered list, one item a line, is one paragraph of short sentences (corpus: CNN's ranking)")
    func numberedList() throws {
        let paste = """
            Finland tops the ranking
            By Ada Lind
            The overall rankings of the countries were as follows:
            1. Finland
            2. Norway
            10. United States

            The U.S. ranked last. It was 2
            million short of the target.
            """
        let article = try PastedTextReader.read(ArticleText(name: "paste.txt", text: paste))
        #expect(
            article.paragraphs == [
                "The overall rankings of the countries were as follows:",
                "1: Finland. 2: Norway. 10: United States.",
                "The U.S. ranked last. It was 2 million short of the target.",
            ])
    }

    @Test("drops the caption, credit, player time, 'Updated:' and the author bio")
    func seedClutter() throws {
        let article = try PastedTextReader.read(ArticleText.load(Fixtures.path("seed-article.txt")))
        let body = article.paragraphs.joined(separator: "\n")
        for clutter in ["Klimentyev", "Updated", "0:00", "Breaking News Reporter", "twitter", "A father of two"] {
            #expect(!body.contains(clutter), "\(clutter) should not be read")
        }
        #expect(article.paragraphs.last == "Reuters contributed to this report.")
    }

    @Test("reads a header with a By-line and a date, and joins hard-wrapped lines")
    func headerWithDate() throws {
        let text = """
            Harbour Bridge Reopens After Repairs

            Engineers finished two weeks early, the city said.

            By Ana Ruiz and Tom Bell
            Published: Nov. 20, 2026
            Share on Facebook

            The bridge reopened on Thursday morning
            after a repair that closed it for a month.

            Advertisement

            Drivers returned at dawn.
            """
        let article = try PastedTextReader.read(ArticleText(name: "paste", text: text))
        #expect(
            article
                == Article(
                    headline: "Harbour Bridge Reopens After Repairs",
                    dek: "Engineers finished two weeks early, the city said.",
                    byline: "Ana Ruiz and Tom Bell",
                    published: PublicationDate(year: 2026, month: 11, day: 20),
                    paragraphs: [
                        "The bridge reopened on Thursday morning after a repair that closed it for a month.",
                        "Drivers returned at dawn.",
                    ]
                )
        )
    }

    @Test("an article with no header lines keeps its first paragraph in the body")
    func noHeader() throws {
        let text =
            "Storm Closes Schools\n\nHeavy snow closed every school in the county on Monday.\n\nBuses will run again on Tuesday.\n"
        let article = try PastedTextReader.read(ArticleText(name: "paste", text: text))
        #expect(article.dek == nil)
        #expect(article.paragraphs.count == 2)
    }

    @Test("text with a headline and no body has no sentences to read")
    func noBody() throws {
        #expect(throws: ReadingError.noSentences(path: "paste")) {
            try PastedTextReader.read(ArticleText(name: "paste", text: "Just A Headline\n\nShare\n0:00\n"))
        }
    }

    @Test("a related-links list, teaser runs and a pasted gallery are not read")
    func linkListsAndGalleries() throws {
        let text = """
            Harbour Bridge Reopens After Repairs

            By Ana Ruiz

            The bridge reopened on Thursday morning after a repair that closed it for a month.

            Related Coverage

            Council approves the repair budget
            Ferry timetable changes for the summer

            1/12 Crews at work

            Welders repaired the deck at night.

            2/12 The new railings

            The railings are painted the original green.

            3/12 Opening day

            The mayor cut a ribbon at dawn.

            Drivers returned at dawn, and the first bus crossed at six.

            Bridge closures in other cities
            Five bridges that changed their towns
            The engineers who keep our roads open
            """
        let article = try PastedTextReader.read(ArticleText(name: "paste", text: text))
        #expect(
            article.paragraphs == [
                "The bridge reopened on Thursday morning after a repair that closed it for a month.",
                "Drivers returned at dawn, and the first bus crossed at six.",
            ]
        )
    }

    @Test("a two-word headline stays the headline when the story follows")
    func shortHeadline() throws {
        let text =
            "Rubio Attacked\n\nBy Ana Ruiz\n\nDonald Trump on Thursday ratcheted up his attacks on Marco Rubio.\n"
        let article = try PastedTextReader.read(ArticleText(name: "paste", text: text))
        #expect(article.headline == "Rubio Attacked")
        #expect(article.paragraphs == ["Donald Trump on Thursday ratcheted up his attacks on Marco Rubio."])
    }
}

@Suite struct PlayerAndPromoLinesTests {
    @Test("video players, ad-block pleas, comment counts, newsletter plugs and syndication lines are not read")
    func clutter() throws {
        let paste = """
            Harbour Lights Festival Draws Record Crowd

            By Wren Halloway

            More than four thousand people came to the quay on Saturday night for the festival.

            This is a modal window.

            Loading...

            (All photos: Atlas staff)

            Continue Using Ad-Block Support Us

            Want to see fewer ads? Become a Member.

            Keep up with the Harbour Daily newsletter.

            Organisers said the lanterns had been made by every school on the island.

            75 with 51 posters participating

            This article originally appeared on The Harbour Gazette.
            """
        let article = try PastedTextReader.read(ArticleText(name: "paste.txt", text: paste))
        #expect(
            article.paragraphs == [
                "More than four thousand people came to the quay on Saturday night for the festival.",
                "Organisers said the lanterns had been made by every school on the island.",
            ])
    }

    @Test(
        "ad labels, deal, e-mail and subscription plugs, a caption credit run into the paragraph, footage below or a clip's, tag lists, more-by-the-author links, hidden e-mail addresses, comment policies and appeals for members' money are not read (corpus lines)"
    )
    func moreClutter() throws {
        let paste = """
            Harbour Lights Festival Draws Record Crowd

            By Wren Halloway

            More than four thousand people came to the quay on Saturday night for the festival.

            © Provided by Harbour Media Inc Jo Reyes/Harbour Gazette Organisers lit four thousand lanterns on the quay.

            ADVERTISING
            inRead invented by Teads

            Slideshow ( 15 images )

            MORE: Ferry operator strikes deal to reopen the old pier

            Towns are changing fast. Keep up with the Harbour Daily newsletter.
            The best way to follow issues you care about.

            / Sign up for Harbour Deals to get deals on products we've tested sent to your inbox daily.

            Click to email this to a friend (Opens in new window)

            A flexible plan you can cancel anytime.

            Keep your team informed on the inside conversation.

            We accept credit card, Apple Pay and Google Pay.

            Would you like to be part of the Harbour team? Join our Contributor Program and share your voice!

            For anyone who wants a lantern, the advice from the organisers is simple: buy now.

            Visitors who tap to share a photo of the lanterns see it on the big screen.

            To see the lanterns rise, check out the footage below:

            Here’s a short clip of the lanterns going up:

            The festival ends on Sunday with a parade.

            We depend on ad revenue to craft and curate stories about the harbour. Consider supporting our work by becoming a member for as little as $5 a month.

            More Wren Halloway (W.H.) Reyes.

            In this article: festivals, harbour, lanterns, Port Ellen

            AFP/The Harbour Gazette - [email protected]

            Please keep comments civil, constructive and on topic – and make sure to read our terms of use.

            Join the conversation in our comments section below. Share your own views and experience.

            Postmedia is committed to maintaining a lively but civil forum for discussion. Comments may take up to an hour.
            """
        let article = try PastedTextReader.read(ArticleText(name: "paste.txt", text: paste))
        #expect(
            article.paragraphs == [
                "More than four thousand people came to the quay on Saturday night for the festival.",
                "Organisers lit four thousand lanterns on the quay.",
                "For anyone who wants a lantern, the advice from the organisers is simple: buy now.",
                "Visitors who tap to share a photo of the lanterns see it on the big screen.",
                "The festival ends on Sunday with a parade.",
            ])
    }

    @Test("a bare name under the headline that the headline names is its subject, not its author (corpus: TMZ)")
    func subjectIsNoAuthor() throws {
        let paste = """
            Wren Halloway's Lantern Boat Wins the Harbour Race
            Wren Halloway

            The lantern boat built by Wren Halloway crossed the line first on Saturday night, ahead of forty others.

            The race has been run every autumn since the harbour reopened, and it drew a record crowd.
            """
        let article = try PastedTextReader.read(ArticleText(name: "paste.txt", text: paste))
        #expect(article.byline == nil)
        #expect(article.paragraphs.count == 2)
    }
}

extension PastedTextReaderTests {
    @Test(
        "an author line with a time and a follow link is the byline; readers' comments end the story, and the bio before them is not read (corpus: Washington Post)"
    )
    func commentsSection() throws {
        let paste = """
            Harbour Lights Festival Draws Record Crowd

            By Wren Halloway March 18 at 12:22 PM Follow @WrenHalloway

            More than four thousand people came to the quay on Saturday night for the festival.

            Organisers said the lanterns had been made by every school on the island.

            The festival returns next year, with a second night on the beach.

            Wren Halloway covers the islands for the Gazette.

            Share on Facebook
            Comments
            Show Comments
            Discussion Policy

            SuperFan badge holders consistently post smart, timely comments about island sports and teams.

            More about badges | Request a badge
            """
        let article = try ArticleReader.read(Data(paste.utf8), name: "paste.txt")
        #expect(article.byline == "Wren Halloway")
        #expect(
            article.paragraphs == [
                "More than four thousand people came to the quay on Saturday night for the festival.",
                "Organisers said the lanterns had been made by every school on the island.",
                "The festival returns next year, with a second night on the beach.",
            ])
    }
}

extension PastedTextReaderTests {
    @Test(
        "author lines: a desk and role after the name, a date run into it, a name in capitals (corpus: The Guardian, Breitbart, Yahoo)"
    )
    func authorLines() {
        let lines = [
            "Richard Adams Education editor", "by Lucas Nolan22 Dec 2016651", "NATALIYA VASILYEVA",
            "By Steven Mufson March 18 at 12:22 PM Follow @StevenMufson", "GETTY IMAGES", "MORE FOR YOU",
        ]
        #expect(
            lines.map(PastedLine.authorNames) == [
                "Richard Adams", "Lucas Nolan", "Nataliya Vasilyeva", "Steven Mufson", nil, nil,
            ])
    }
}
