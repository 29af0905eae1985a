import Foundation
import ArticleReading

/// The short spoken summary: the standfirst when the article has one, otherwise the best one to
/// three sentences from the opening of the story, chosen offline by position, overlap with the
/// headline and with the rest of the story — never one that starts mid-thought ("He …", "But …"),
/// quotes someone or lists points.
public enum Summarizer {
    /// Openings that lean on a sentence before them.
    static let dependentOpenings: Set<String> = [
        "he", "she", "it", "they", "this", "that", "these", "those", "his", "her", "its", "their", "but",
        "and", "or", "so", "however", "also", "still", "yet", "meanwhile", "instead", "then", "there",
        "here", "such", "both", "another", "first", "second", "finally", "now", "again", "even", "indeed",
        "moreover", "furthermore", "likewise", "similarly", "thus", "therefore", "otherwise", "later",
    ]
    /// Whether a sentence opening with `word` (lowercased, without punctuation) leans on the
    /// sentence before it: "He …", "But …", and their contractions, "It's …", "That's …".
    static func leansOnWhatCameBefore(_ word: String) -> Bool {
        dependentOpenings.contains(word) || dependentOpenings.contains(String(word.prefix { $0 != "'" && $0 != "’" }))
    }

    static let stopWords: Set<String> = [
        "the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "is", "are", "was", "were", "be", "with",
        "at", "by", "from", "as", "that", "this", "it", "its", "has", "have", "had", "will", "would", "said",
        "says", "after", "about", "into", "over", "than", "but", "not", "he", "she", "they", "his", "her",
    ]

    /// At most `sentences` sentences (1–3) when there is no standfirst.
    public static func summary(of article: Article, sentences limit: Int = 2) -> Summary? {
        if let dek = article.dek { return Summary(text: dek, leadSentences: 0) }
        let limit = min(max(limit, 1), 3)
        let opening = article.paragraphs.prefix(6).enumerated().flatMap { paragraph, text in
            SentenceSplitter.sentences(in: text).enumerated().map { (paragraph: paragraph, index: $0, text: $1) }
        }
        guard !opening.isEmpty else { return nil }
        let headline = contentWords(article.headline)
        let story = article.paragraphs.map(contentWords).reduce(into: [String: Int]()) { counts, words in
            for word in words { counts[word, default: 0] += 1 }
        }
        let scored = opening.enumerated().compactMap { position, sentence -> (position: Int, score: Double)? in
            let words = contentWords(sentence.text)
            let first = sentence.text.split(separator: " ").first.map {
                $0.lowercased().trimmingCharacters(in: .punctuationCharacters)
            }
            // Nor a list of points ("Pros: Quiet cabins; Friendly crew; Punctual departures.").
            guard words.count >= 5, let first, !leansOnWhatCameBefore(first),
                !sentence.text.contains(where: { "“”\"".contains($0) }), sentence.text.filter({ $0 == ";" }).count < 2
            else { return nil }
            let overlap = Double(words.intersection(headline).count) / Double(max(headline.count, 1))
            let centrality = Double(words.map { story[$0, default: 1] - 1 }.reduce(0, +)) / Double(words.count)
            let positionScore = 1 / Double(position + 1)
            return (position, 2 * positionScore + 1.5 * overlap + 0.2 * centrality)
        }
        // A sentence the page says twice (a subheading the story opens with again) is chosen once,
        // and so is one saying again in other words what a sentence before it said: "A new
        // strain of ransomware is being distributed to Android users via online forums and SMS
        // messages. Researchers are warning of a new Android ransomware being spread via links in
        // online forums and SMS messages" (Threatpost) is one sentence said twice. (A subheading
        // that a longer first sentence says again stays: the story would read it anyway.)
        var seen: Set<String> = []
        var chosenWords: [(position: Int, words: Set<String>)] = []
        let chosen = scored.sorted { $0.score > $1.score }.filter { candidate in
            let words = contentWords(opening[candidate.position].text)
            guard seen.insert(closed(opening[candidate.position].text)).inserted,
                !chosenWords.contains(where: { $0.position < candidate.position && Self.saysAgain(words, $0.words) })
            else { return false }
            chosenWords.append((candidate.position, words))
            return true
        }
        .prefix(limit).map(\.position).sorted()
        guard !chosen.isEmpty else {
            // Nothing stands alone: the first sentence, as the story starts. Cut before a
            // quotation it introduces, the story still reads it whole; when the quotation is part
            // of the sentence ("asking if there were “any …”"), the summary reads it whole and the
            // story goes on after it.
            let first = opening[0].text
            if let cut = withoutQuotation(first) { return Summary(text: cut, leadSentences: 0, isVerbatim: false) }
            let marks = first.filter { "“”\"".contains($0) }
            let closed = marks.count % 2 == 0 && marks.filter { $0 == "“" }.count == marks.filter { $0 == "”" }.count
            return Summary(text: first, leadSentences: closed && opening[0].paragraph == 0 ? 1 : 0, isVerbatim: false)
        }
        // A sentence without its full stop (a subheading the page set as the first paragraph:
        // "Pubs and bars face penalties for … dancing") gets one, or it runs into the next.
        let text = chosen.map { opening[$0].text }.map(Self.closed).joined(separator: " ")
        // As far as the summary is the story's own opening, the body does not read it again (a
        // summary of its first and fourth sentences: the body starts at the second).
        let lead = zip(chosen, 0...).prefix { $0 == $1 }.count
        return Summary(text: text, leadSentences: lead)
    }

    /// "Trump attacked Rubio, saying, “He is weak." → "Trump attacked Rubio.": a summary does
    /// not start a quotation it cannot finish. The whole sentence when too little would be left;
    /// nil when the quotation is part of its grammar (no comma, colon or speech verb introduces
    /// it), so no cut reads well.
    static func withoutQuotation(_ sentence: String) -> String? {
        guard let mark = sentence.firstIndex(where: { "“”\"".contains($0) }) else { return sentence }
        let before = String(sentence[..<mark]).trimmingCharacters(in: .whitespaces)
        var head = before.replacing(introduction, with: "")
        guard head.split(separator: " ").count >= 6 else { return sentence }
        guard head != before else { return nil }
        if let last = head.last, !".!?".contains(last) { head += "." }
        return head
    }

    /// What introduces a quotation at the end of the words before it: ", saying:", " told CNN,".
    nonisolated(unsafe) private static let introduction =
        /(?i)[,:]?\s*(?:saying|said|says|adding|added|writing|wrote|telling \w+|told \w+)?\s*[,:]?\s*$/

    /// The sentence with a full stop when it ends without one (past any closing marks).
    static func closed(_ sentence: String) -> String {
        guard let last = sentence.last(where: { !"”’\"')]".contains($0) }), !".!?…:;".contains(last) else {
            return sentence
        }
        return sentence + "."
    }

    /// Whether one sentence's content words are mostly the other's: over half of the shorter's.
    static func saysAgain(_ words: Set<String>, _ other: Set<String>) -> Bool {
        words.intersection(other).count * 2 > min(words.count, other.count)
    }

    static func contentWords(_ text: String) -> Set<String> {
        Set(
            text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
                .filter { $0.count > 2 && !stopWords.contains($0) }
        )
    }
}
