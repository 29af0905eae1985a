import Foundation

/// Reads text pasted from a browser (or typed) into an ``Article``.
///
/// The first line is the headline. The lines before the body are the header: a standfirst, a
/// repeated headline, a photo caption with its credit, the author line, a date and player
/// furniture. The body is every paragraph after that, up to an author bio block (the author's
/// name standing alone again after the story).
public enum PastedTextReader {
    /// How many text lines the header may hold before the body is taken to have begun.
    private static let headerTextLimit = 3

    // Run on every line: ICU patterns, compiled in a fraction of the time Swift's `Regex` takes
    // to parse them at first use.
    private static let runOfSpaces = ICUPattern(#"\s{2,}"#)
    /// "3/50 Title": a gallery slide's number and count.
    private static let galleryMarker = ICUPattern(#"^(?<slide>\d{1,3})\s?\/\s?(?<total>\d{1,3})\s+\S"#)

    public static func read(_ input: ArticleText) throws(ReadingError) -> Article {
        let rawLines = input.text
            .replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\u{00A0}", with: " ")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { runOfSpaces.replacing(in: $0.trimmingCharacters(in: .whitespaces), with: " ") }
        var lines = rawLines.map(PastedLine.init(classifying:))
        if let gallery = galleryLines(rawLines) {
            lines.replaceSubrange(gallery, with: Array(repeating: .clutter, count: gallery.count))
        }
        for embed in embeddedPosts(rawLines) {
            lines.replaceSubrange(embed, with: Array(repeating: .clutter, count: embed.count))
        }
        for caption in photoCaptions(rawLines, lines) { lines[caption] = .clutter }
        // The link line too: it heads no list of links, and the story goes on after it.
        for (title, link) in relatedStoryTitles(rawLines) { (lines[title], lines[link]) = (.clutter, .clutter) }

        // The first line is the headline even when it looks like a name or a date, unless it is
        // a photo caption (a credit line follows it).
        let contentLines = lines.indices.filter { lines[$0] != .blank && lines[$0] != .clutter }
        guard var headlineIndex = contentLines.first else { throw .noSentences(path: input.name) }
        // A photo caption above the headline (its credit line follows it) is not the headline.
        if lines.indices.contains(headlineIndex + 1), PastedLine.isCredit(rawLines[headlineIndex + 1]),
            let next = contentLines.first(where: { $0 > headlineIndex + 1 })
        {
            headlineIndex = next
        }
        var headline = rawLines[headlineIndex]
        // A headline broken after a word or two ("Just-released" / "Minecraft exploit …").
        if headline.split(separator: " ").count <= 2, !headline.contains(where: { ".!?:".contains($0) }),
            let next = contentLines.first(where: { $0 > headlineIndex }), next == headlineIndex + 1,
            case .text(let rest) = lines[next], rest.first?.isUppercase == true
        {
            headline += " " + rest
            headlineIndex = next
        }
        // Section labels and breadcrumbs above the headline ("Elections", "Home", "Archaeology &
        // Fossils") are skipped: the headline is then the first text line of four words or more.
        func wordCount(_ line: String) -> Int { line.split { !$0.isLetter && $0 != "'" && $0 != "’" }.count }
        if wordCount(headline) < 3,
            let titled = contentLines.prefix(8).first(where: {
                // A headline, not the story's first paragraph: no sentence end, not too long.
                guard case .text(let text) = lines[$0], let last = text.last else { return false }
                return wordCount(text) >= 4 && wordCount(text) <= 25 && !".!\"”".contains(last)
            })
        {
            headlineIndex = titled
            headline = rawLines[titled]
        }

        let header = readHeader(lines, after: headlineIndex, headline: headline)
        let paragraphs = withoutTeasers(readBody(lines[header.bodyStart...], headline: headline, author: header.byline))
        guard paragraphs.contains(where: { $0.contains(where: \.isLetter) }) else {
            throw .noSentences(path: input.name)
        }
        return Article(
            headline: headline,
            dek: header.dek,
            byline: header.byline,
            published: header.published,
            paragraphs: paragraphs
        )
    }

    private struct Header {
        var dek: String?
        var byline: String?
        var hasExplicitByline = false
        var published: PublicationDate?
        var bodyStart: Int
    }

    /// The header runs from the headline to the last author, date or clutter line before the
    /// body; the first text line in it is the standfirst. The first text line after an author or
    /// date line starts the body. Without an author or date line nothing counts as header text,
    /// so an article that starts straight into its story loses no paragraph.
    private static func readHeader(_ lines: [PastedLine], after headlineIndex: Int, headline: String) -> Header {
        var header = Header(bodyStart: headlineIndex + 1)
        var textLines: [String] = []
        scan: for index in lines.indices.dropFirst(headlineIndex + 1) {
            switch lines[index] {
            case .blank: continue
            case .clutter, .listHeading, .commentsHeading: header.bodyStart = index + 1
            case .byline(let names, false) where headline.contains(names):
                // A bare name that the headline names is the story's subject (a topic link under
                // the headline: "Lupita Nyong'o" under "Lupita Nyong'o's $150K Pearl Oscar
                // Dress"), not its author.
                header.bodyStart = index + 1
            case .byline(let names, let isExplicit):
                // "By …" outranks a bare name seen earlier (often a section or column name).
                if header.byline == nil || (isExplicit && !header.hasExplicitByline) {
                    header.byline = names
                    header.hasExplicitByline = isExplicit
                }
                header.bodyStart = index + 1
            case .date(let date):
                header.published = header.published ?? date
                header.bodyStart = index + 1
            case .text(let text):
                if text == headline {
                    header.bodyStart = index + 1
                } else if header.byline != nil || header.published != nil || textLines.count == headerTextLimit {
                    break scan
                } else {
                    textLines.append(text)
                }
            }
        }
        guard header.byline != nil || header.published != nil else {
            return Header(bodyStart: headlineIndex + 1)
        }
        let headerText = lines[(headlineIndex + 1)..<header.bodyStart].compactMap { line -> String? in
            if case .text(let text) = line, text != headline { text } else { nil }
        }
        // A topic label ("chaos theory") is not a standfirst: that says something, in a few words.
        // Nor is the headline again, shortened ("$150K Pearl Oscar Dress ... STOLEN!!!!").
        let headlineLetters = ArticleText.lettersAndDigits(headline)
        header.dek = headerText.first {
            (4...60).contains($0.split(separator: " ").count)
                && !headlineLetters.contains(ArticleText.lettersAndDigits($0))
        }
        return header
    }

    /// Body paragraphs: blank-line separated blocks, hard-wrapped lines joined, clutter dropped,
    /// stopping at an author bio block.
    private static func readBody(_ lines: ArraySlice<PastedLine>, headline: String, author: String?) -> [String] {
        var paragraphs: [String] = []
        var current: String?
        // Whether `current` is a numbered list's items so far.
        var inNumberedList = false
        func finish() {
            if let paragraph = current { paragraphs.append(paragraph) }
            current = nil
            inNumberedList = false
        }
        // Under a list heading, skip its lines up to the first blank line after at least one.
        var inLinkList = false
        var skippedLinks = 0
        for (index, line) in zip(lines.indices, lines) {
            if inLinkList && line != .blank {
                skippedLinks += 1
                continue
            }
            switch line {
            case .blank:
                finish()
                if skippedLinks > 0 { inLinkList = false }
            case .listHeading:
                finish()
                // Suggested stories to the end of the page — titles, standfirsts, dates — and no
                // more of the story: it ended above the heading.
                if paragraphs.count >= 3, isTeaserCards(lines[(index + 1)...]) { return paragraphs }
                inLinkList = true
                skippedLinks = 0
            case .clutter, .date:
                finish()
            case .commentsHeading:
                finish()
                // Readers' comments, their badges and policy: the story ended above.
                if paragraphs.count >= 3 { return paragraphs }
            case .byline(let names, _):
                // The author's name standing alone after the story opens the bio block.
                if paragraphs.count >= 3, names == author, line.isBareName {
                    finish()
                    return paragraphs
                }
                finish()
            case .text(let text):
                if text == headline && paragraphs.isEmpty && current == nil { continue }
                if let item = numberedItem(text) {
                    // A numbered list, one item a line ("1. Finland" / "2. Norway"), is one
                    // paragraph of short sentences: "1: Finland. 2: Norway." — said "one:
                    // Finland. two: Norway." rather than run together as "Finland two".
                    if inNumberedList, let partial = current {
                        current = partial + " " + item
                    } else {
                        finish()
                        current = item
                        inNumberedList = true
                    }
                } else if let partial = current, !endsSentence(partial), startsContinuation(text) {
                    current = partial + " " + text
                } else {
                    finish()
                    current = text
                }
            }
        }
        finish()
        return paragraphs
    }

    /// Whether `lines` are teaser cards only: short paragraphs (a title, a standfirst) with the
    /// date of at least one, or titles alone ("Citi mortgage units fined $28.8 million", "Millions
    /// of job openings!"), and nothing as long as a paragraph of a story.
    private static func isTeaserCards(_ lines: ArraySlice<PastedLine>) -> Bool {
        var dated = false
        var titles = 0
        var longest = 0
        for line in lines {
            switch line {
            case .blank, .clutter, .listHeading, .commentsHeading, .byline: continue
            case .date: dated = true
            case .text(let text):
                longest = max(longest, text.split(separator: " ").count)
                titles += 1
                if longest > 40 { return false }
            }
        }
        return dated || (titles >= 2 && longest <= 12)
    }

    /// A photo's caption, told by the credit line right under it: "The Apple Vision Pro." over
    /// "Image: Vjeran Pavic / The Verge" (The Verge read the caption as the story's first
    /// paragraph). A sentence of 30 words at most, after a blank line or page furniture ("Share
    /// this story"); a story's paragraph has a blank line under it.
    static func photoCaptions(_ lines: [String], _ classified: [PastedLine]) -> [Int] {
        lines.indices.dropFirst().filter { credit in
            let caption = credit - 1
            guard lines[credit].utf8.count <= 120, !lines[caption].isEmpty,
                caption == 0 || lines[caption - 1].isEmpty || classified[caption - 1] == .clutter
            else { return false }
            // (A caption is a sentence: a heading over a photo, "In use" over "Devindra
            // Hardawar/AOL", is the story's.)
            guard let last = lines[caption].last, ".!?".contains(last) else { return false }
            return lines[caption].split(separator: " ").count <= 30 && PastedLine.isCredit(lines[credit])
        }.map { $0 - 1 }
    }

    /// Social-media posts embedded in the story: from "View this post on Instagram" through "A
    /// post shared by … on Apr 27, 2020 at 9:24am PDT" — the post's own caption, in its own
    /// language and hashtags, is no part of the story (The Local read a Swedish caption) — and a
    /// tweet: its text, then "— Seth Goldstein (@Rabbi_360) January 7, 2020" (Times of Israel
    /// read one tweet's text after the sentence introducing the other).
    static func embeddedPosts(_ lines: [String]) -> [Range<Int>] {
        var posts = embeddedTweets(lines)
        var index = 0
        while index < lines.count {
            // (The opening line is short: most lines are passed over without running the pattern.)
            guard lines[index].utf8.count <= 40, embedOpening.matches(lines[index]) else {
                index += 1
                continue
            }
            let closing = lines.indices.dropFirst(index + 1).prefix(12).first { embedClosing.matches(lines[$0]) }
            let end = (closing ?? index) + 1
            posts.append(index..<end)
            index = end
        }
        return posts
    }

    /// Each tweet's lines: the block of lines just above its signature, when a tweet's length
    /// (else the signature alone), through the signature.
    private static func embeddedTweets(_ lines: [String]) -> [Range<Int>] {
        lines.indices.compactMap { signature in
            guard let first = lines[signature].first, "—–-".contains(first), tweetSignature.matches(lines[signature])
            else { return nil }
            var textEnd = signature
            while textEnd > 0 && lines[textEnd - 1].isEmpty { textEnd -= 1 }
            var start = textEnd
            while start > 0 && !lines[start - 1].isEmpty { start -= 1 }
            let text = lines[start..<textEnd]
            let isTweet = !text.isEmpty && text.reduce(0) { $0 + $1.count } <= 320 && text.last?.last != ":"
            return (isTweet ? start : signature)..<(signature + 1)
        }
    }

    private static let tweetSignature = ICUPattern(
        whole:
            #"[—–-] ?[^()]{1,60} \(@\w{1,15}\) (January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}"#
    )
    private static let embedOpening = ICUPattern(
        whole: #"(?i)view this (post|photo|video|profile) on (instagram|facebook|twitter|tiktok|x)"#)
    private static let embedClosing = ICUPattern(#"^(?i)an? (post|photo|video) shared by .{1,120}"#)

    /// A photo gallery pasted along with the story: slides numbered "1/50 Title", each with a
    /// caption paragraph. The lines from the first slide through the last slide's caption.
    static func galleryLines(_ lines: [String]) -> Range<Int>? {
        let markers = lines.indices.compactMap { index -> (Int, Int)? in
            guard lines[index].first?.isNumber == true, let match = galleryMarker.firstMatch(in: lines[index]),
                let total = match.group("total").flatMap({ Int($0) }), total >= 3
            else { return nil }
            return (index, total)
        }
        guard let first = markers.first, markers.count >= 3,
            markers.filter({ $0.1 == first.1 }).count >= 3,
            let last = markers.last(where: { $0.1 == first.1 })
        else { return nil }
        // The last slide's caption: the next non-blank line after the marker, and a credit.
        var end = last.0 + 1
        while end < lines.count, lines[end].isEmpty { end += 1 }
        if end < lines.count { end += 1 }
        while end < lines.count, lines[end].isEmpty { end += 1 }
        if end < lines.count, PastedLine.isCredit(lines[end]) { end += 1 }
        return first.0..<end
    }

    /// Drops what surrounds the story in a paste: before the first sentence and after the last
    /// one, only sentences stay; in between, a lone short line is a subheading and stays, but a
    /// run of two or more short lines without sentence punctuation is a list of teasers, links or
    /// ads and goes.
    static func withoutTeasers(_ paragraphs: [String]) -> [String] {
        func isCredit(_ text: String) -> Bool { text.lowercased().hasPrefix("additional reporting by") }
        func isSentence(_ text: String) -> Bool {
            text.split(separator: " ").count >= 4 && endsSentence(text) || isCredit(text)
        }
        func isShortLine(_ text: String) -> Bool {
            !endsSentence(text) && text.split(separator: " ").count <= 16 && !isCredit(text)
        }
        // Teaser headlines above the story, a question among them ("Twitter suspends alt-right
        // accounts" / "OnePlus 3T vs OnePlus 3: what's the difference?"): a run of short lines
        // that opens the body, one of them no sentence at all, goes whole — when a longer
        // paragraph follows it (a story told in short lines keeps them).
        let opening = paragraphs.prefix { $0.split(separator: " ").count <= 12 }
        let paragraphs =
            opening.count >= 2 && opening.count < paragraphs.count && opening.contains(where: isShortLine)
            ? Array(paragraphs.dropFirst(opening.count)) : paragraphs
        guard let first = paragraphs.firstIndex(where: isSentence),
            let last = paragraphs.lastIndex(where: isSentence)
        else { return paragraphs }
        var kept: [String] = []
        var index = first
        while index <= last {
            var runEnd = index
            while runEnd <= last, isShortLine(paragraphs[runEnd]) { runEnd += 1 }
            if runEnd - index >= 2 {
                index = runEnd
                continue
            }
            kept.append(paragraphs[index])
            index += 1
        }
        return kept
    }

    /// The titles of other stories set inside this one, each with a "Read more" link under it
    /// (The Guardian: "Third of Cambridge University staff 'have experienced bullying'" / "Read
    /// more"), and the link's line: a line of up to 25 words that ends no sentence, the link next.
    static func relatedStoryTitles(_ lines: [String]) -> [(title: Int, link: Int)] {
        let content = lines.indices.filter { !lines[$0].isEmpty }
        return zip(content, content.dropFirst()).filter { title, link in
            let prompt = lines[link].lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " :»›>…."))
            guard prompt == "read more", let last = lines[title].last else { return false }
            return !".!?:…".contains(last) && lines[title].split(separator: " ").count <= 25
        }
    }

    private static func endsSentence(_ text: String) -> Bool {
        guard let last = text.last else { return true }
        return ".!?:;\"”’)]…".contains(last)
    }

    /// "2. Norway" or "2) Norway" as an item of a numbered list, "2: Norway."; nil for any
    /// other line.
    static func numberedItem(_ text: String) -> String? {
        guard let match = numberedLine.firstMatch(in: text), let number = match.group("number"),
            let item = match.group("item")
        else { return nil }
        return "\(number): \(item)" + (endsSentence(item) ? "" : ".")
    }

    private static let numberedLine = ICUPattern(whole: #"(?<number>\d{1,2})[.)]\s+(?<item>[\p{Lu}\p{N}“"'‘].*)"#)

    private static func startsContinuation(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return first.isLowercase || first.isNumber || "(–—-".contains(first)
    }
}
