internal import CLibXML2

/// Decodes the HTML character references left in text: numeric ones, and every name HTML
/// defines (libxml2's table, the one the feed reader's repairs use too).
enum HTMLEntities {
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let tail = rest[ampersand...]
            if let semicolon = tail.prefix(34).firstIndex(of: ";"),
                let decoded = character(for: tail[tail.index(after: ampersand)..<semicolon])
            {
                result += decoded
                rest = tail[tail.index(after: semicolon)...]
            } else {
                result += "&"
                rest = tail.dropFirst()
            }
        }
        return result + rest
    }

    /// The character a reference names (without `&` and `;`), or nil when it names none.
    static func character(for name: Substring) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value =
                digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        guard !name.isEmpty, name.count <= 32, let xml = XMLLibrary.shared?.functions,
            let entity = xml.htmlEntityLookup(String(name))
        else { return nil }
        return Unicode.Scalar(entity.pointee.value).map { String(Character($0)) }
    }
}
