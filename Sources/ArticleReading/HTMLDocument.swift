internal import CLibXML2
import Foundation

/// An HTML page parsed by libxml2's forgiving HTML parser into a flat tree of Swift values:
/// nodes live in one array in document order and point at their parent and children by index.
public struct HTMLDocument: Sendable {
    public struct Node: Sendable {
        /// Lower-case element name, or nil for text.
        public var name: String?
        public var attributes: [String: String]
        /// The text of a text node; empty for elements.
        public var text: String
        public var parent: Int?
        public var children: [Int]

        public var isElement: Bool { name != nil }

        public func attribute(_ key: String) -> String? { attributes[key] }
    }

    public private(set) var nodes: [Node] = []

    /// The `<html>` element (index 0 when the page has any markup).
    public var root: Int? { nodes.isEmpty ? nil : 0 }

    /// Parses `data` as HTML, or as XML with libxml2's recovery (feeds); returns nil when libxml2
    /// finds no document at all (or is not installed).
    public init?(data: Data, asXML: Bool = false) {
        guard let xml = XMLLibrary.shared?.functions else { return nil }
        // A page that is valid UTF-8 is read as UTF-8 whatever it declares; otherwise libxml2
        // follows the page's own charset declaration (Windows-1252 and Latin-1 pages).
        let encoding = String(validating: data, as: UTF8.self) != nil ? "UTF-8" : nil
        let document = data.withUnsafeBytes { bytes -> xmlDocPtr? in
            guard let base = bytes.baseAddress else { return nil }
            let start = base.assumingMemoryBound(to: CChar.self)
            if asXML {
                let options = Int32(
                    XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
                        | XML_PARSE_NOWARNING.rawValue | XML_PARSE_HUGE.rawValue | XML_PARSE_NOCDATA.rawValue)
                return xml.readMemory(start, Int32(bytes.count), nil, encoding, options)
            }
            let options = Int32(
                HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                    | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue)
            return xml.htmlReadMemory(start, Int32(bytes.count), nil, encoding, options)
        }
        guard let document else { return nil }
        defer { xml.freeDoc(document) }
        guard let top = xml.docGetRootElement(document) else { return nil }
        append(top, parent: nil)
        guard !nodes.isEmpty else { return nil }
    }

    /// Copies libxml2's tree, iteratively so a deeply nested page cannot exhaust the stack.
    private mutating func append(_ top: xmlNodePtr, parent: Int?) {
        var stack: [(xmlNodePtr, Int?)] = [(top, parent)]
        while let (pointer, parentIndex) = stack.popLast() {
            let node = pointer.pointee
            let index = nodes.count
            switch node.type {
            case XML_ELEMENT_NODE:
                var attributes: [String: String] = [:]
                var attribute = node.properties
                while let current = attribute {
                    let key = String(cString: current.pointee.name).lowercased()
                    attributes[key] = current.pointee.children.map { String(cString: $0.pointee.content) } ?? ""
                    attribute = current.pointee.next
                }
                nodes.append(
                    Node(
                        name: String(cString: node.name).lowercased(),
                        attributes: attributes,
                        text: "",
                        parent: parentIndex,
                        children: []
                    )
                )
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard let content = node.content else { continue }
                nodes.append(
                    Node(name: nil, attributes: [:], text: String(cString: content), parent: parentIndex, children: [])
                )
            default:
                continue
            }
            if let parentIndex { nodes[parentIndex].children.append(index) }
            // Children are pushed last-first so they are popped, and numbered, in document order.
            var children: [xmlNodePtr] = []
            var child = node.children
            while let current = child {
                children.append(current)
                child = current.pointee.next
            }
            for child in children.reversed() { stack.append((child, index)) }
        }
    }

    // MARK: Queries

    /// Every element named `name`, in document order.
    public func elements(named name: String) -> [Int] {
        nodes.indices.filter { nodes[$0].name == name }
    }

    /// All text under `index`, whitespace collapsed.
    public func text(of index: Int, skipping skipped: Set<String> = ["script", "style", "noscript", "template"])
        -> String
    {
        var pieces: [String] = []
        var stack = [index]
        while let current = stack.popLast() {
            let node = nodes[current]
            if let name = node.name {
                if skipped.contains(name) { continue }
                if name == "br" { pieces.append(" ") }
                stack.append(contentsOf: node.children.reversed())
            } else {
                pieces.append(node.text)
            }
        }
        return Self.collapse(pieces.joined())
    }

    /// All text under `index` as it stands, scripts included (feed fields hold escaped HTML).
    public func rawText(of index: Int) -> String {
        var pieces: [String] = []
        var stack = [index]
        while let current = stack.popLast() {
            let node = nodes[current]
            if node.name == nil { pieces.append(node.text) } else { stack.append(contentsOf: node.children.reversed()) }
        }
        return pieces.joined()
    }

    /// Whitespace runs become single spaces; ends trimmed.
    public static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Whether `index` is inside an element named one of `names`.
    public func hasAncestor(_ index: Int, in names: Set<String>) -> Bool {
        var current = nodes[index].parent
        while let parent = current {
            if let name = nodes[parent].name, names.contains(name) { return true }
            current = nodes[parent].parent
        }
        return false
    }
}
