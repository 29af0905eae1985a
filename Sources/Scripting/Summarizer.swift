import ArticleReading

/// The short spoken summary: the standfirst when the article has one, otherwise its lead.
public enum Summarizer {
    /// The lead is one sentence, or two when the first is short.
    public static func summary(of article: Article) -> Summary? {
        if let dek = article.dek { return Summary(text: dek, leadSentences: 0) }
        guard let lead = article.paragraphs.first else { return nil }
        let sentences = SentenceSplitter.sentences(in: lead)
        guard let first = sentences.first else { return nil }
        if first.split(separator: " ").count < 15, sentences.count > 1 {
            return Summary(text: first + " " + sentences[1], leadSentences: 2)
        }
        return Summary(text: first, leadSentences: 1)
    }
}
