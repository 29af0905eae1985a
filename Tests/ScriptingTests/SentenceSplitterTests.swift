import ArticleReading
import Scripting
import Testing

@Suite struct SentenceSplitterTests {
    @Test("does not split at abbreviations, initials or decimals")
    func abbreviations() {
        let text =
            "On Feb. 7 the U.S. envoy met Gov. Hale. Prices rose 2.5 percent. J. R. Smith agreed! Did he? Ask J.J. MacNab, who knew A.J. He left."
        #expect(
            SentenceSplitter.sentences(in: text) == [
                "On Feb. 7 the U.S. envoy met Gov. Hale.", "Prices rose 2.5 percent.", "J. R. Smith agreed!", "Did he?",
                "Ask J.J. MacNab, who knew A.J.", "He left.",
            ]
        )
    }

    static let ferry = Article(
        headline: "Night Ferry Returns to Port Alder",
        paragraphs: [
            "The night ferry to Keswick Island sailed again on Thursday after a two-year pause. It carried 140 passengers.",
            "But the timetable drew complaints. Fishermen said the ferry should run every night of the week.",
            "The council said the Port Alder ferry would cost less to run than the old one.",
        ]
    )

    @Test("the summary is the dek; otherwise the best opening sentences, none starting mid-thought")
    func summary() {
        #expect(
            Summarizer.summary(of: .init(headline: "H", dek: "The dek.", paragraphs: ["Lead."]))
                == Summary(text: "The dek.", leadSentences: 0)
        )
        #expect(
            Summarizer.summary(of: Self.ferry, sentences: 1)
                == Summary(
                    text: "The night ferry to Keswick Island sailed again on Thursday after a two-year pause.",
                    leadSentences: 1)
        )
        let two = Summarizer.summary(of: Self.ferry, sentences: 2)
        #expect(two?.text.hasPrefix("The night ferry to Keswick Island sailed again") == true)
        #expect(two?.text.contains("But the timetable") == false)
    }

    @Test(
        "a sentence opening with a contraction that leans on the one before ('It’s …', 'That’s …') is not chosen for the summary (corpus: MSN, Salon)"
    )
    func contractedOpening() {
        let article = Article(
            headline: "Night Ferry Returns To Keswick Island",
            paragraphs: [
                "The night ferry to Keswick Island returns on Thursday after a two-year pause. It’s the only ferry crossing to Keswick Island that runs after dark.",
                "The council said the new ferry would cost less to run than the old one.",
            ])
        #expect(
            Summarizer.summary(of: article, sentences: 2)
                == Summary(
                    text:
                        "The night ferry to Keswick Island returns on Thursday after a two-year pause. The council said the new ferry would cost less to run than the old one.",
                    leadSentences: 1))
    }

    @Test(
        "a sentence saying again in other words what an earlier one said is not the summary's second (corpus: Threatpost, Twin Cities)"
    )
    func saidAgain() {
        let article = Article(
            headline: "Ransomware Spreads Through Ferry Timetable Links",
            paragraphs: [
                "A new strain of ransomware is being spread to ferry passengers through timetable links and text messages.",
                "Researchers are warning of a new ransomware being spread through ferry timetable links in text messages. The links promise a winter timetable but encrypt the victim’s files.",
            ])
        #expect(
            Summarizer.summary(of: article, sentences: 2)
                == Summary(
                    text:
                        "A new strain of ransomware is being spread to ferry passengers through timetable links and text messages. The links promise a winter timetable but encrypt the victim’s files.",
                    leadSentences: 1))
    }

    @Test("a list of points read as one paragraph is not a summary's sentence (corpus: Engadget)")
    func listOfPoints() {
        let article = Article(
            headline: "Night Ferry Review: Quiet Cabins and a Friendly Crew",
            paragraphs: [
                "The night ferry to Keswick Island runs three times a week from November, the council said.",
                "What we liked: Quiet cabins; Friendly crew; Punctual departures from the night ferry.",
                "The harbour master said the night ferry timetable would be reviewed in spring.",
            ])
        #expect(
            Summarizer.summary(of: article, sentences: 2)?.text
                == "The night ferry to Keswick Island runs three times a week from November, the council said. The harbour master said the night ferry timetable would be reviewed in spring."
        )
    }

    @Test("a summary of the lead and a later sentence: the body does not read the lead again (corpus: WebMD)")
    func leadThenLater() throws {
        let two = try #require(Summarizer.summary(of: Self.ferry, sentences: 2))
        #expect(two.leadSentences == 1, "\(two.text)")
        let spoken = ScriptWriter.script(for: Self.ferry, summarySentences: 2).segments.filter { $0.kind != .pause }
            .map(\.text)
        #expect(spoken[1] == two.text)
        #expect(!spoken.dropFirst(2).contains { $0.contains("after a two-year pause") })
        #expect(spoken.dropFirst(2).first { $0.contains("one hundred and forty passengers") } != nil)
    }

    @Test("a lead used as the summary is not read twice")
    func leadNotRepeated() {
        let spoken = ScriptWriter.script(for: Self.ferry, summarySentences: 1).segments.filter { $0.kind != .pause }
            .map(\.text)
        #expect(
            spoken.prefix(3) == [
                "Night Ferry Returns to Port Alder",
                "The night ferry to Keswick Island sailed again on Thursday after a two-year pause.",
                "It carried one hundred and forty passengers.",
            ])
    }
}
