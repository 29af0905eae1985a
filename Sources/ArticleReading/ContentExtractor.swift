import Foundation

/// Finds the article body in an HTML page, readability-style: paragraphs score their ancestors
/// by length and commas, class and id hints weigh in, link-heavy blocks lose, the best-scoring
/// container wins and related siblings join it. What it returns is read aloud, so captions,
/// share bars, related-story lists and other page furniture are dropped.
struct ContentExtractor {
    let document: HTMLDocument
    /// Nodes left out entirely: scripts, navigation, hidden and "unlikely" elements.
    private var removed: Set<Int> = []

    static let droppedElements: Set<String> = [
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "form", "button", "input",
        "select", "textarea", "nav", "footer", "aside", "figure", "figcaption", "picture", "video", "audio",
        "object", "embed", "dialog", "menu", "head", "title", "meta", "link",
        // Code listings mean nothing read aloud.
        "pre",
    ]
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd",
        "table", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "br", "address",
    ]
    private static let unlikely = [
        "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap", "disqus", "extra",
        "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar",
        "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup",
        "yom-remote", "newsletter", "signup", "subscribe", "promo", "share", "caption", "credit", "byline", "dateline",
        "timestamp", "toolbar", "recommend", "trending", "most-popular", "outbrain", "taboola",
        // Embedded posts: an Instagram caption in another voice and "A post shared by …", a tweet
        // and "— Seth Goldstein (@Rabbi_360) January 7, 2020", a TikTok.
        "instagram-media", "twitter-tweet", "tiktok-embed",
        // The notice a page shows readers who block its ads, with steps to let them through
        // ("adb-notification", "adblock-modal"), and the interstitials called roadblocks.
        "adblock", "ad-block", "adb-", "roadblock",
    ]
    private static let subheadings: Set<String> = ["h2", "h3", "h4", "h5", "h6"]
    private static let maybe = [
        "and", "article", "body", "column", "content", "main", "mathjax", "shadow",
    ]
    private static let positive = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story",
    ]
    private static let negative = [
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media",
        "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
        "shopping", "tags", "widget", "caption", "credit",
    ]

    /// `keepingProse` spares "unlikely" elements that hold several paragraphs of prose: the
    /// second try when class names hid the article ("c-fixed-sidebar-layout").
    init(document: HTMLDocument, keepingProse: Bool = false) {
        self.document = document
        removed = Self.removedNodes(in: document, keepingProse: keepingProse)
    }

    /// The article's paragraphs: a strict pass first, and a pass that spares prose-holding
    /// elements when the strict one found little (under 1,000 characters) and the page has at
    /// least twice that in prose paragraphs.
    static func articleParagraphs(in document: HTMLDocument) -> [String] {
        let strict = ContentExtractor(document: document).paragraphs()
        let pageProse = document.elements(named: "p").map { document.text(of: $0).count }.filter { $0 >= 120 }.reduce(
            0, +)
        let found = strict.map(\.count).reduce(0, +)
        guard found < 1000, found * 2 < pageProse else { return strict }
        let relaxed = ContentExtractor(document: document, keepingProse: true).paragraphs()
        return relaxed.map(\.count).reduce(0, +) > found ? relaxed : strict
    }

    /// The body paragraphs, best candidate first found; empty when the page has no article.
    func paragraphs() -> [String] {
        guard let top = topCandidate() else { return [] }
        let parts = articleNodes(around: top)
        return Self.joiningListPoints(parts.flatMap(blocks(in:))).filter(isSpeakable).map(\.text)
    }

    /// Every paragraph of the page, unscored: for documents that are all article (Markdown).
    func allParagraphs() -> [String] {
        guard let root = document.root else { return [] }
        return Self.joiningListPoints(blocks(in: root)).filter(isSpeakable).map(\.text)
    }

    // MARK: What is left out

    private static func removedNodes(in document: HTMLDocument, keepingProse: Bool) -> Set<Int> {
        var removed: Set<Int> = []
        // Layout wrappers around the article are never "unlikely", whatever their class says
        // ("c-fixed-sidebar-layout" around an <article>); nor is anything holding several
        // paragraphs of prose.
        var proseParagraphs = [Int](repeating: 0, count: document.nodes.count)
        for index in document.nodes.indices.reversed() where keepingProse {
            let node = document.nodes[index]
            if node.name == "p", document.text(of: index).count >= 120 { proseParagraphs[index] += 1 }
            if let parent = node.parent { proseParagraphs[parent] += proseParagraphs[index] }
        }
        var holdsArticle: Set<Int> = []
        for (index, node) in document.nodes.enumerated()
        where node.name == "article" || node.name == "main"
            || node.attribute("itemprop")?.lowercased().contains("articlebody") == true
        {
            var current = node.parent
            while let parent = current, holdsArticle.insert(parent).inserted { current = document.nodes[parent].parent }
            holdsArticle.insert(index)
        }
        for (index, node) in document.nodes.enumerated() {
            guard let name = node.name else { continue }
            if let parent = node.parent, removed.contains(parent) {
                removed.insert(index)
                continue
            }
            let hint = "\(node.attribute("class") ?? "") \(node.attribute("id") ?? "")"
            let style = (node.attribute("style") ?? "").lowercased().replacingOccurrences(of: " ", with: "")
            let isHidden =
                node.attributes["hidden"] != nil || node.attribute("aria-hidden") == "true"
                || style.contains("display:none") || style.contains("visibility:hidden")
            let isArticleBody = node.attribute("itemprop")?.lowercased().contains("articlebody") == true
            // A heading whose class calls it a header is a heading ("t-list-header" over Engadget's
            // pros and cons), not the page's header.
            let unlikelyHint =
                Self.subheadings.contains(name) ? hint.lowercased().replacingOccurrences(of: "header", with: "") : hint
            let isUnlikely =
                !["html", "body", "article", "main", "a", "table", "tbody", "tr", "td", "p"].contains(name)
                && !isArticleBody && !holdsArticle.contains(index) && proseParagraphs[index] < 3
                && Self.matches(unlikelyHint, Self.unlikely) && !Self.matches(hint, Self.maybe)
                && !document.hasAncestor(index, in: ["table", "code"])
            let isDialog =
                node.attribute("role").map {
                    ["dialog", "navigation", "complementary", "banner", "contentinfo", "alert"].contains($0)
                } ?? false
            if droppedElements.contains(name) || isHidden || isUnlikely || isDialog {
                removed.insert(index)
            }
        }
        return removed
    }

    // MARK: Scoring

    private func topCandidate() -> Int? {
        var scores: [Int: Double] = [:]
        for (index, node) in document.nodes.enumerated() where !removed.contains(index) {
            guard let name = node.name, isScorable(index, name: name) else { continue }
            let text = innerText(index)
            guard text.count >= 25 else { continue }
            let score = 1 + Double(text.filter { $0 == "," || $0 == "，" }.count) + min(Double(text.count / 100), 3)
            var ancestor = node.parent
            var level = 0
            while let current = ancestor, level < 3 {
                if scores[current] == nil { scores[current] = initialScore(current) }
                scores[current, default: 0] += score / (level == 0 ? 1 : level == 1 ? 2 : Double(level * 3))
                ancestor = document.nodes[current].parent
                level += 1
            }
        }
        let ranked = scores.map { ($0.key, $0.value * (1 - linkDensity($0.key))) }
            .sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        guard let (top, topScore) = ranked.first else { return nil }
        // A story in blocks of its own (Engadget's review, its opening in one block and the
        // rest in others) has several candidates nearly as good as the best: their nearest
        // common ancestor with it, when three of them share it, holds the whole story.
        let close = ranked.dropFirst().prefix(4).filter { $0.1 >= 0.75 * topScore }.map(\.0)
        guard close.count >= 3 else { return top }
        var ancestor = document.nodes[top].parent
        while let current = ancestor, document.nodes[current].name != "body" {
            if close.filter({ isInside($0, current) }).count >= 3 { return current }
            ancestor = document.nodes[current].parent
        }
        return top
    }

    /// Whether `index` lies inside `ancestor`.
    private func isInside(_ index: Int, _ ancestor: Int) -> Bool {
        var current = document.nodes[index].parent
        while let parent = current {
            if parent == ancestor { return true }
            current = document.nodes[parent].parent
        }
        return false
    }

    private func isScorable(_ index: Int, name: String) -> Bool {
        switch name {
        case "p", "pre", "td": return true
        case "div", "section":
            // A div of text with no blocks inside reads like a paragraph.
            return !document.nodes[index].children.contains { child in
                document.nodes[child].name.map { Self.blockElements.contains($0) || $0 == "img" } ?? false
            }
        default: return false
        }
    }

    private func initialScore(_ index: Int) -> Double {
        let node = document.nodes[index]
        var score: Double =
            switch node.name ?? "" {
            case "div", "article", "main", "section": 5
            case "pre", "td", "blockquote": 3
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": -3
            case "h1", "h2", "h3", "h4", "h5", "h6", "th": -5
            default: 0
            }
        for hint in [node.attribute("class"), node.attribute("id")].compactMap({ $0 }) where !hint.isEmpty {
            if Self.matches(hint, Self.negative) { score -= 25 }
            if Self.matches(hint, Self.positive) { score += 25 }
        }
        return score
    }

    // MARK: The article around the winner

    /// The top candidate and the siblings that belong with it: ones that score well, and
    /// paragraphs that read like prose.
    private func articleNodes(around top: Int) -> [Int] {
        // Climb while the parent holds little besides the candidate (a wrapper div).
        var top = top
        while let parent = document.nodes[top].parent, document.nodes[parent].name != "body",
            document.nodes[parent].name != "html",
            Double(innerText(top).count) >= 0.8 * Double(innerText(parent).count)
        {
            top = parent
        }
        guard let parent = document.nodes[top].parent else { return [top] }
        let topLength = innerText(top).count
        return document.nodes[parent].children.filter { sibling in
            guard sibling != top else { return true }
            guard !removed.contains(sibling), let name = document.nodes[sibling].name else { return false }
            let text = innerText(sibling)
            let density = linkDensity(sibling)
            if name == "p" {
                return (text.count > 80 && density < 0.25) || (density == 0 && text.hasSuffix(".") && text.count > 20)
            }
            return Self.blockElements.contains(name) && density < 0.2 && text.count > max(200, topLength / 5)
                && !Self.matches(document.nodes[sibling].attributes.values.joined(separator: " "), Self.negative)
        }
    }

    // MARK: Paragraphs

    private struct Block {
        var text = ""
        var linkCharacters = 0
        /// The block element the text sits in ("p", "h2", "li").
        var element = ""
        /// For a list item, its list.
        var list: Int?

        var words: Int { text.split(separator: " ").count }
        var linkDensity: Double { Double(linkCharacters) / Double(max(text.count, 1)) }
        var isHeading: Bool { element.count == 2 && element.hasPrefix("h") && element != "hr" }
    }

    /// The text of `root` cut at block elements, with how much of each piece is link text.
    private func blocks(in root: Int) -> [Block] {
        var blocks: [Block] = []
        var current = Block()
        func flush() {
            current.text = HTMLDocument.collapse(current.text)
            if !current.text.isEmpty { blocks.append(current) }
            current = Block()
        }
        // (node, entering) pairs: a block element flushes on the way in and on the way out.
        var stack: [(Int, Bool)] = [(root, true)]
        while let (index, entering) = stack.popLast() {
            let node = document.nodes[index]
            guard let name = node.name else {
                current.text += node.text
                if document.hasAncestor(index, in: ["a"]) { current.linkCharacters += node.text.count }
                continue
            }
            if removed.contains(index) { continue }
            if !entering {
                if Self.blockElements.contains(name) { flush() }
                continue
            }
            if name == "br" {
                current.text += " "
                continue
            }
            if Self.blockElements.contains(name) {
                flush()
                current.element = name
                if name == "li" { current.list = node.parent }
            }
            stack.append((index, false))
            stack.append(contentsOf: node.children.reversed().map { ($0, true) })
        }
        flush()
        return blocks
    }

    /// A list of short points read as one paragraph, under the heading or the line with a colon
    /// just above it: "Pros: Most powerful hardware ever in a home console; Expensive." Item by
    /// item, each point was a bare line to the listener, and the shortest were not read at all
    /// (Engadget's review). A list whose items are sentences, or links, is left as it is.
    private static func joiningListPoints(_ blocks: [Block]) -> [Block] {
        func isPoint(_ block: Block) -> Bool {
            guard let last = block.text.last, !".!?:;…\"”".contains(last) else { return false }
            return block.words <= 15 && block.linkDensity <= 0.5 && block.text.contains(where: \.isLetter)
        }
        var joined: [Block] = []
        var start = 0
        while start < blocks.count {
            var end = start + 1
            while let list = blocks[start].list, end < blocks.count, blocks[end].list == list { end += 1 }
            let items = blocks[start..<end]
            guard items.count >= 2, items.allSatisfy(isPoint) else {
                joined += items
                start = end
                continue
            }
            var points = Block(
                text: items.map(\.text).joined(separator: "; ") + ".",
                linkCharacters: items.reduce(0) { $0 + $1.linkCharacters }, element: "p")
            if let label = joined.last, label.words <= 6, label.linkDensity <= 0.5,
                label.isHeading || label.text.hasSuffix(":")
            {
                joined.removeLast()
                points.text = (label.text.hasSuffix(":") ? label.text : label.text + ":") + " " + points.text
            }
            joined.append(points)
            start = end
        }
        return joined
    }

    /// Whether a block is article prose rather than page furniture.
    /// Author lines, datelines, share widgets and link lists are not; nor are short labels
    /// ("Font Size") that are neither headings nor sentences.
    private func isSpeakable(_ block: Block) -> Bool {
        let text = block.text
        guard text.contains(where: \.isLetter), case .text = PastedLine(classifying: text) else { return false }
        if block.linkDensity > 0.5 && block.words < 40 { return false }
        if block.words <= 4, !block.isHeading, let last = text.last, !".!?:”\"’)".contains(last) { return false }
        return true
    }

    // MARK: Measures

    /// Whether a class or id hint names any of `words` (case-insensitive).
    private static func matches(_ hint: String, _ words: [String]) -> Bool {
        let hint = hint.lowercased()
        return words.contains { hint.contains($0) }
    }

    private func innerText(_ index: Int) -> String {
        var pieces: [String] = []
        var stack = [index]
        while let current = stack.popLast() {
            if removed.contains(current) { continue }
            let node = document.nodes[current]
            if node.name == nil { pieces.append(node.text) } else { stack.append(contentsOf: node.children.reversed()) }
        }
        return HTMLDocument.collapse(pieces.joined())
    }

    private func linkDensity(_ index: Int) -> Double {
        let total = innerText(index).count
        guard total > 0 else { return 0 }
        var linkLength = 0
        var stack = [index]
        while let current = stack.popLast() {
            if removed.contains(current) { continue }
            let node = document.nodes[current]
            if node.name == "a" {
                linkLength += innerText(current).count
            } else {
                stack.append(contentsOf: node.children)
            }
        }
        return Double(linkLength) / Double(total)
    }
}
