import Foundation

/// A body paragraph cut into narration and attributed quotations, in reading order.
///
/// A quotation is speech when it starts like a sentence (a capital after a sentence end, a colon
/// or an introducing "X said,") or is followed by an attribution; quoted fragments inside a
/// sentence ("Putin “does care” about") and scare quotes stay in the narration. A quotation split
/// by its attribution (“…,” he said. “…”) is one quotation.
struct QuotedParagraph: Equatable {
    enum Part: Equatable {
        case narration(String)
        /// The quotation as one spoken text, its pieces as written (split by the attribution),
        /// and who it is attributed to.
        case quote(String, pieces: [String], Attribution?)
    }

    var parts: [Part] = []
    /// Whether the paragraph ends inside a quotation that goes on in the next paragraph (news
    /// style: no closing mark, and the next paragraph opens with one).
    var endsInsideQuote = false

    /// `lenient` also takes long quoted stretches that start in lower case and unattributed
    /// quoted sentences ending in a comma, as speech: right for finding quotations, too eager
    /// for choosing what to read in another voice.
    init(_ paragraph: String, lenient: Bool = false) {
        let spans = QuoteScanner.spans(in: paragraph)
        var cursor = paragraph.startIndex
        var spanIndex = 0
        while spanIndex < spans.count {
            let span = spans[spanIndex]
            spanIndex += 1
            let content = paragraph[span.content]
            let longFragment = lenient && content.split(separator: " ").count >= 4
            guard span.range.lowerBound >= cursor, Self.startsLikeSpeech(content) || longFragment else { continue }
            let lead = paragraph[cursor..<span.range.lowerBound]
            let introduced = Attribution.introducing(lead)
            let clause = Self.clauseAfter(span, in: paragraph, spans: spans)
            var followed =
                introduced == nil && Self.handsOver(span, in: paragraph)
                ? Attribution.following(paragraph[span.range.upperBound..<clause.text]) : nil
            guard
                introduced != nil || followed != nil
                    || Self.standsAlone(span, lead: lead, in: paragraph, lenient: lenient)
                    || longFragment
            else {
                continue
            }
            var pieces = [paragraph[span.content]]
            var end = span.range.upperBound
            // “…,” Cruz said as the heckler yelled: “You suck!” — the attribution runs on into
            // another speaker's, who says the next quotation: it ends where theirs begins.
            let attributing = paragraph[span.range.upperBound..<clause.text]
            if let first = followed, clause.text == clause.end, clause.end < paragraph.endIndex, !first.rest.isEmpty,
                let rest = attributing.range(of: first.rest, options: .backwards),
                let (before, other) = Attribution.introducing(attributing[rest.lowerBound...]),
                other.subject.lowercased() != first.subject.lowercased(),
                let own = Attribution.following(
                    Self.withoutTrailingConjunction(attributing[..<before.endIndex]))
            {
                followed = own
                // (The next quotation's cue starts at its speaker: "The heckler yelled:", not "as …".)
                end = attributing[before.endIndex...].range(of: other.subject)?.lowerBound ?? before.endIndex
            } else if followed != nil {
                end = clause.end
                // “…,” he said. “…” — the quotation goes on after its attribution.
                while spanIndex < spans.count, spans[spanIndex].range.lowerBound < end { spanIndex += 1 }
                // “…,” Reilly said, “but …” — or the same sentence goes on after it.
                var continuesSentence = clause.continuesSentence
                while spanIndex < spans.count,
                    paragraph[end..<spans[spanIndex].range.lowerBound].allSatisfy(\.isWhitespace),
                    continuesSentence || Self.startsLikeSpeech(paragraph[spans[spanIndex].content])
                {
                    continuesSentence = false
                    pieces.append(paragraph[spans[spanIndex].content])
                    end = spans[spanIndex].range.upperBound
                    spanIndex += 1
                }
            }
            // “…,” Rothman recalls. “…,” he said. — the same speaker named again after the
            // quotation goes on is not read after it ("he said." in the narrator's voice); what
            // that attribution adds is ("…,” he said, adding if … → "He added if …").
            var addition: String?
            if pieces.count > 1, let first = followed {
                let last = spans[spanIndex - 1]
                let tail = Self.clauseAfter(last, in: paragraph, spans: spans)
                if let again = Attribution.following(paragraph[last.range.upperBound..<tail.text]),
                    again.subject == first.subject || SpeakerTracker.pronouns.contains(again.subject.lowercased())
                {
                    end = tail.end
                    if again.rest.hasPrefix(", adding ") {
                        addition = Self.addition(again, from: again.rest.startIndex)
                    }
                }
            }
            // “…,” Trump said, referring to soldiers dying in the war, adding that the conflict
            // … — the cue ends before what he added, which is read after the quotation.
            if addition == nil, let said = followed, let adding = said.rest.range(of: ", adding ") {
                addition = Self.addition(said, from: adding.lowerBound)
                followed?.rest = String(said.rest[..<adding.lowerBound])
            }
            appendNarration(introduced?.narration ?? lead, beforeQuote: true)
            parts.append(
                .quote(
                    Self.joined(pieces),
                    pieces: pieces.map { $0.trimmingCharacters(in: .whitespaces) },
                    introduced?.attribution ?? followed ?? Self.goingOn(after: lead)
                )
            )
            if let addition { appendNarration(Substring(addition)) }
            cursor = end
        }
        appendNarration(paragraph[cursor...])
        if let last = spans.last, !last.isClosed, case .quote = parts.last {
            endsInsideQuote = true
        }
    }

    /// The words before a second speaker's attribution, less the conjunction joining them to it
    /// ("Cruz said as" → "Cruz said").
    private static func withoutTrailingConjunction(_ words: Substring) -> Substring {
        let trimmed = words.trimmingSuffix(while: \.isWhitespace)
        guard let space = trimmed.lastIndex(of: " "),
            ["as", "while", "when", "and", "but", "before", "after", "then"].contains(
                trimmed[trimmed.index(after: space)...].lowercased())
        else { return trimmed }
        return trimmed[..<space]
    }

    /// "He added if …": what an attribution's ", adding …" (starting at `start` in its rest)
    /// says, as a sentence of the narrator's.
    private static func addition(_ attribution: Attribution, from start: String.Index) -> String {
        let subject = attribution.subject.prefix(1).uppercased() + attribution.subject.dropFirst()
        let added = attribution.rest[start...].dropFirst(", adding ".count)
        return "\(subject) added \(added)" + (added.last.map { ".!?…”\"".contains($0) } == true ? "" : ".")
    }

    /// The speaker of a quotation that follows a sentence quoting them and naming them at its
    /// end — “Now it’s hard to see what could persuade the Palestinians” to hold up on their ICC
    /// plans, Indyk said. “That has nothing to do with …” — who goes on: "Indyk added:" (it was
    /// "A quote:").
    private static func goingOn(after lead: Substring) -> Attribution? {
        let sentence = lead.trimmingSuffix(while: \.isWhitespace)
        // "Wayne King said he was not deterred by the short timeline. “I don’t expect anyone to
        // hand me anything.”": the quotation after a sentence saying what someone named said is
        // theirs.
        // (Not after "He said …": who "he" is can be a guess, and "A quote:" is never wrong.)
        if sentence.last == ".", let last = SentenceSplitter.sentences(in: String(sentence)).last,
            let subject = reportingSubject(of: last)
        {
            return Attribution(subject: subject, verb: "added", rest: "")
        }
        guard sentence.last == ".", let comma = sentence.lastIndex(of: ","),
            let quoted = sentence[..<comma].lastIndex(where: { "”\"".contains($0) }),
            !sentence[quoted..<comma].contains(where: { ".!?".contains($0) }),
            let said = Attribution.following(sentence[comma...]), said.rest.isEmpty, said.aside == nil
        else { return nil }
        return Attribution(subject: said.subject, verb: "added", rest: "")
    }

    /// The speaker of a sentence that reports what they said — "Stuart Kaplan says the …", "Wayne
    /// King said he …" — a name of two or three capitalised words, then a speech verb.
    private static func reportingSubject(of sentence: String) -> String? {
        let words = sentence.split(separator: " ")
        guard let verbIndex = words.prefix(4).firstIndex(where: { SpeechVerb.singleWords.contains(String($0)) }),
            verbIndex > 0, verbIndex + 1 < words.count
        else { return nil }
        // Two words or more, so that a one-word subject ("Officials said …", "It said …") is
        // not taken for a name.
        let subject = words[..<verbIndex]
        guard subject.count >= 2, !SpeakerTracker.commonWords.contains(subject[subject.startIndex].lowercased()),
            subject.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || ".’'-".contains($0) } }
            )
        else { return nil }
        return subject.joined(separator: " ")
    }

    /// Narration before a quotation that stops mid-sentence (its attribution became the cue)
    /// gets a full stop, so it is said as a sentence of its own.
    private mutating func appendNarration(_ text: Substring, beforeQuote: Bool = false) {
        var trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.contains(where: { $0.isLetter || $0.isNumber }) else { return }
        if beforeQuote, let last = trimmed.last, last.isLetter || last.isNumber { trimmed += "." }
        parts.append(.narration(trimmed))
    }

    /// Quotation pieces as one spoken quotation: a comma that handed over to the attribution
    /// becomes a full stop, unless the next piece carries on the same sentence.
    private static func joined(_ pieces: [Substring]) -> String {
        let texts = pieces.map { $0.trimmingCharacters(in: .whitespaces) }
        return texts.enumerated().map { index, piece -> String in
            var text = piece
            let next = index + 1 < texts.count ? texts[index + 1] : nil
            if next?.first?.isLowercase == true { return text.hasSuffix(",") ? text : text + "," }
            if text.hasSuffix(",") { text.removeLast() }
            if let last = text.last, !".!?…".contains(last) { text += "." }
            return text
        }.joined(separator: " ")
    }

    /// Whether a quotation ends the way one does before its attribution — with punctuation
    /// inside the marks (“…,” she said) or a comma after them (“…”, she said) — rather than
    /// running on into the sentence as a title does: “Parasite” director Bong Joon Ho said …,
    /// “Mrs Maisel” actress Alex Borstein said ….
    private static func handsOver(_ span: QuoteSpan, in paragraph: String) -> Bool {
        // (Through a quotation within it: “… said, ‘You weren't in line,’” she said.)
        if let last = paragraph[span.content].last(where: { !" '’‘".contains($0) }), ",.!?…-—–".contains(last) {
            return true
        }
        let after = paragraph[span.range.upperBound...].drop { $0 == " " }
        return after.first.map { ",;:—–-".contains($0) } ?? true
    }

    /// Whether a quotation starts as a sentence does, with a capital or a digit — after an
    /// ellipsis, or the bracket of an editor's words ("“[These were] 12 pages of detailed laws …",
    /// The Independent: the quotation was read as narration).
    private static func startsLikeSpeech(_ content: Substring) -> Bool {
        guard let first = content.first(where: { !$0.isWhitespace && !".…'‘[".contains($0) }) else { return false }
        return first.isUppercase || first.isNumber
    }

    /// An unattributed quotation that is a sentence of its own: it starts a sentence and ends
    /// with sentence punctuation inside the marks.
    private static func standsAlone(_ span: QuoteSpan, lead: Substring, in paragraph: String, lenient: Bool) -> Bool {
        let before = lead.trimmingCharacters(in: .whitespaces)
        let content = paragraph[span.content].trimmingCharacters(in: .whitespaces)
        guard let last = content.last, content.split(separator: " ").count >= 3 else { return false }
        if lenient { return ".!?…,".contains(last) }
        guard before.isEmpty || ".!?:".contains(before.last ?? ".") else { return false }
        return ".!?…".contains(last)
    }

    /// The clause after a quotation: its text ends before the sentence-ending punctuation and
    /// `end` is past it. Quoted fragments inside the clause are skipped over; a quotation that
    /// starts a new sentence ends it, and so does one right after an attribution and a comma
    /// (“…,” Reilly said, “but …”), which carries on the quoted sentence.
    private static func clauseAfter(
        _ span: QuoteSpan,
        in paragraph: String,
        spans: [QuoteSpan]
    ) -> (text: String.Index, end: String.Index, continuesSentence: Bool) {
        var index = span.range.upperBound
        while index < paragraph.endIndex {
            if let inner = spans.first(where: { $0.range.lowerBound == index }) {
                if startsLikeSpeech(paragraph[inner.content]) { return (index, index, false) }
                let between = paragraph[span.range.upperBound..<index]
                if between.trimmingCharacters(in: .whitespaces).hasSuffix(","), Attribution.following(between) != nil {
                    return (index, index, true)
                }
                index = inner.range.upperBound
                continue
            }
            let character = paragraph[index]
            let next = paragraph.index(after: index)
            if ".!?".contains(character), next == paragraph.endIndex || paragraph[next].isWhitespace,
                !(character == "." && SentenceSplitter.isAbbreviation(endingAt: index, in: paragraph))
            {
                return (index, next, false)
            }
            index = next
        }
        return (index, index, false)
    }
}
