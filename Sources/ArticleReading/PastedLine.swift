import Foundation

/// What one line of pasted article text is, judged on its own.
enum PastedLine: Equatable {
    case blank
    /// Page furniture a browser copies along with the article: share widgets, player times,
    /// "Updated:", photo credits, "Advertisement", social links.
    case clutter
    /// A heading that introduces a list of links ("Related", "More from Reuters", "Most Read"):
    /// the lines under it, up to a blank line, are that list.
    case listHeading
    /// The heading of the readers' comments ("Show Comments", "Discussion Policy", "Leave a
    /// Reply"): after the story, what follows is the comments section's, not the story's.
    case commentsHeading
    /// An author line: "By Jack Phillips" (explicit), or a bare name under the headline.
    case byline(String, isExplicit: Bool)
    /// A short line that states the publication date.
    case date(PublicationDate)
    case text(String)

    static let commentsHeadings: Set<String> = [
        "show comments", "hide comments", "view comments", "discussion policy", "leave a comment", "leave a reply",
        "post a comment",
    ]

    init(classifying raw: String) {
        let line = PastedLine.withoutLeadingCredit(raw.trimmingCharacters(in: .whitespacesAndNewlines))
        if line.isEmpty {
            self = .blank
        } else if PastedLine.listHeadingPattern.matches(line) {
            self = .listHeading
        } else if PastedLine.commentsHeadings.contains(line.lowercased()) {
            self = .commentsHeading
        } else if PastedLine.isClutter(line) {
            self = .clutter
        } else if let names = PastedLine.bylineNames(line) {
            self = .byline(
                names, isExplicit: line.lowercased().hasPrefix("by") || line.lowercased().hasPrefix("author"))
        } else if let credit = PastedLine.creditedByline.firstMatch(in: line)?.group("credit") {
            self = .byline(credit, isExplicit: true)
        } else if line.split(separator: " ").count <= 8
            || (line.split(separator: " ").count <= 24 && PastedLine.datedLine.matches(line)),
            let date = PublicationDate.first(in: line)
        {
            self = .date(date)
        } else {
            self = .text(line)
        }
    }

    /// A caption's credit that the paste ran into the paragraph after it — "© Provided by
    /// Business Insider Inc Nintendo/Apple Nintendo and Apple shocked the world …" — left out.
    /// The credit's capitalised words after its slash run up to the paragraph's first word, the
    /// last capitalised one before a word in lower case.
    static func withoutLeadingCredit(_ line: String) -> String {
        guard line.hasPrefix("©") || line.hasPrefix("(c)") || line.hasPrefix("(C)"),
            let credit = leadingCredit.firstMatch(in: line), credit.range.upperBound < line.endIndex
        else {
            return line
        }
        return String(line[credit.range.upperBound...])
    }

    private static let leadingCredit = ICUPattern(
        #"^(?:©|\(c\)) ?Provided by [^/]{1,60}?(?:Inc\.?|LLC|Ltd\.?|Corp\.?|Media|News)(?: [\p{L}.'’-]+(?: [\p{L}.'’-]+){0,3}\/\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?= \p{Lu}))? "#
    )

    /// Whether this line could be a bare author name ("Jack Phillips"): two to four capitalised
    /// words, no digits, no sentence punctuation.
    var isBareName: Bool {
        guard case .byline(let names, false) = self else { return false }
        return !names.contains(" and ") && !names.contains(",")
    }
}

extension PastedLine {
    /// Whole lines that are page furniture, one alternative each; matched eight alternatives to
    /// a pattern (each in its own group, so its flags stay its own), their groups made groups
    /// that only group: one match per alternative costs a call each, and all 64 in one pattern,
    /// with their captures, backtracked five times slower than these eight (ICU copies every
    /// capture's place at each step it may return to). These patterns run on every line pasted,
    /// so ICU runs them: Swift's `Regex` took longer to parse them at first use than to read the
    /// whole article.
    private static let clutterAlternatives = [
        #"(?i)(updated|published|posted|last updated|modified)\s*:?"#,
        #"\d{1,2}:\d{2}(:\d{2})?(\s*\/\s*\d{1,2}:\d{2}(:\d{2})?)?"#,
        #"(?i)(twitter|facebook|linkedin|whatsapp|reddit|instagram|pinterest|telegram|email|e-mail|print|copy link|comments?|share|tweet|x|more|save|photo|video|audio|close|menu|play|listen|gift this article|share this page)"#,
        #"(?i)continue reading( the main story)?.*"#,
        #"[^\p{L}]*"#,
        #"(?i)(share|post|send) (on|to|via|this) [\w ]{1,30}"#,
        #"(?i)share this (article|story|page)"#,
        #"(?i)(advertisement|advertising)(\s*[-–—:].*)?"#,
        // Teads' video player label, under "ADVERTISING".
        #"(?i)inread invented by teads"#,
        #"(?i)(skip|scroll) (to|down)( to)? (content|continue|main content|article)"#,
        #"(?i)(read|see) (more|also|next)\b.{0,80}"#,
        #"(?i)(related|recommended|most read|most popular|also read|watch|listen|more|more from [\w ]+|promoted|sponsored)( links| stories| content| coverage)?\s*:.{0,120}"#,
        #"(?i)(sponsored|promoted) (links|content|stories)( \w+ \w+)?"#,
        #"(?i)(advertising|ad) .{0,40}(by|from) \w+"#,
        #"(?i)by taboola.*"#,
        #"(?i)\(?(photo |image )?credits?:.{0,100}"#,
        #"(?i)filed under\b.*"#,
        #"(?i)our standards:.*"#,
        #"(?i)(please )?(log|sign) in\b.{0,40}\b(to )?(leave a |post a |add a )?comments?\.?"#,
        #"(?i)(get|receive) .{0,80}(by e-?mail|in your inbox|newsletter).*"#,
        #"(?i)editing by .{0,200}"#,
        #"(?i)(©|copyright|\(c\)) ?\d{0,4}.{0,120}"#,
        #"(?i)all quotes delayed.*"#,
        #"(?i)all rights reserved\.?"#,
        // "If you're on the ABC7 News app, click here to watch live"
        #"(?i)([^.!?]{0,60}\b(click|tap) here|(click|tap)( here)?) to (copy|share|read|view|enlarge|subscribe|email|print|tweet|post|watch|listen).{0,80}"#,
        // A station's player: "ABC7 Bay Area 24/7 live stream"
        #"(?i)[\w ]{0,40}24\/7 live ?stream"#,
        // "… with Our New Book Atlas Obscura: Wild Life Order Now"
        // (In title case, as buttons are: "the advice is simple: buy now." is a sentence.)
        #".{0,150}\b(Order|Buy|Shop|Pre-?[Oo]rder|Subscribe) (Now|NOW)[.!]?"#,
        // A subscription box's plans and payment line (The Verge's): "A flexible plan you can
        // cancel anytime.", "Keep your team informed …", "We accept credit card, Apple Pay …"
        #"(?i)an? (flexible|discounted|monthly|annual|yearly) plan\b.{0,80}"#,
        #"(?i)keep your team informed\b.{0,80}"#,
        #"(?i)we accept (credit|debit|paypal|apple pay)\b.{0,80}"#,
        // "Would you like to be part of the Fandom team? Join our Fan Contributor Program …"
        #"(?i)would you like to (be part of|join|write for) .{1,60}\?.{0,160}"#,
        // Cookie notices: "We use cookies to enhance your visit to our site …"
        #"(?i)(we|this (web)?site|our (web)?site) uses? cookies\b.{0,300}"#,
        #"(?i)see also"#,
        #"(?i)(you must |please )?(log ?in|sign in|register)( or (create|register) an account)? to (comment|leave a comment|post a comment)\.?"#,
        #"(?i)we.re interested in your feedback.*"#,
        #".{0,300}https?:\/\/t\.co\/\w+"#,
        #"(?i)your video will (play|begin) in .*"#,
        #"(?i)[^\p{L}\p{N}]{0,3}(sign up|subscribe|follow (us|him|her|them|me)|listen to (this|the) (article|story)|download the app)\b.*"#,
        #"(?i)(get|receive|sign up for|subscribe to)\b.{0,60}\b(alerts?|newsletters?|e-?mails?|updates)( delivered)? (to|in) your inbox.*"#,
        // A share-by-e-mail form's notice: "Your email address is used only to let the recipient know …"
        #"(?i)your e-?mail address is used only\b.*"#,
        #"(?i)\d+\s+(reader )?comments?"#,
        #"(?i)reader comments"#,
        #"(?i)(https?:\/\/|www\.)\S+"#,
        #"(?i)(photo|image|picture|video|credit|source|illustration)s?\s*(:|by)\s.{1,100}"#,
        #"(?i)\(all (photos|images|pictures)( by)?:? .{1,60}\)"#,
        // Video players: "This is a modal window. …", "Loading..."
        #"(?i)this is a modal window\..*"#,
        // "Gallery: Xbox One X screenshots | 9 Photos"; a run-together topic list ending "All topics".
        #"(?i)gallery:? .{0,100}\b\d+ (photos|images|pictures)"#,
        // Reuters' gallery link: "Slideshow ( 15 images )".
        #"(?i)slide ?show\s*\(?\s*\d+ (photos|images|pictures)\s*\)?"#,
        #".{0,300}\bAll topics"#,
        #"(?i)loading(\.{3}|…)"#,
        // Ars Technica's comment count: "75 with 51 posters participating".
        #"(?i)\d+ with \d+ posters? participating.*"#,
        #"(?i)(continue using ad-?block|want to see fewer ads\?).*"#,
        // "Cities are changing fast. Keep up with the CityLab Daily newsletter."
        #"(?i)([^.!?]{1,60}[.!] )?keep up with the .{1,60} newsletter\.?"#,
        // The newsletter box's tagline under it: "The best way to follow issues you care about."
        #"(?i)the best way to (follow|keep up with|stay on top of|stay informed about) [^.!?]{1,60}[.!]?"#,
        #"(?i)this (article|story) (originally )?(appeared|was originally published|was reprinted) (on|in|by) .{1,80}"#,
        // The New York Times's print line: "A version of this article appears in print on , on
        // Page A1 of the New York edition with the headline: …"
        #"(?i)a version of this (article|story) appears in print\b.{0,300}"#,
        // A link to the author's other pieces, under the story: "More Richard (R.J.) Eskow."
        #"More(?: [\p{Lu}][\p{L}.’'-]*| \([\p{Lu}][\p{L}.]*\)){1,4}\.?"#,
        // A science news site's apparatus under the story: "More information: Marcel J. L. Th.
        // Niekus et al. …", "Journal information: …", "Citation: … retrieved …", its copyright notice.
        #"(?i)(more|journal) information:.*"#,
        #"(?i)citation:.*"#,
        #"(?i)this document is subject to copyright\b.*"#,
        // An e-mail address a page hid from robots ("AFP/The Local - [email protected]").
        #".{0,120}\[email protected\].{0,120}"#,
        // Comment prompts and policies: "Please keep comments civil …", "Join the conversation in
        // our comments section below.", "Postmedia is committed to maintaining a lively but civil
        // forum for discussion …"
        #"(?i)please keep (your )?comments\b.*"#,
        #"(?i)join the conversation\b.*"#,
        #"(?i).{0,60}\bis committed to maintaining a lively but civil forum\b.*"#,
        // A tag list: "In this article: av, consoles, entertainment, …"
        #"(?i)in this (article|story):.{0,300}"#,
        // A link to a topic page, amid the story: "The latest news about the coronavirus outbreak
        // in Sweden (paywall-free)" (a sentence would end with a full stop).
        #"(?i)(the )?latest (news|updates|coverage|stories) (about|on|from) [^.!?]{1,100}"#,
        // What a listener cannot see: "To see it in action, check out the footage below:"
        #"(?i).{0,80}\b(check out|watch|see|view)\b.{0,40}\b(footage|video|clip|trailer|photos?|gallery|images?|slideshow)\b.{0,20}\bbelow\b\W{0,3}"#,
        #"(?i)\((getty images|ap photo[^)]*|reuters|afp[^)]*|[^)]*\/(getty|ap|afp|reuters)[^)]*)\)"#,
        // "Here's a short clip of Montoya-Lewis walking in:" over a video the listener cannot see.
        #"(?i)here['’]s (a|an|the) (short |brief |quick )?(clip|video|footage)\b.{0,100}:"#,
        // A site's appeal for money: "We depend on ad revenue to craft and curate stories …
        // Consider supporting our work by becoming a member for as little as $5 a month."
        #"(?i).{0,200}\b(consider supporting our|support our (work|journalism|reporting)\b|by becoming a (member|subscriber|patron)\b).{0,200}"#,
    ]
    private static let clutterPatterns = stride(from: 0, to: clutterAlternatives.count, by: 8).map { start in
        ICUPattern(
            whole: clutterAlternatives[start..<min(start + 8, clutterAlternatives.count)]
                .map { "(?:\(ICUPattern.withoutCaptures($0)))" }.joined(separator: "|"))
    }

    /// A photo credit closing a caption: "… Mikhail Klimentyev/Sputnik via Reuters",
    /// "… (Getty Images)", "… Photo: Jane Doe/AP", "Image: Vjeran Pavic / The Verge".
    private static let creditPattern =
        #"(?:\((?:[^()\/]{1,40}\/){1,3}[^()\/]{1,40}\)|[\p{Lu}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*)*\/[\p{Lu}][\p{L}&.'’ -]*(?: via [\p{L} ]+)?|\((?:Getty Images|AP|AFP|Reuters|AP Photo[^)]*|[^)]*\/(?:Getty Images|AP|AFP|Reuters)[^)]*)\)|(?:via|Photo:|Credit:) (?:Reuters|AP|AFP|Getty Images|Getty|Shutterstock|EPA|Bloomberg)|Courtesy(?: of)? [\p{Lu}][\p{L}&.'’ -]{1,40}|(?:Image|Photo|Photograph|Illustration|Picture)s?(?: by)?: \p{Lu}[\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*)*(?: ?[\/|,] ?.{1,60})?) *"#
    private static let creditSuffix = ICUPattern(creditPattern + "$")
    private static let creditLine = ICUPattern(whole: creditPattern)

    private static let listHeadingPattern = ICUPattern(
        whole:
            #"(?i)([\w'’&. ]{1,30} [-–—|] )?(related|related (stories|coverage|articles|content|links)|more (from|on|about) [\w .'’&-]{1,40}|more stories|recommended( for you| articles| stories)?|suggested( for you| articles| stories| reading)?|featured|popular|last comments|most (read|popular|viewed)|(what['’]s )?trending( now)?|you (may|might) also like|read (more|next)|see also|also read|top stories|latest (news|stories))\s*:?"#
    )

    /// A photo credit on a line of its own ("Benoit Tessier/Reuters", "(Getty Images)").
    static func isCredit(_ line: String) -> Bool {
        creditLine.matches(line.trimmingCharacters(in: .whitespaces))
    }

    static func isClutter(_ line: String) -> Bool {
        // A short line made only of interface words: "Read Later", "More Options", "Resize Text".
        let words = line.lowercased().split { !$0.isLetter }
        if !words.isEmpty, words.count <= 4, words.allSatisfy({ interfaceWords.contains(String($0)) }) { return true }
        return clutterPatterns.contains { $0.matches(line) } || creditSuffix.matches(line)
    }

    private static let nameWord = ICUPattern(
        whole:
            #"(?:(?:Mc|Mac|O’|O')?[\p{Lu}][\p{Ll}’'-]+(?:-[\p{Lu}][\p{Ll}]+)?|(?:[\p{Lu}]\.){1,3}|de|van|von|der|da|di|la|le|bin|al-[\p{Lu}][\p{Ll}]+)"#
    )
    /// An author line that credits a newsroom or an agency rather than people: "By The Associated
    /// Press", "By Staff and news service reports", "By CNN Staff", and after the time it was
    /// filed, "2/26/2015 7:11 AM PST BY TMZ STAFF".
    private static let creditedByline = ICUPattern(
        whole:
            #"(?:\d{1,2}/\d{1,2}/\d{2,4}\s+\d{1,2}:\d{2}\s*[AaPp][Mm](?:\s+[A-Z]{2,4})?\s+)?(?i:by)\s+(?<credit>(?:[\p{L}&.'’-]+\s+){0,5}(?i:staff|reports|wire services?|news services?|associated press|reuters|agence france-presse|afp|bloomberg news|press association|canadian press)(?:\s+[\p{L}&.'’-]+){0,4})\.?"#
    )
    /// A publication line longer than a date alone: "PUBLISHED: November 8, 2023 at 11:30 p.m. |
    /// UPDATED: November 9, 2023 at 12:21 a.m."
    private static let datedLine = ICUPattern(
        #"^(?i:published|updated|posted|last updated|modified)(?:\s*:\s*|\s+(?:on\s+)?(?=\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)))"#
    )
    private static let titledByline = ICUPattern(
        whole: #"(?i:by|written by|author:|authors:)(?:\s+|(?=[A-Z]))(?<names>.+?)\.?"#)
    private static let trailingAge = ICUPattern(
        #"\s*[•|·-]?\s*\d+\s*(?:h|m|d|hours?|minutes?|days?|weeks?)(?: ago)?\s*$"#)
    /// ", MA WebMD Health News", ", Staff Writer": what follows the names after a comma.
    private static let trailingRole = ICUPattern(
        #",\s*(?:[A-Z]{2,4}\b.*|[A-Z][a-z]+ (?:Writer|Reporter|Editor|Correspondent|Contributor).*)$"#)
    private static let trailingDate = ICUPattern(
        #"(?i)(?:[\s,|•·-]+|(?<=[a-z])(?=\d))(?:(?:updated|published)\s*:?\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:[a-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} [a-z]{3,9}\.?,? \d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2} at \d{1,2}:\d{2}\b).*$"#
    )

    /// The longest line, in bytes, read as an author line (names, a role, a date and a time).
    static let longestByline = 300

    /// "@StevenMufson", "Follow @StevenMufson".
    private static let handle = ICUPattern(#"(?:\s+(?i:follow))?\s+@\w+"#)
    private static let trailingHandle = ICUPattern(#",?\s+@\w+$"#)
    /// "Richard Adams Education editor": a desk and a role after the name, with no comma.
    private static let trailingDesk = ICUPattern(
        #"\s+[A-Z][a-z]+\s+(?:editor|correspondent|reporter|writer|columnist|critic)$"#)
    private static let trailingDomain = ICUPattern(#"\s*,\s*[\w.]+\.(?:org|com|net|co\.uk)$"#)
    private static let trailingClause = ICUPattern(#",\s+(?:a|an|the|who|is|our)\s.*$"#)
    private static let nameSeparator = ICUPattern(#",? and |, "#)

    /// The names in an author line, or nil when the line is not one. A date after the names
    /// ("By JANE DOE JULY 29, 2016") is left out, and names in capitals are title-cased.
    static func bylineNames(_ line: String) -> String? {
        // An author line is short; a paragraph of the story is not worth the patterns below.
        guard line.utf8.count <= Self.longestByline else { return nil }
        if let match = titledByline.firstMatch(in: line), var names = match.group("names") {
            for suffix in [handle, trailingDate, trailingRole, trailingDesk, trailingDomain, trailingClause] {
                names = suffix.replacing(in: names, with: "")
            }
            if names == names.uppercased() { names = names.capitalized }
            return names.split(separator: " ").count <= 12 && isNameList(names) ? names : nil
        }
        // "Dan Goodin - Apr 16, 2015 8:02 pm UTC", "James Akinaka • 8h", "NATALIYA VASILYEVA"
        var name = [trailingHandle, trailingDate, trailingAge, trailingDesk].reduce(line) {
            $1.replacing(in: $0, with: "")
        }
        if name == name.uppercased(), (2...3).contains(name.split(separator: " ").count) { name = name.capitalized }
        return isName(Substring(name)) ? name : nil
    }

    /// An author line as pages mark it up ("By Brenda Goodman, MA WebMD Health News"): the
    /// names, or nil when what is left is not a list of names.
    public static func authorNames(_ text: String) -> String? {
        let line = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if line.lowercased().hasPrefix("by ") { return bylineNames(line) }
        return bylineNames(line) ?? bylineNames("By " + line)
    }

    /// Title-case words that page furniture is made of ("Read Later", "More Options"): a line
    /// with one of them is not a person's name.
    static let interfaceWords: Set<String> = [
        "read", "later", "more", "options", "share", "services", "all", "menu", "search", "home", "news",
        "sign", "log", "login", "subscribe", "follow", "print", "email", "comments", "comment", "save",
        "close", "open", "next", "previous", "back", "top", "latest", "popular", "video", "videos", "photos",
        "photo", "listen", "watch", "play", "skip", "content", "main", "navigation", "tech", "insider",
        "sports", "business", "politics", "world", "opinion", "health", "science", "entertainment", "life",
        "style", "travel", "food", "technology", "markets", "edition", "account", "profile", "settings",
        "help", "contact", "about", "privacy", "policy", "terms", "cookie", "cookies", "advertise",
        "newsletter", "newsletters", "podcasts", "podcast", "live", "breaking", "trending", "related",
        "stories", "topics", "tags", "story", "article", "articles", "page", "reporter", "editor", "staff",
        "writer", "correspondent", "contributing", "senior", "columnist", "magazine", "times", "post",
        "daily", "weekly", "today", "yesterday", "the", "of", "for", "and", "to", "in", "on", "with",
        "view", "views", "gallery", "image", "images", "copied", "link", "links", "copy", "report", "ad",
        "resize", "text", "font", "size", "bookmark", "bookmarks", "tools", "resources", "print", "gift",
        "audio", "transcript", "feedback", "options", "tweet", "pin", "it", "this", "up", "now", "free",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "july", "september", "october", "november", "december",
    ]

    private static func isName(_ text: Substring) -> Bool {
        let words = text.split(separator: " ")
        guard (2...4).contains(words.count), text.count <= 40 else { return false }
        guard !words.contains(where: { interfaceWords.contains($0.lowercased()) }) else { return false }
        guard words.first.map({ $0.first?.isUppercase == true }) == true,
            words.last.map({ $0.first?.isUppercase == true }) == true
        else { return false }
        return words.allSatisfy { nameWord.matches(String($0)) }
    }

    private static func isNameList(_ text: String) -> Bool {
        let parts = nameSeparator.replacing(in: text, with: "|").split(separator: "|")
        return !parts.isEmpty && parts.allSatisfy { isName(Substring($0.trimmingCharacters(in: .whitespaces))) }
    }
}
