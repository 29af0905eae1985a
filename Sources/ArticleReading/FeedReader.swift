import Foundation

/// Reads RSS 0.9x–2.0, RSS 1.0 (RDF) and Atom feeds, leniently: a byte-order mark, an undeclared
/// Windows-1252 file, HTML entities XML does not know, bare ampersands and a file cut short are
/// repaired or read past, as a forgiving reader would.
public enum FeedReader {
    public static func read(_ data: Data, name: String) throws(ReadingError) -> Feed {
        let text = repairedEntities(decoded(data))
        guard let document = HTMLDocument(data: Data(text.utf8), asXML: true),
            let channel = channel(in: document)
        else { throw .notAFeed(path: name) }
        let isAtom = document.nodes[channel].name == "feed"
        let items = document.nodes.indices.filter { document.nodes[$0].name == (isAtom ? "entry" : "item") }
        return Feed(
            title: child("title", of: channel, in: document).map { cleanText(document, $0) },
            items: items.map { item(at: $0, in: document, isAtom: isAtom) }
        )
    }

    // MARK: Structure

    /// The element holding the feed's own title: RSS `<channel>`, or Atom `<feed>`.
    private static func channel(in document: HTMLDocument) -> Int? {
        guard let root = document.root, let name = document.nodes[root].name else { return nil }
        switch name {
        case "feed", "channel": return root
        case "rss", "rdf": return child("channel", of: root, in: document) ?? root
        default: return nil
        }
    }

    private static func item(at index: Int, in document: HTMLDocument, isAtom: Bool) -> Feed.Item {
        let title = child("title", of: index, in: document).map { cleanText(document, $0) }
        let dateElement =
            children(of: index, in: document, named: ["pubdate", "published", "issued"]).first
            ?? children(of: index, in: document, named: ["updated", "modified", "date"]).first
        let published = dateElement.flatMap { FeedDate.parse(document.text(of: $0)) }
        let contentElement = children(of: index, in: document, named: ["encoded", "content", "description", "summary"])
            .first
        let content = contentElement.map { document.rawText(of: $0) }
        return Feed.Item(
            title: title.flatMap { $0.isEmpty ? nil : $0 },
            link: link(of: index, in: document, isAtom: isAtom).map { resolved($0, at: index, in: document) },
            published: published,
            content: content.flatMap { $0.isEmpty ? nil : $0 }
        )
    }

    /// RSS: the `<link>` text, else an alternate `<atom:link href>`, else a permalink `<guid>`.
    /// Atom: the alternate link's `href`, else the first link's.
    private static func link(of index: Int, in document: HTMLDocument, isAtom: Bool) -> String? {
        let links = children(of: index, in: document, named: ["link"])
        let alternate = links.first { link in
            let node = document.nodes[link]
            return node.attribute("href") != nil && (node.attribute("rel") ?? "alternate") == "alternate"
        }
        if !isAtom, let textual = links.lazy.map({ document.text(of: $0) }).first(where: { !$0.isEmpty }) {
            return textual
        }
        if let alternate, let href = document.nodes[alternate].attribute("href") { return href.trimmed }
        if isAtom, let first = links.first, let href = document.nodes[first].attribute("href") { return href.trimmed }
        if let guid = child("guid", of: index, in: document), document.nodes[guid].attribute("ispermalink") != "false" {
            let value = document.text(of: guid)
            if value.hasPrefix("http://") || value.hasPrefix("https://") { return value }
        }
        return nil
    }

    /// A relative link resolved against the nearest `xml:base`, when there is one.
    private static func resolved(_ link: String, at index: Int, in document: HTMLDocument) -> String {
        guard URL(string: link)?.scheme == nil else { return link }
        var current: Int? = index
        while let node = current {
            if let base = document.nodes[node].attribute("base"),
                let url = URL(string: link, relativeTo: URL(string: base))
            {
                return url.absoluteString
            }
            current = document.nodes[node].parent
        }
        return link
    }

    private static func child(_ name: String, of index: Int, in document: HTMLDocument) -> Int? {
        children(of: index, in: document, named: [name]).first
    }

    private static func children(of index: Int, in document: HTMLDocument, named names: Set<String>) -> [Int] {
        document.nodes[index].children.filter { document.nodes[$0].name.map(names.contains) ?? false }
    }

    nonisolated(unsafe) private static let tag = #/<[^>]{1,200}>/#

    /// An element's text as a listener gets it: tags removed, entities decoded (twice, for
    /// double-escaped feeds), whitespace collapsed.
    private static func cleanText(_ document: HTMLDocument, _ index: Int) -> String {
        plainText(document.rawText(of: index))
    }

    /// An item's text (HTML or plain) as a listener gets it: tags removed, entities decoded,
    /// whitespace collapsed, nothing invisible.
    public static func plainText(_ raw: String) -> String {
        let untagged = HTMLEntities.decode(raw).replacing(tag, with: " ")
        return InvisibleCharacters.cleaned(HTMLDocument.collapse(HTMLEntities.decode(untagged)))
    }

    // MARK: Repairs before parsing

    /// The feed as a string: a declared encoding honoured, UTF-8 checked, Windows-1252 (then
    /// Latin-1) when the bytes are not what they claim; the declaration made to say UTF-8.
    static func decoded(_ data: Data) -> String {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]),
            let text = String(data: bytes, encoding: .utf16)
        {
            return withUTF8Declaration(text)
        }
        let head = String(decoding: bytes.prefix(200), as: UTF8.self)
        let declared = head.firstMatch(of: #/<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/#).map { $0.1.lowercased() }
        let candidates: [String.Encoding] =
            switch declared {
            case "iso-8859-1", "latin1", "iso8859-1": [.isoLatin1]
            case "windows-1252", "cp1252": [.windowsCP1252, .isoLatin1]
            case "windows-1251", "cp1251": [.windowsCP1251]
            case "us-ascii", "ascii": [.utf8, .windowsCP1252, .isoLatin1]
            default: [.utf8, .windowsCP1252, .isoLatin1]
            }
        // A feed that claims an 8-bit encoding but is mostly UTF-8 (a stray Latin-1 byte here and
        // there) is read as UTF-8, its stray bytes as Windows-1252.
        let (multibyte, invalid) = utf8Census(bytes)
        if multibyte > 0, multibyte >= invalid, invalid > 0 || declared != nil {
            return withUTF8Declaration(mixedDecoding(bytes))
        }
        for encoding in candidates {
            if let text = String(data: bytes, encoding: encoding) { return withUTF8Declaration(text) }
        }
        return withUTF8Declaration(mixedDecoding(bytes))
    }

    /// How many well-formed multi-byte UTF-8 characters, and how many bytes that fit none.
    private static func utf8Census(_ bytes: Data) -> (multibyte: Int, invalid: Int) {
        var multibyte = 0
        var invalid = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let length = UTF8Scan.characterLength(in: bytes, at: index)
            if length > 1 { multibyte += 1 }
            if length == 0 { invalid += 1 }
            index += max(length, 1)
        }
        return (multibyte, invalid)
    }

    /// UTF-8 where the bytes are well-formed, Windows-1252 byte by byte where they are not.
    private static func mixedDecoding(_ bytes: Data) -> String {
        var text = ""
        var runStart = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let length = UTF8Scan.characterLength(in: bytes, at: index)
            if length > 0 {
                index += length
                continue
            }
            text += String(decoding: bytes[runStart..<index], as: UTF8.self)
            text +=
                String(data: bytes[index..<(index + 1)], encoding: .windowsCP1252)
                ?? String(Character(Unicode.Scalar(bytes[index])))
            index += 1
            runStart = index
        }
        text += String(decoding: bytes[runStart..<index], as: UTF8.self)
        // A no-break space encoded twice ("Â" + no-break space) is one no-break space.
        return text.replacingOccurrences(of: "\u{00C2}\u{00A0}", with: "\u{00A0}")
    }

    private static func withUTF8Declaration(_ text: String) -> String {
        guard let end = text.firstRange(of: "?>"), text.hasPrefix("<?xml") else { return text }
        let declaration = String(text[..<end.upperBound])
            .replacing(#/(encoding\s*=\s*["'])[^"']+(["'])/#) { "\($0.1)UTF-8\($0.2)" }
        return declaration + text[end.upperBound...]
    }

    /// Outside CDATA sections: HTML's named entities become character references, and an
    /// ampersand that starts no entity becomes `&amp;`.
    static func repairedEntities(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let start = rest.firstRange(of: "<![CDATA[") {
            result += repairSegment(rest[..<start.lowerBound])
            guard let end = rest[start.upperBound...].firstRange(of: "]]>") else {
                result += rest[start.lowerBound...]
                return result
            }
            result += rest[start.lowerBound..<end.upperBound]
            rest = rest[end.upperBound...]
        }
        return result + repairSegment(rest)
    }

    private static let xmlEntities: Set<String> = ["amp", "lt", "gt", "quot", "apos"]

    private static func repairSegment(_ segment: Substring) -> String {
        guard segment.contains("&") else { return String(segment) }
        var result = ""
        result.reserveCapacity(segment.utf8.count + 64)
        var rest = segment
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            let reference = after.prefix(33).prefix { $0 != ";" && $0 != "&" && $0 != "<" && !$0.isWhitespace }
            let hasSemicolon = reference.endIndex < after.endIndex && after[reference.endIndex] == ";"
            let name = String(reference)
            if hasSemicolon, !name.isEmpty {
                // Character references and XML's own entities stay; HTML's names become
                // references; anything else is text.
                if xmlEntities.contains(name) || (name.hasPrefix("#") && HTMLEntities.character(for: reference) != nil)
                {
                    result += "&\(name);"
                } else if let character = HTMLEntities.character(for: reference),
                    let scalar = character.unicodeScalars.first
                {
                    result += "&#\(scalar.value);"
                } else {
                    result += "&amp;\(name);"
                }
                rest = after[after.index(after: reference.endIndex)...]
            } else {
                result += "&amp;"
                rest = after
            }
        }
        return result + rest
    }
}

extension String {
    fileprivate var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
