import ArticleReading
import Dispatch
import Foundation

/// Turns an article into its spoken script: headline, summary, byline, then the body with every
/// quotation cued in the narrator's voice and read in its speaker's own voice.
public struct ScriptWriter {
    public static let headlineChapter = "Headline"
    public static let summaryChapter = "Summary"
    public static let storyChapter = "Story"
    public static let storyContinuedChapter = "Story, continued"

    /// Across articles: each quoted person's voice, and whether the articles said a woman or a man.
    private var voices: [Speaker: Int] = [:]
    private var genders: [Speaker: Gender] = [:]
    /// In the article being written: who its people are, who has been cued, the segments, and
    /// who says each quote (by the quote's place in `spoken`).
    private var tracker = SpeakerTracker()
    private var cued: Set<Speaker> = []
    private var spoken: [Segment] = []
    private var quoted: [Int: Speaker] = [:]

    /// How many sentences a summary may have when the article has no standfirst (1–3).
    public var summarySentences: Int

    public init(summarySentences: Int = 2) {
        self.summarySentences = summarySentences
    }

    public static func script(for article: Article, summarySentences: Int = 2) -> Script {
        var writer = ScriptWriter(summarySentences: summarySentences)
        return writer.write(article)
    }

    /// The article's script, read as deep as `depth` says. A writer that writes several
    /// articles (a briefing) gives the same person the same voice in all of them; each article
    /// names its people afresh.
    public mutating func write(_ article: Article, depth: StoryDepth = .full) -> Script {
        var alone = ScriptWriter(summarySentences: summarySentences)
        return carrying(alone.written(article, depth: depth))
    }

    /// The scripts of `stories`, each read as deep as its depth says, as one writer writing them
    /// in turn writes them — but written side by side, one per core at a time: a briefing's
    /// stories are read apart and only their speakers' voices are shared, which are given out
    /// afterwards in story order.
    public mutating func write(_ stories: [(article: Article, depth: StoryDepth)]) -> [Script] {
        let summarySentences = summarySentences
        let written = [WrittenArticle?](unsafeUninitializedCapacity: stories.count) { buffer, count in
            buffer.initialize(repeating: nil)
            count = stories.count
            // Each iteration writes its own element only.
            nonisolated(unsafe) let results = buffer
            DispatchQueue.concurrentPerform(iterations: stories.count) { index in
                var alone = ScriptWriter(summarySentences: summarySentences)
                results[index] = alone.written(stories[index].article, depth: stories[index].depth)
            }
        }
        return written.map { carrying($0!) }
    }

    /// One article's script and who says each of its quotes, its speakers numbered from 1 in
    /// the order they first speak.
    private struct WrittenArticle {
        var script: Script
        /// Each quote's speaker, by the quote's place in the script.
        var speakers: [Int: Speaker]
    }

    /// The script of an article, written by this writer alone (a fresh one).
    private mutating func written(_ article: Article, depth: StoryDepth) -> WrittenArticle {
        let script = spokenScript(article, depth: depth)
        // The script is `spoken` with pauses between.
        let places = script.segments.indices.filter { script.segments[$0].kind != .pause }
        var speakers: [Int: Speaker] = [:]
        for (place, index) in zip(places, spoken.indices) {
            if let speaker = quoted[index] { speakers[place] = speaker }
        }
        return WrittenArticle(script: script, speakers: speakers)
    }

    /// `written`, its speakers given the voices and genders that the articles before it gave
    /// them; a speaker new to this writer gets the next voice, and the first gender an article
    /// tells is kept.
    private mutating func carrying(_ written: WrittenArticle) -> Script {
        var script = written.script
        for (place, speaker) in written.speakers.sorted(by: { $0.key < $1.key }) {
            let voice = voices[speaker] ?? (voices.count + 1)
            voices[speaker] = voice
            if genders[speaker] == nil, let gender = script.segments[place].gender {
                genders[speaker] = gender
            }
            script.segments[place].voice = .speaker(voice)
            script.segments[place].gender = genders[speaker]
        }
        return script
    }

    private mutating func spokenScript(_ written: Article, depth: StoryDepth) -> Script {
        var article = written
        let story = Self.spokenStory(article.paragraphs, headline: article.headline)
        article.paragraphs = story.map(Dateline.joined)
        append(Segment(kind: .headline, text: article.headline, voice: .headline, chapter: Self.headlineChapter))
        guard depth != .headline else { return finished(article) }
        // Chosen from the story's words without its dateline's place.
        var unplaced = article
        unplaced.paragraphs = story.map(\.story)
        let summary = Summarizer.summary(of: unplaced, sentences: summarySentences)
        if let summary {
            append(Segment(kind: .summary, text: summary.text, chapter: Self.summaryChapter))
        }
        guard depth == .full else { return finished(article) }
        if let byline = article.byline {
            append(Segment(kind: .byline, text: "By \(byline)."))
        }
        var nextChapter: String? = Self.storyChapter
        // A quotation left open at a paragraph's end, and whose voice reads its next paragraph.
        var openQuote: Segment?
        for (alreadyRead, paragraph) in Self.body(of: article, after: summary) {
            // Not read again, but it says who "she" is in what follows.
            if !alreadyRead.isEmpty { tracker.observe(Substring(alreadyRead)) }
            guard !paragraph.isEmpty else { continue }
            let quoted = QuotedParagraph(paragraph)
            for (index, part) in quoted.parts.enumerated() {
                switch part {
                case .narration(let text):
                    tracker.observe(Substring(text))
                    append(Segment(kind: .body, text: text, chapter: nextChapter))
                    nextChapter = nil
                case .quote(let text, _, nil) where index == 0 && openQuote != nil:
                    // The quotation goes on from the paragraph before: same speaker, no new cue.
                    var continued = openQuote ?? Segment(kind: .quote, text: text)
                    continued.text = text
                    append(continued)
                    nextChapter = Self.storyContinuedChapter
                case .quote(let text, _, let attribution):
                    appendQuote(text, attribution: attribution)
                    nextChapter = Self.storyContinuedChapter
                }
            }
            openQuote = quoted.endsInsideQuote ? spoken.last(where: { $0.kind == .quote }) : nil
        }
        return finished(article)
    }

    /// The segments so far, normalised, with pauses between.
    private func finished(_ article: Article) -> Script {
        Script(article: article, segments: withPauses(spoken.map(Self.normalized)))
    }

    /// The body paragraphs, each less the sentences the summary already read at its start, and
    /// those sentences: the story's own opening, all of a short story the summary said in full, a
    /// later paragraph the summary read whole — the page's standfirst word for word, as often as
    /// not — or the sentence that opens one ("Chief librarian Harriet Osei said the robot was
    /// never meant to be fast.", heard twice in ten seconds).
    private static func body(of article: Article, after summary: Summary?) -> [(alreadyRead: String, rest: String)] {
        guard let summary, summary.leadSentences > 0 || summary.isVerbatim else {
            return article.paragraphs.map { ("", $0) }
        }
        var remaining = summary.leadSentences
        // (A standfirst may leave a sentence's full stop off.)
        let summarised = Set(SentenceSplitter.sentences(in: summary.text).map(Summarizer.closed))
        return article.paragraphs.map { paragraph in
            // (Split only a paragraph that opens as the summary has it, up to a full stop it may
            // leave off.)
            guard remaining > 0 || summary.text.contains(paragraph.prefix(40).prefix { !".!?".contains($0) }) else {
                return ("", paragraph)
            }
            let sentences = SentenceSplitter.sentences(in: paragraph)
            let read: Int
            if remaining > 0 {
                read = min(remaining, sentences.count)
                remaining -= read
            } else {
                read = sentences.prefix { summarised.contains(Summarizer.closed($0)) }.count
                // What is left must stand on its own: not "A lot." after "It raised prices.", nor
                // "Its shareholders …" a minute after the summary said whose, nor "The long one
                // begins …" after a standfirst's "Tarot cards have a long story and a short one."
                // A quotation does, its cue saying who speaks.
                if read < sentences.count, !standsAlone(sentences[read]) {
                    return ("", paragraph)
                }
            }
            return (sentences.prefix(read).joined(separator: " "), sentences.dropFirst(read).joined(separator: " "))
        }
    }

    /// Whether a sentence can follow what the listener heard a while before: a quotation, or
    /// five words or more that do not lean on a sentence before them ("He …", "Now …", "The
    /// long one …", "The other …").
    private static func standsAlone(_ sentence: String) -> Bool {
        if let first = sentence.first, "“\"‘".contains(first) { return true }
        let words = sentence.split(separator: " ").map {
            $0.lowercased().trimmingCharacters(in: .punctuationCharacters)
        }
        guard words.count >= 5, !Summarizer.leansOnWhatCameBefore(words[0]) else { return false }
        return !words[1..<3].contains(where: referringBack.contains)
    }

    /// Words that, second or third in a sentence, stand for something the sentence before named.
    private static let referringBack: Set<String> = ["one", "ones", "other", "others", "former", "latter"]

    /// The paragraphs an article gives that are read aloud, before the summary is chosen from
    /// them: not a photo's caption, nor code, nor one the page repeats straight after itself
    /// (a caption under the photo and again in its gallery), nor a pull quote; a wire dateline
    /// said as a place, nor the headline said again above the story (see
    /// ``headlineAgain(_:headline:)``). Article readers keep captions and code, as the pages' own
    /// text; a listener does not.
    static func spokenParagraphs(_ paragraphs: [String], headline: String = "") -> [String] {
        spokenStory(paragraphs, headline: headline).map(Dateline.joined)
    }

    /// The paragraphs read aloud (see ``spokenParagraphs(_:headline:)``), each with its
    /// dateline's place apart.
    private static func spokenStory(_ paragraphs: [String], headline: String) -> [(place: String?, story: String)] {
        var spoken: [(place: String?, story: String)] = []
        let skipped = pullQuotes(paragraphs).union(headlineAgain(paragraphs, headline: headline))
        for (index, paragraph) in paragraphs.enumerated()
        where !isCode(paragraph) && !isCaption(paragraph) && !skipped.contains(index) {
            guard index == 0 || paragraph != paragraphs[index - 1], !restatesNext(paragraphs, at: index) else {
                continue
            }
            spoken.append(Dateline.parts(of: withoutEditors(paragraph)))
        }
        return spoken
    }

    /// Whether a paragraph is a wire photo's caption: "In this photo dated Tuesday, … the Soyuz
    /// rocket is installed on a launch pad … (Oleg Urusov/ Roscosmos Space Agency Press Service
    /// photo via AP)" — it says what a picture shows and closes with the picture's credit.
    static func isCaption(_ paragraph: String) -> Bool {
        let opening = paragraph.prefix(40).lowercased()
        guard
            ["in this photo", "in this file photo", "in this image", "in this handout", "this photo"]
                .contains(where: opening.hasPrefix),
            paragraph.hasSuffix(")"), let open = paragraph.lastIndex(of: "(")
        else { return false }
        let credit = paragraph[open...].lowercased()
        return ["photo", "/", "via ap", "getty", "reuters", "afp"].contains(where: credit.contains)
    }

    /// Lines above the story's first long paragraph (twenty words or more) that say the headline
    /// again, shortened or not, by index: a saved page's header keeps "$150K Pearl Oscar Dress ...
    /// STOLEN!!!!" under "Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!" as its text
    /// (four words or more, so that a short "Yes." is never taken for one). Its author and date
    /// lines the readers leave out themselves.
    static func headlineAgain(_ paragraphs: [String], headline: String) -> Set<Int> {
        guard let lead = paragraphs.firstIndex(where: { $0.split(separator: " ").count >= 20 }) else { return [] }
        let headlineLetters = ArticleText.lettersAndDigits(headline)
        return Set(
            paragraphs[..<lead].indices.filter { index in
                paragraphs[index].split(separator: " ").count >= 4
                    && headlineLetters.contains(ArticleText.lettersAndDigits(paragraphs[index]))
            })
    }

    /// Pull quotes and their credits, by index: a paragraph that is a quotation alone, every
    /// stretch of it (between "…") already said in a paragraph before it — "“Meadows screwed
    /// everybody ... They have all been eyeing that seat and figured they had two more years.”"
    /// set in the page after the paragraph it was lifted from — with the short line after it
    /// that names its speaker ("A GOP operative in the state"). Without that line a quotation
    /// said again is the writer's own ("Let's start by parsing that tweet: “…”") and stays.
    static func pullQuotes(_ paragraphs: [String]) -> Set<Int> {
        var pulled: Set<Int> = []
        for (index, paragraph) in paragraphs.enumerated().dropFirst() {
            guard let first = paragraph.first, let last = paragraph.last, QuoteScanner.marks.contains(first),
                QuoteScanner.marks.contains(last),
                !paragraph.dropFirst().dropLast().contains(where: QuoteScanner.marks.contains)
            else { continue }
            let stretches = paragraph.dropFirst().dropLast()
                .replacingOccurrences(of: "…", with: "...")
                .components(separatedBy: "...")
                .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " .,;:!?")) }
                .filter { !$0.isEmpty }
            guard !stretches.isEmpty, stretches.allSatisfy({ $0.split(separator: " ").count >= 3 }),
                stretches.allSatisfy({ stretch in paragraphs[..<index].contains { $0.contains(stretch) } })
            else { continue }
            guard index + 1 < paragraphs.count, let credit = paragraphs[index + 1].last,
                !".!?…\"”:".contains(credit), paragraphs[index + 1].split(separator: " ").count <= 8
            else { continue }
            pulled.formUnion([index, index + 1])
        }
        return pulled
    }

    /// Whether the paragraph at `index` is the next one to three said again, with a credit after
    /// — a picture's caption made of the story's opening: "St. Louis Park appears … in 2019. (screen
    /// grab)" above the two paragraphs it repeats.
    static func restatesNext(_ paragraphs: [String], at index: Int) -> Bool {
        var text = Substring(paragraphs[index])
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return false }
        text = text[..<open]
        while text.last?.isWhitespace == true { text = text.dropLast() }
        var following = ""
        for next in paragraphs[(index + 1)...].prefix(3) {
            following += following.isEmpty ? next : " " + next
            if following == text { return true }
            guard following.count < text.count else { return false }
        }
        return false
    }

    /// A wire story's reporting credit without its editors: "Additional reporting by Steve Gorman;
    /// Editing by Marguerita Choy" → "Additional reporting by Steve Gorman." — no newsreader reads
    /// who edited the copy.
    static func withoutEditors(_ paragraph: String) -> String {
        let opening = paragraph.prefix(24).lowercased()
        guard opening.hasPrefix("additional reporting by") || opening.hasPrefix("reporting by"),
            let editing = paragraph.range(of: "editing by ", options: .caseInsensitive)
        else { return paragraph }
        let credit = paragraph[..<editing.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: " ;,."))
        return credit + "."
    }

    /// Whether a paragraph is code or data an article shows ("rekt: { list: [ list: [ …"),
    /// which no one reads aloud: brackets, braces and the like are many, and a tenth of it.
    static func isCode(_ paragraph: String) -> Bool {
        let symbols = paragraph.unicodeScalars.filter { "{}[]<>;=|".unicodeScalars.contains($0) }.count
        let visible = paragraph.unicodeScalars.filter { !$0.properties.isWhitespace }.count
        return symbols >= 6 && symbols * 10 >= visible
    }

    private mutating func appendQuote(_ text: String, attribution: Attribution?) {
        guard let attribution else {
            // "A question came from a member of the audience:" says a quotation comes; "A
            // quote:" after it would say so twice.
            if let last = spoken.last, last.kind == .body, last.text.hasSuffix(":") {
                append(Segment(kind: .quote, text: text, voice: .quote, chapter: "Quote"))
            } else {
                append(Segment(kind: .cue, text: "A quote:", chapter: "Quote"))
                append(Segment(kind: .quote, text: text, voice: .quote))
            }
            return
        }
        let speaker = tracker.resolve(attribution.subject)
        // "she said", "Mrs. Bush said": the article says who is a woman or a man.
        let subjectWords = attribution.subject.split(separator: " ")
        if speaker.isPerson, genders[speaker] == nil,
            let gender = subjectWords.first.flatMap(Gender.from) ?? tracker.titles[speaker.name].flatMap(Gender.from)
        {
            genders[speaker] = gender
        }
        let isFirstCue = !cued.contains(speaker)
        // The first cue gives the full name and, when the article gives it, the role.
        var named = isFirstCue ? speaker.name : speaker.surname
        if isFirstCue, let aside = attribution.aside {
            named += ", \(aside),"
        } else if isFirstCue, attribution.opening == nil, let role = tracker.roles[speaker.name] {
            named = "\(role) \(named)"
        }
        cued.insert(speaker)
        let voice = voices[speaker] ?? (voices.count + 1)
        voices[speaker] = voice
        let rest = Substring(attribution.rest).trimmingSuffix(while: { ",.;: ".contains($0) })
        let clause =
            attribution.verb == Attribution.accordingTo
            ? "according to \(named)\(rest):" : "\(named) \(attribution.verb)\(rest):"
        let cue = attribution.opening.map { "\($0) \(clause)" } ?? clause.prefix(1).uppercased() + clause.dropFirst()
        append(Segment(kind: .cue, text: cue, speaker: speaker.name, chapter: "Quote: \(speaker.name)"))
        quoted[spoken.count] = speaker
        append(
            Segment(kind: .quote, text: text, speaker: speaker.name, voice: .speaker(voice), gender: genders[speaker]))
    }

    private mutating func append(_ segment: Segment) {
        spoken.append(segment)
    }

    /// The segment with its words as a newsreader says them ("Feb. 7" → "February seventh").
    private static func normalized(_ segment: Segment) -> Segment {
        var segment = segment
        segment.text = TextNormalizer.spoken(segment.text)
        return segment
    }

    /// Puts a pause between every two spoken segments, sized by what they are.
    private func withPauses(_ segments: [Segment]) -> [Segment] {
        var result: [Segment] = []
        for (previous, segment) in zip([nil] + segments.map(Optional.some), segments) {
            if let previous {
                result.append(.pause(PausePlan.seconds(after: previous.kind, before: segment.kind)))
            }
            result.append(segment)
        }
        return result
    }
}
