import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An RSS document as Foundation's own XML parser reads it — not Briefcast's reader: the item
/// titles, and every element's path with its attributes.
public enum RSSItemTitles {
    public static func read(_ data: Data) throws -> [String] {
        try parse(data).titles
    }

    /// Each element as "rss/channel/item/enclosure" with its attributes, in document order.
    public static func elements(_ data: Data) throws -> [(path: String, attributes: [String: String])] {
        try parse(data).elements
    }

    private static func parse(_ data: Data) throws -> Collector {
        let collector = Collector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
        return collector
    }
}

private final class Collector: NSObject, XMLParserDelegate {
    var titles: [String] = []
    var elements: [(path: String, attributes: [String: String])] = []
    private var stack: [String] = []
    private var text: String?

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        stack.append(qualifiedName ?? name)
        elements.append((stack.joined(separator: "/"), attributes))
        if stack.contains("item") && name == "title" { text = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text? += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
        if name == "title", let title = text {
            titles.append(title)
            text = nil
        }
    }
}
