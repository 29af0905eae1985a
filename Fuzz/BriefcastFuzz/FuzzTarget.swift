import ArticleReading
import Foundation
import Scripting

/// One reader or script stage under the fuzzer, with the invariants every input must keep:
/// never a crash, a hang or a trap, and what comes out is made of what went in.
enum FuzzTarget: String, CaseIterable {
    case paste, html, markdown, feed, sentences, normalize, quotes

    /// Checks one input; a broken invariant stops the process, and libFuzzer keeps the input.
    func check(_ data: Data) {
        switch self {
        case .paste: checkArticle(data, format: .text)
        case .html: checkArticle(data, format: .html)
        case .markdown: checkArticle(data, format: .markdown)
        case .feed: checkFeed(data)
        case .sentences: checkSentences(String(decoding: data, as: UTF8.self))
        case .normalize: checkNormalizer(String(decoding: data, as: UTF8.self))
        case .quotes: checkQuotes(String(decoding: data, as: UTF8.self))
        }
    }

    /// An article or a clear error; its headline and paragraphs are trimmed, non-empty text with
    /// nothing invisible in it, and every word of a paste is a word of the input (of Markdown, a
    /// run of the input's letters: markup between two words joins them; entities spell new ones).
    private func checkArticle(_ data: Data, format: InputFormat) {
        let article: Article
        do {
            article = try ArticleReader.read(data, name: "fuzz-input", format: format)
        } catch {
            require(!error.localizedDescription.isEmpty, "an error without a message")
            return
        }
        let parts = [article.headline] + article.paragraphs
        for part in parts {
            require(!part.isEmpty, "an empty part")
            require(
                part == part.trimmingCharacters(in: .whitespacesAndNewlines), "untrimmed part \(part.debugDescription)")
            require(InvisibleCharacters.cleaned(part) == part, "an invisible character in \(part.debugDescription)")
        }
        // Text with a UTF-16 byte order mark is read as UTF-16.
        let isUTF16 = data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
        let source =
            isUTF16 ? String(data: data, encoding: .utf16) ?? "" : String(decoding: data, as: UTF8.self)
        let words = parts + [article.byline ?? "", article.dek ?? ""]
        switch format {
        case .html,
            .markdown where source.contains("&"):
            // Character references spell letters the input does not have.
            return
        default:
            // A word of the input, or a run of its letters: "ByJ.R. Stone" is read as "J.R.
            // Stone", and Markdown's "[officials](https://…)so" says "officialsso".
            let known = Self.words(source)
            let letters = [
                source, source.replacing(#/\]\([^)]*\)/#, with: "]"), source.replacing(#/\]\([^)\n]*\)/#, with: "]"),
            ].map {
                String($0.lowercased().filter { $0.isLetter || $0.isNumber })
            }
            for part in words {
                for word in Self.words(part)
                where !known.contains(word) && !letters.contains(where: { $0.contains(word) })
                    && !Self.isJoined(word, from: known)
                {
                    fail("“\(word)” is not in the input")
                }
            }
        }
    }

    private func checkFeed(_ data: Data) {
        guard let feed = try? FeedReader.read(data, name: "fuzz-input") else { return }
        require(feed.items.count <= data.count, "more items than bytes")
    }

    /// The sentences are the text, cut: nothing lost, nothing added but the cuts.
    private func checkSentences(_ text: String) {
        let sentences = SentenceSplitter.sentences(in: text)
        // Compared scalar by scalar (a space with a combining mark on it is one Character),
        // without spaces and invisible format characters such as a zero-width space.
        func visible(_ text: String) -> [Unicode.Scalar] {
            text.unicodeScalars.filter { !$0.properties.isWhitespace && $0.properties.generalCategory != .format }
        }
        require(visible(sentences.joined()) == visible(text), "sentences lose or add text")
    }

    private func checkNormalizer(_ text: String) {
        let spoken = TextNormalizer.spoken(text)
        require(!spoken.contains("  "), "a double space")
        if text.contains(where: { $0.isLetter || $0.isNumber }) {
            require(spoken.contains(where: { $0.isLetter || $0.isNumber }), "words normalised away")
        }
    }

    /// Quotes come from the paragraph; the script of an article of that paragraph speaks.
    private func checkQuotes(_ text: String) {
        for quote in QuoteFinder.quotes(in: text) {
            for word in Self.words(quote.text) where !Self.words(text).contains(word) {
                fail("quoted word “\(word)” is not in the paragraph")
            }
        }
        let paragraph = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard paragraph.contains(where: \.isLetter) else { return }
        let script = ScriptWriter.script(for: Article(headline: "Headline", paragraphs: [paragraph]))
        require(script.segments.filter(\.isSpoken).allSatisfy { !$0.text.isEmpty }, "an empty spoken segment")
    }

    /// Whether a word is input words run together, as when markup between two words is
    /// dropped wherever it sits ("[officials](…\n*By Lya Natarajan*" can read "officialsnatarajan").
    static func isJoined(_ word: String, from known: Set<String>) -> Bool {
        let characters = Array(word)
        // reachable[i]: the first i characters are whole input words.
        var reachable = [true] + Array(repeating: false, count: characters.count)
        for end in 1..<(characters.count + 1) {
            reachable[end] = (0..<end).contains { start in
                reachable[start] && known.contains(String(characters[start..<end]))
            }
        }
        return reachable[characters.count]
    }

    /// Lower-cased runs of letters and digits.
    static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init))
    }

    private func require(_ condition: Bool, _ problem: @autoclosure () -> String) {
        if !condition { fail(problem()) }
    }

    private func fail(_ problem: String) -> Never {
        FileHandle.standardError.write(Data("briefcast-fuzz \(rawValue): \(problem)\n".utf8))
        abort()
    }
}
