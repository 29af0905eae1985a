import Foundation

/// What a page says about its article, in order of trust: JSON-LD `NewsArticle`/`Article`,
/// OpenGraph and Twitter meta tags, other meta tags, then the page's own markup (`<h1>`,
/// `<title>` without the site name, byline elements).
struct HTMLMetadata: Equatable {
    var title: String?
    var byline: String?
    var published: PublicationDate?
    var description: String?
    /// The page's declared language: `<html lang>`, else `og:locale` or `content-language`.
    var language: String?

    static let articleTypes: Set<String> = [
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
        "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "Report", "TechArticle",
        "ScholarlyArticle", "LiveBlogPosting", "SocialMediaPosting",
    ]

    init(_ document: HTMLDocument) {
        let linkedData = Self.linkedDataArticle(in: document)
        let meta = Self.metaTags(in: document)
        func metaValue(_ keys: String...) -> String? {
            keys.lazy.compactMap { meta[$0] }.first { !$0.isEmpty }
        }
        let headings = document.elements(named: "h1").map { document.text(of: $0) }.filter { !$0.isEmpty }
        let pageTitle = document.elements(named: "title").first.map { document.text(of: $0) }

        let titleCandidates = [
            linkedData?["headline"] as? String, metaValue("og:title", "twitter:title", "title", "sailthru.title"),
        ].compactMap { $0.map(Self.clean) }.filter { !$0.isEmpty }
        let storyTitle = Self.storyTitle(overSiteTitle: titleCandidates.first, headings: headings, pageTitle: pageTitle)
        title = storyTitle ?? Self.chooseTitle(candidates: titleCandidates, headings: headings, pageTitle: pageTitle)

        byline =
            Self.authorNames(linkedData?["author"])
            ?? metaValue("author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator")
            .flatMap(Self.cleanByline)
            ?? Self.bylineFromMarkup(document)

        let dateText =
            (linkedData?["datePublished"] as? String)
            ?? metaValue(
                "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
                "parsely-pub-date", "date", "dc.date", "sailthru.date", "article.published")
            ?? document.elements(named: "time").lazy.compactMap { document.nodes[$0].attribute("datetime") }.first
        published = dateText.flatMap(PublicationDate.first(in:))

        let declared =
            document.root.flatMap { document.nodes[$0].attribute("lang") ?? document.nodes[$0].attribute("xml:lang") }
            ?? metaValue("og:locale", "content-language", "language")
        language = declared.map { $0.replacingOccurrences(of: "_", with: "-").trimmingCharacters(in: .whitespaces) }
            .flatMap { $0.isEmpty ? nil : $0 }

        // A site's own title comes with the site's own description ("The latest news and
        // headlines from Yahoo! News …"), which is no standfirst of the story.
        description =
            storyTitle != nil
            ? nil
            : ((linkedData?["description"] as? String)
                ?? metaValue("og:description", "description", "twitter:description"))
                .map(Self.clean).flatMap { $0.isEmpty ? nil : $0 }
    }

    // MARK: JSON-LD

    private static func linkedDataArticle(in document: HTMLDocument) -> [String: Any]? {
        for script in document.elements(named: "script")
        where document.nodes[script].attribute("type")?.lowercased().contains("ld+json") == true {
            // Some pages wrap the JSON in a CDATA section (`<![CDATA[ … ]]>`, often commented out).
            let source = document.nodes[script].children.map { document.nodes[$0].text }.joined()
                .replacing(#/(?:\/\/|\/\*)?\s*<!\[CDATA\[|(?:\/\/|\/\*)?\s*\]\]>\s*(?:\*\/)?/#, with: "")
            guard let data = source.data(using: .utf8),
                let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            else { continue }
            if let article = firstArticle(in: json) { return article }
        }
        return nil
    }

    private static func firstArticle(in json: Any) -> [String: Any]? {
        if let list = json as? [Any] { return list.lazy.compactMap(firstArticle(in:)).first }
        guard let object = json as? [String: Any] else { return nil }
        let types: [String] = (object["@type"] as? [String]) ?? [(object["@type"] as? String) ?? ""]
        if types.contains(where: articleTypes.contains) { return object }
        for key in ["@graph", "mainEntity", "mainEntityOfPage", "itemListElement"] {
            if let nested = object[key], let article = firstArticle(in: nested) { return article }
        }
        return nil
    }

    private static func authorNames(_ value: Any?) -> String? {
        let names: [String]
        switch value {
        case let name as String: names = [name]
        case let object as [String: Any]: names = [(object["name"] as? String) ?? ""]
        case let list as [Any]: names = list.compactMap { authorNames($0) }
        default: return nil
        }
        let cleaned = names.compactMap(cleanByline)
        return cleaned.isEmpty ? nil : cleaned.joined(separator: " and ")
    }

    // MARK: Meta tags

    private static func metaTags(in document: HTMLDocument) -> [String: String] {
        var tags: [String: String] = [:]
        for meta in document.elements(named: "meta") {
            let node = document.nodes[meta]
            guard
                let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop"))?
                    .lowercased(),
                let content = node.attribute("content"), tags[key] == nil
            else { continue }
            tags[key] = content
        }
        return tags
    }

    // MARK: Title

    /// The metadata headline first (JSON-LD, then OpenGraph and Twitter), else the `<title>`
    /// without its site name, else the first `<h1>`.
    private static func chooseTitle(candidates: [String], headings: [String], pageTitle: String?) -> String? {
        if let first = candidates.first { return removingSiteName(first) }
        if let pageTitle = pageTitle.map(clean).map(removingSiteName), !pageTitle.isEmpty { return pageTitle }
        return headings.first
    }

    /// The headline the `<title>` and the first `<h1>` agree on when the metadata's shares no
    /// word with it: that is the site's own ("Yahoo News - Latest News & Headlines" above "Russia:
    /// Space ship malfunctions, breaks up over Siberia"), which a listener would hear as the
    /// story's. Nil when the metadata's headline is the story's.
    private static func storyTitle(overSiteTitle metadata: String?, headings: [String], pageTitle: String?) -> String? {
        guard let metadata, let pageTitle = pageTitle.map(clean).map(removingSiteName), !pageTitle.isEmpty,
            headings.first.map(clean) == pageTitle, words(of: metadata).isDisjoint(with: words(of: pageTitle))
        else { return nil }
        return pageTitle
    }

    /// A title's words of four letters or more, in lower case.
    private static func words(of title: String) -> Set<String> {
        Set(title.lowercased().split { !$0.isLetter }.filter { $0.count >= 4 }.map(String.init))
    }

    /// "Headline - Site Name" → "Headline", when what is cut is short and what stays is not.
    static func removingSiteName(_ title: String) -> String {
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · ", " » "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = String(title[..<range.lowerBound])
            let tail = title[range.upperBound...]
            if tail.split(separator: " ").count <= 4, head.split(separator: " ").count >= 3 {
                return removingSiteName(head)
            }
        }
        return title
    }

    /// Whitespace collapsed, and entities that pages escape twice in meta tags ("&#8217;")
    /// decoded.
    static func clean(_ text: String) -> String {
        HTMLDocument.collapse(HTMLEntities.decode(text).replacingOccurrences(of: "\u{00A0}", with: " "))
    }

    // MARK: Byline

    nonisolated(unsafe) private static let leadingBy = /^(?i:by)\s+/

    /// "By Jane Doe, Staff Writer" → "Jane Doe"; nil for URLs and empty values.
    static func cleanByline(_ text: String) -> String? {
        var byline = clean(text)
        if let names = PastedLine.authorNames(byline) { return names }
        guard !byline.isEmpty, !byline.contains("://"), !byline.hasPrefix("www.") else { return nil }
        byline = byline.replacing(leadingBy, with: "")
        if let comma = byline.firstIndex(of: ","), byline[comma...].contains(where: \.isLowercase) {
            let tail = byline[byline.index(after: comma)...].trimmingCharacters(in: .whitespaces)
            if !tail.contains(" and "), tail.split(separator: " ").count >= 2 || tail.first?.isLowercase == true {
                byline = String(byline[..<comma])
            }
        }
        return byline.count <= 100 && byline.contains(where: \.isLetter) ? byline : nil
    }

    private static func bylineFromMarkup(_ document: HTMLDocument) -> String? {
        for (index, node) in document.nodes.enumerated() where node.isElement {
            let hint = [
                node.attribute("class"), node.attribute("id"), node.attribute("rel"), node.attribute("itemprop"),
                node.attribute("data-testid"), node.attribute("data-component"),
            ]
            .compactMap { $0?.lowercased() }.joined(separator: " ")
            guard hint.contains("byline") || hint.contains("author") else { continue }
            let text = document.text(of: index)
            if text.count >= 4, text.count <= 120, let byline = PastedLine.authorNames(text) { return byline }
        }
        return nil
    }
}
