import ArticleReading
import Foundation
@testable import Scripting
import TestSupport
import Testing

@Suite struct ScriptWriterTests {
    @Test("code or data an article shows is not read; prose with a bracket or two is (corpus: Ars Technica)")
    func code() {
        let article = Article(
            headline: "Server Exploit",
            dek: "A crafted packet crashes game servers.",
            paragraphs: [
                "In my case, I chose to create lists within lists. This is what it looks like.",
                "rekt: { list: [ list: [ list: [ list: [ list: [ list: [ ] list: [ ] list: [ ] ... ] ... ] ... ] ...",
                "Bakers in the Polish capital [of Warsaw] did not hesitate; a sign read <Open>.",
            ])
        let spoken = ScriptWriter.script(for: article).segments.filter { $0.kind == .body }.map(\.text)
        #expect(
            spoken == [
                "In my case, I chose to create lists within lists. This is what it looks like.",
                "Bakers in the Polish capital of Warsaw did not hesitate; a sign read <Open>.",
            ])
    }
}

extension ScriptWriterTests {
    @Test(
        "a photo caption closed by its agency credit is not read, and a paragraph pasted twice is read once (corpus: yahoo-2)"
    )
    func captionAndRepeat() throws {
        let paste = """
            Ferry Returns to the Island

            By Wren Halloway

            In this photo dated Tuesday, the ferry is moored at the quay in Port Ellen.(Jo Reyes/ Island Harbour Authority Press Service photo via AP)

            PORT ELLEN (AP) — The night ferry sailed again on Thursday for the first time in two years.

            PORT ELLEN (AP) — The night ferry sailed again on Thursday for the first time in two years.

            The crossing links the island to the mainland three nights a week.
            """
        let article = try PastedTextReader.read(ArticleText(name: "paste.txt", text: paste))
        // The reader keeps what the page says; the script leaves out what a listener need not hear.
        #expect(article.paragraphs.count == 4)
        #expect(
            ScriptWriter.spokenParagraphs(article.paragraphs) == [
                "Port Ellen — The night ferry sailed again on Thursday for the first time in two years.",
                "The crossing links the island to the mainland three nights a week.",
            ])
    }
}

extension ScriptWriterTests {
    @Test("a caption that repeats the paragraphs after it, with its credit, is read once (corpus: twincities.com)")
    func captionOfTheOpening() throws {
        let pasted = try String(
            contentsOf: Fixtures.url("pages/twincities.com-mayor.pasted.txt"), encoding: .utf8)
        let article = try PastedTextReader.read(ArticleText(name: "twincities.txt", text: pasted))
        #expect(article.byline == "Staff and news service reports")
        #expect(article.published?.description == "2023-11-08")
        #expect(article.dek?.hasPrefix("Nadia Mohamed, 27, won with 58% of the vote") == true)
        #expect(
            Array(ScriptWriter.spokenParagraphs(article.paragraphs).prefix(3)) == [
                "St. Louis Park appears to be the first U.S. city to have elected a Somali American mayor.",
                "Nadia Mohamed, 27, won with 58% of the vote in Tuesday’s municipal election, defeating Dale Anderson, who got 41% of the vote. She has served on the City Council since she was elected at age 23 in 2019.",
                "Deqa Dhalac of South Portland, Maine, was the first Somali American to serve as mayor of an American city, but she was selected by that city’s six-member council in 2021, not elected by voters.",
            ])
    }
}

extension ScriptWriterTests {
    @Test("a wire story's editors are not read; its reporters are (corpus: Reuters)")
    func editors() {
        #expect(
            [
                "Additional reporting by Steve Gorman; Editing by Marguerita Choy, Nick Zieminski and Simon Cameron-Moore",
                "Reporting by Jill Serjeant. Editing by Simon Cameron-Moore",
                "The editing by hand took weeks.",
            ].map(ScriptWriter.withoutEditors) == [
                "Additional reporting by Steve Gorman.", "Reporting by Jill Serjeant.",
                "The editing by hand took weeks.",
            ])
    }
}

@Suite struct DatelineTests {
    @Test(
        "a wire dateline is said as a place, its credit left to the byline; a filing date is left out (corpus: AP, KGO, WebMD)"
    )
    func datelines() {
        let paragraphs = [
            "MOSCOW (AP) — An unmanned Russian cargo spaceship broke up over Siberia.",
            "NAPA COUNTY, Calif. (KGO) -- A plan to bring a resort to the lake is one step closer.",
            "WASHINGTON (Reuters) - The Senate voted on Tuesday.",
            "The council (which met on Monday) — unusually — agreed.",
            "NASA (the space agency) said the launch would go ahead.",
            // WebMD's: the date the story was filed, which the listener has from the article.
            "Feb. 23, 2015 -- Life-threatening peanut allergies have been on the rise.",
            "May 4, 2020 -- and then nothing.",
            "KVELLER via JTA — The state of Washington has sworn in its first Native American justice.",
            // A place with no credit (Examples/night-ferry.txt); a two-letter word stays as written.
            "PORT ALDER — The night ferry sailed again on Thursday.", "US — The talks resumed.",
        ]
        #expect(
            paragraphs.map(Dateline.spoken) == [
                "Moscow — An unmanned Russian cargo spaceship broke up over Siberia.",
                "Napa County, California — A plan to bring a resort to the lake is one step closer.",
                "Washington — The Senate voted on Tuesday.",
                "The council (which met on Monday) — unusually — agreed.",
                "NASA (the space agency) said the launch would go ahead.",
                "Life-threatening peanut allergies have been on the rise.",
                "May 4, 2020 -- and then nothing.",
                "The state of Washington has sworn in its first Native American justice.",
                "Port Alder — The night ferry sailed again on Thursday.", "US — The talks resumed.",
            ])
    }

    @Test("a summary says no dateline's place in the middle of it; the story not summarised keeps it (corpus: ABC7)")
    func datelineInSummary() {
        let article = Article(
            headline: "Resort Could Come to Lake Berryessa",
            paragraphs: [
                "Napa County has entered an exclusive agreement that could bring a resort to Lake Berryessa.",
                "NAPA COUNTY, Calif. (KGO) -- A plan to bring a resort to the lake, popular with anglers, is one step closer.",
                "WASHINGTON (AP) — The Senate voted on Tuesday to widen the lake's protected shoreline.",
            ])
        let spoken = ScriptWriter.script(for: article, summarySentences: 2).segments.filter { $0.kind != .pause }
        #expect(
            spoken.map(\.text) == [
                "Resort Could Come to Lake Berryessa",
                "Napa County has entered an exclusive agreement that could bring a resort to Lake Berryessa. A plan to bring a resort to the lake, popular with anglers, is one step closer.",
                "Washington — The Senate voted on Tuesday to widen the lake's protected shoreline.",
            ])
    }
}

extension ScriptWriterTests {
    @Test(
        "a pull quote — a quotation said again, with a line naming its speaker — is not read twice; the writer's own re-quoting stays (corpus: Politico, Salon)"
    )
    func pullQuotes() {
        let paragraphs = [
            "\"The ferry is late again,\" said one councilwoman. \"We have waited all winter for a timetable that works.\"",
            "\"The ferry is late again ... We have waited all winter for a timetable that works.\"",
            "A councilwoman in Keswick",
            "The operator posted a notice: \"We are sorry for the delays.\"",
            "Let's read that notice again:",
            "\"We are sorry for the delays.\"",
            "That apology came late.",
        ]
        #expect(
            ScriptWriter.spokenParagraphs(paragraphs) == [
                paragraphs[0], paragraphs[3], paragraphs[4], paragraphs[5], paragraphs[6],
            ])
    }
}

extension ScriptWriterTests {
    @Test("a later paragraph the summary read whole is not read again in the story (corpus: CNN, Quanta, TMZ)")
    func summarisedParagraph() {
        let article = Article(
            headline: "Ferry Timetable Changes For The Winter Season",
            paragraphs: [
                "The night ferry to Keswick Island will run three times a week from November. The council announced the change on Monday.",
                "Fishermen had asked for a daily crossing all year round.",
                "The winter ferry timetable changes will save the council money.",
                "The harbour master said the change would be reviewed in spring.",
            ])
        let script = ScriptWriter.script(for: article)
        #expect(
            script.segments.filter { $0.kind != .pause }.map(\.text) == [
                "Ferry Timetable Changes For The Winter Season",
                "The night ferry to Keswick Island will run three times a week from November. The winter ferry timetable changes will save the council money.",
                "The council announced the change on Monday.",
                "Fishermen had asked for a daily crossing all year round.",
                "The harbour master said the change would be reviewed in spring.",
            ])
    }
}

extension ScriptWriterTests {
    @Test(
        "a later paragraph's opening sentence the summary read is not read again when the rest stands alone; who it names still speaks the quote after it (Examples/library-robot.txt)"
    )
    func summarisedOpening() throws {
        let article = try PastedTextReader.read(ArticleText.load(Fixtures.path("../../Examples/library-robot.txt")))
        let script = ScriptWriter.script(for: article)
        #expect(
            script.segments.filter { $0.kind != .pause }.prefix(7).map(\.text) == [
                "A Library Robot Learns to Shelve Books, Slowly",
                "The central library in the town of Welbourne has a new member of staff. Chief librarian Harriet Osei said the robot was never meant to be fast.",
                "By Priya Natarajan.",
                "It is one point two metres tall, runs on four wheels and shelves about forty books an hour, roughly a quarter of what a person manages.",
                "Harriet Osei said:",
                "Its job is the night shift. When we open in the morning, the returns trolley is empty and the shelves are in order.",
                "The machine was built by students at the town's technical college as a final-year project. Their tutor, Daniel Fry, said the hardest part was not the arm but the books themselves.",
            ])
    }

    @Test("a paragraph is read whole when what the summary left of it would not stand alone (corpus: Salon, WebMD)")
    func summarisedOpeningKept() {
        let paragraphs = [
            "Ferry passengers on the island have complained about late crossings for months now.",
            "The harbour board met on Monday to discuss the timetable for the winter.",
            "The operator had a simple answer to the complaints about the ferry: It raised ferry fares. A lot.",
            "The council said the board would publish a new ferry timetable in December. Now passengers wait to see it.",
        ]
        let script = ScriptWriter.script(
            for: Article(headline: "Ferry Fares Rise As Complaints Grow About The Ferry", paragraphs: paragraphs))
        let spoken = script.segments.filter { $0.kind == .body }.map(\.text)
        #expect(spoken == Array(paragraphs[1...]))
    }
}

extension ScriptWriterTests {
    @Test(
        "a paragraph the standfirst says word for word is not read again in the story; one it opens is read from after it when the rest stands alone, else whole (corpus: Twin Cities, WebMD, Salon)"
    )
    func standfirstParagraph() {
        let paragraphs = [
            "Keswick Island appears to be the first ferry port in the region to elect a harbour master.",
            "Ada Brennan, 41, won with 58% of the vote on Tuesday. She has run the night ferry since 2019.",
            "Ferry timetables have a long history and a short one. The long one begins with the sailing ships of the 1820s.",
            "The outgoing harbour master did not stand again, and he endorsed Brennan.",
        ]
        let article = Article(
            headline: "Keswick Island Elects Its First Harbour Master",
            dek: "Ada Brennan, 41, won with 58% of the vote on Tuesday. She has run the night ferry since 2019.",
            paragraphs: paragraphs)
        let spoken = ScriptWriter.script(for: article).segments.filter { $0.kind == .summary || $0.kind == .body }
            .map(\.text)
        #expect(
            spoken == [
                "Ada Brennan, forty one, won with fifty eight percent of the vote on Tuesday. She has run the night ferry since twenty nineteen.",
                "Keswick Island appears to be the first ferry port in the region to elect a harbour master.",
                "Ferry timetables have a long history and a short one. The long one begins with the sailing ships of the eighteen twenties.",
                "The outgoing harbour master did not stand again, and he endorsed Brennan.",
            ])
        var partly = article
        partly.dek = "Ferry timetables have a long history and a short one. The harbour board meets in May."
        let read = ScriptWriter.script(for: partly).segments.filter { $0.kind == .body }.map(\.text)
        #expect(read.count == 4)
        #expect(
            read[2]
                == "Ferry timetables have a long history and a short one. The long one begins with the sailing ships of the eighteen twenties."
        )
        // A standfirst that is a paragraph's first sentence, without its full stop.
        partly.dek = "She has run the night ferry since 2019"
        partly.paragraphs[1] =
            "She has run the night ferry since 2019. Ada Brennan, 41, won with 58% of the vote on Tuesday."
        #expect(
            ScriptWriter.script(for: partly).segments.filter { $0.kind == .body }.map(\.text)[1]
                == "Ada Brennan, forty one, won with fifty eight percent of the vote on Tuesday.")
    }
}

extension ScriptWriterTests {
    @Test(
        "a summary chosen from past the story's opening still takes a later paragraph it read whole out of the story, and leaves one whose rest says 'The long one …' whole (corpus: Reuters, Atlas Obscura)"
    )
    func summaryFromLaterParagraphs() {
        let article = Article(
            headline: "Night Ferry To Keswick Island Returns After Two Years",
            paragraphs: [
                "“We will sail again, whatever the weather,” the ferry captain said on the quay.",
                "The night ferry to Keswick Island returns on Thursday after a two-year pause in service.",
                "Ferry timetables have a long history and a short one. The long one begins with the sailing ships of the 1820s.",
                "The council will publish the winter timetable for the night ferry in December.",
            ])
        #expect(
            ScriptWriter.script(for: article).segments.filter { $0.kind != .pause }.map(\.text) == [
                "Night Ferry To Keswick Island Returns After Two Years",
                "The night ferry to Keswick Island returns on Thursday after a two-year pause in service. Ferry timetables have a long history and a short one.",
                "The ferry captain said on the quay:",
                "We will sail again, whatever the weather.",
                "Ferry timetables have a long history and a short one. The long one begins with the sailing ships of the eighteen twenties.",
                "The council will publish the winter timetable for the night ferry in December.",
            ])
    }
}

extension ScriptWriterTests {
    @Test(
        "a summary sentence without its full stop (a subheading set as the first paragraph) gets one, and is not read again in the story (corpus: The Independent, Salon, The Guardian)"
    )
    func unclosedSummarySentence() {
        let article = Article(
            headline: "Coal Power Falls Again As Ferry Towns Switch To Wind",
            paragraphs: [
                "Coal power has been in a slow decline across the ferry towns over the past ten years",
                "The council says wind farms now supply half of the island's electricity, and the share is rising.",
                "Coal power has been in a slow decline across the ferry towns over the past ten years. The last coal plant closes in May.",
            ])
        let spoken = ScriptWriter.script(for: article).segments.filter { $0.kind == .summary || $0.kind == .body }
            .map(\.text)
        #expect(
            spoken == [
                "Coal power has been in a slow decline across the ferry towns over the past ten years. The council says wind farms now supply half of the island's electricity, and the share is rising.",
                "The last coal plant closes in May.",
            ])
    }
}

extension ScriptWriterTests {
    @Test(
        "above the story, the headline said again, shortened, is not read; a short line that happens to be in the headline is (corpus: TMZ)"
    )
    func headlineAgain() {
        let story = [
            "Lupita Nyong'o's now-famous Oscar dress, adorned in pearls, was stolen right out of her hotel room, according to sources who spoke on Thursday.",
            "The dress is made of six thousand white pearls and was valued at one hundred and fifty thousand dollars by the designer who made it.",
        ]
        #expect(
            ScriptWriter.spokenParagraphs(
                ["$150K Pearl Oscar Dress ... STOLEN!!!!", "Stolen!"] + story,
                headline: "Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!") == ["Stolen!"] + story)
    }
}
