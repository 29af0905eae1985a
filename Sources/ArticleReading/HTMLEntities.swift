/// Decodes the HTML character references left in text: numeric ones and the common names.
enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "rsquo": "’",
        "lsquo": "‘", "ldquo": "“", "rdquo": "”", "mdash": "—", "ndash": "–", "hellip": "…", "eacute": "é",
        "copy": "©", "reg": "®", "trade": "™", "pound": "£", "euro": "€", "deg": "°",
    ]

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let tail = rest[ampersand...]
            if let semicolon = tail.prefix(12).firstIndex(of: ";"),
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

    private static func character(for name: Substring) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value =
                digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        return named[String(name)]
    }
}
