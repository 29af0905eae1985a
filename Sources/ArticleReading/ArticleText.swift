import Foundation

/// The raw text of one input, checked to be readable UTF-8 prose before any parsing.
public struct ArticleText: Equatable, Sendable {
    /// How the input is named in messages: its path, or "standard input".
    public var name: String
    public var text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }

    /// Letters and digits alone, in lower case, for telling a line that says the headline again
    /// ("$150K Pearl Oscar Dress ... STOLEN!!!!" is "150kpearloscardressstolen", which
    /// "Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!" holds).
    public static func lettersAndDigits(_ text: String) -> String {
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter(CharacterSet.alphanumerics.contains)))
    }

    /// Reads `path`, or standard input when `path` is "-", as text.
    public static func load(_ path: String) throws(ReadingError) -> ArticleText {
        let (data, name) = try bytes(of: path)
        return try decode(data, name: name)
    }

    /// The largest input read: far beyond any article, short of a stray video or disk image.
    public static let byteLimit = 20 * 1_048_576

    /// The bytes of `path` (standard input for "-") and the name to report it by.
    public static func bytes(of path: String) throws(ReadingError) -> (Data, String) {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard data.contains(where: { !isWhitespace($0) }) else { throw .empty(path: "standard input") }
            return (data, "standard input")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .missing(path: path)
        }
        guard !isDirectory.boolValue else { throw .isDirectory(path: path) }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= byteLimit else { throw .tooLarge(path: path, limit: byteLimit) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        guard data.contains(where: { !isWhitespace($0) }) else { throw .empty(path: path) }
        return (data, path)
    }

    /// Checks that `data` is non-empty UTF-8 text (a leading BOM is dropped), or UTF-16 that
    /// says so with its byte order mark.
    public static func decode(_ data: Data, name: String) throws(ReadingError) -> ArticleText {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            guard data.count % 2 == 0, let text = String(data: data, encoding: .utf16) else {
                throw .unreadable(path: name, reason: "it starts like UTF-16 text but is not")
            }
            return try decode(Data(text.utf8), name: name)
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard bytes.contains(where: { !isWhitespace($0) }) else { throw .empty(path: name) }
        if bytes.prefix(8192).contains(0) { throw .binary(path: name) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .invalidUTF8(path: name, byteOffset: firstInvalidUTF8Offset(bytes))
        }
        let controls = text.unicodeScalars.prefix(8192).filter {
            $0.value < 0x20 && !["\n", "\r", "\t", "\u{0C}"].contains($0)
        }
        if controls.count > 8 { throw .binary(path: name) }
        return ArticleText(name: name, text: InvisibleCharacters.cleaned(text))
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    /// The offset of the first byte that does not begin a well-formed UTF-8 character.
    private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var index = 0
        while index < bytes.count {
            let length = UTF8Scan.characterLength(in: bytes, at: index)
            guard length > 0 else { return index }
            index += length
        }
        return index
    }
}
