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
        #expect(Summarizer.summary(of: .init(headline: "H", dek: "The dek.", paragraphs: ["Lead."])) == "The dek.")
        #expect(
            Summarizer.summary(of: .init(headline: "H", paragraphs: ["Short lead. Second sentence here. Third."]))
                == "Short lead. Second sentence here."
        )
    }
}
