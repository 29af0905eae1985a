import ArticleReading

/// The short spoken summary: the standfirst when the article has one, otherwise its lead.
public enum Summarizer {
    /// The lead is one sentence, or two when the first is short.
    public static func summary(of article: Article) -> String? {
        if let dek = article.dek { return dek }
        guard let lead = article.paragraphs.first else { return nil }
        let sentences = SentenceSplitter.sentences(in: lead)
        guard let first = sentences.first else { return nil }
        if first.split(separator: " ").count < 15, sentences.count > 1 {
            return first + " " + sentences[1]
        }
        return first
    }
}
