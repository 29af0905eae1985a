import ArticleReading
import Scripting
import Testing

@Suite struct SentenceSplitterTests {
    @Test("does not split at abbreviations, initials or decimals")
    func abbreviations() {
        let text = "On Feb. 7 the U.S. envoy met Gov. Hale. Prices rose 2.5 percent. J. R. Smith agreed! Did he?"
        #expect(
            SentenceSplitter.sentences(in: text) == [
                "On Feb. 7 the U.S. envoy met Gov. Hale.", "Prices rose 2.5 percent.", "J. R. Smith agreed!", "Did he?",
            ]
        )
    }

    @Test("the summary is the dek, else one or two lead sentences")
    func summary() {
        #expect(
            Summarizer.summary(of: .init(headline: "H", dek: "The dek.", paragraphs: ["Lead."]))
                == Summary(text: "The dek.", leadSentences: 0)
        )
        #expect(
            Summarizer.summary(of: .init(headline: "H", paragraphs: ["Short lead. Second sentence here. Third."]))
                == Summary(text: "Short lead. Second sentence here.", leadSentences: 2)
        )
    }

    @Test("a lead used as the summary is not read twice")
    func leadNotRepeated() {
        let article = Article(
            headline: "H", paragraphs: ["Short lead. Second sentence here. Third.", "Next paragraph."])
        let spoken = ScriptWriter.script(for: article).segments.filter { $0.kind != .pause }.map(\.text)
        #expect(spoken == ["H", "Short lead. Second sentence here.", "Third.", "Next paragraph."])
    }
}
