import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Item titles of an RSS feed, read with Foundation's own XML parser — not Briefcast's reader.
public enum RSSItemTitles {
    public static func read(_ data: Data) throws -> [String] {
        let collector = TitleCollector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
        return collector.titles
    }
}

private final class TitleCollector: NSObject, XMLParserDelegate {
    var titles: [String] = []
    private var inItem = false
    private var text: String?

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if name == "item" { inItem = true }
        if inItem && name == "title" { text = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text? += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "item" { inItem = false }
        if name == "title", let title = text {
            titles.append(title)
            text = nil
        }
    }
}
