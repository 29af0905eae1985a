import Foundation

/// An ID3v2.3 tag with chapters, for the front of an MP3: title, artist, year and software
/// frames, a `CTOC` table of contents, and one `CHAP` frame per chapter (start and end in
/// milliseconds, its title in a `TIT2` sub-frame, its link in a `WXXX` sub-frame) — the frames
/// podcast apps and `ffprobe` read as chapters (ID3v2 Chapter Frame Addendum 1.0).
public enum ID3ChapterTag {
    /// A chapter as the tag holds it.
    public struct Entry: Equatable, Sendable {
        public var title: String
        public var start: Int
        public var end: Int
        public var url: String?

        public init(title: String, start: Int, end: Int, url: String? = nil) {
            self.title = title
            self.start = start
            self.end = end
            self.url = url
        }
    }

    /// The whole tag. Chapter `i` runs from its start to the next one's (the last to `duration`).
    public static func tag(chapters: [Chapter], sampleRate: Int, duration: Int, metadata: AudioMetadata) -> [UInt8] {
        let starts = chapters.map { Int((Double($0.sample) * 1000 / Double(sampleRate)).rounded()) }
        let entries = chapters.indices.map { index in
            Entry(
                title: chapters[index].label, start: starts[index],
                end: index + 1 < starts.count ? starts[index + 1] : max(duration, starts[index]),
                url: chapters[index].url)
        }
        return tag(entries, metadata: metadata)
    }

    public static func tag(_ entries: [Entry], metadata: AudioMetadata) -> [UInt8] {
        var frames: [UInt8] = []
        if let title = metadata.title { frames += frame("TIT2", text(title)) }
        if let artist = metadata.artist { frames += frame("TPE1", text(artist)) }
        if let year = metadata.date?.prefix(4), year.count == 4 { frames += frame("TYER", text(String(year))) }
        if let software = metadata.software { frames += frame("TSSE", text(software)) }
        // A table of contents holds at most 255 entries.
        let listed = Array(entries.prefix(255))
        if !listed.isEmpty {
            var toc = Array("toc".utf8) + [0, 0x03, UInt8(listed.count)]
            for index in listed.indices { toc += Array("chp\(index)".utf8) + [0] }
            frames += frame("CTOC", toc)
        }
        for (index, entry) in listed.enumerated() {
            var body = Array("chp\(index)".utf8) + [0]
            body += UInt32(entry.start).bigEndianBytes + UInt32(entry.end).bigEndianBytes
            body += [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]
            body += frame("TIT2", text(entry.title))
            if let url = entry.url, url.allSatisfy(\.isASCII) { body += frame("WXXX", [0, 0] + Array(url.utf8)) }
            frames += frame("CHAP", body)
        }
        return Array("ID3".utf8) + [3, 0, 0] + synchsafe(frames.count) + frames
    }

    /// The chapters in the ID3v2 tag at the start of `data` (v2.3 or v2.4); empty when there are none.
    public static func chapters(in data: Data) -> [Entry] {
        let bytes = [UInt8](data.prefix(10))
        guard bytes.count == 10, bytes[0...2].elementsEqual("ID3".utf8), [3, 4].contains(bytes[3]) else { return [] }
        let version = bytes[3]
        let size = bytes[6...9].reduce(0) { $0 << 7 | Int($1 & 0x7F) }
        let tag = [UInt8](data.dropFirst(10).prefix(size))
        var entries: [Entry] = []
        for (id, body) in frames(in: tag[...], version: version) where id == "CHAP" {
            guard let nul = body.firstIndex(of: 0), body.endIndex >= nul + 17 else { continue }
            let times = body.index(after: nul)
            let start = Int(readBigEndian(body[times..<times + 4]))
            let end = Int(readBigEndian(body[times + 4..<times + 8]))
            var entry = Entry(title: "", start: start, end: end)
            for (subID, sub) in frames(in: body[(times + 16)...], version: version) {
                if subID == "TIT2" { entry.title = decodeText(sub) }
                if subID == "WXXX", let separator = sub.dropFirst().firstIndex(of: 0) {
                    entry.url = String(decoding: sub[sub.index(after: separator)...], as: UTF8.self)
                }
            }
            entries.append(entry)
        }
        return entries.sorted { $0.start < $1.start }
    }

    /// The total size of the ID3v2 tag at the start of `data` (0 when there is none).
    public static func size(of data: Data) -> Int {
        let bytes = [UInt8](data.prefix(10))
        guard bytes.count == 10, bytes[0...2].elementsEqual("ID3".utf8) else { return 0 }
        return 10 + bytes[6...9].reduce(0) { $0 << 7 | Int($1 & 0x7F) }
    }

    // MARK: Frames

    private static func frame(_ id: String, _ body: [UInt8]) -> [UInt8] {
        Array(id.utf8) + UInt32(body.count).bigEndianBytes + [0, 0] + body
    }

    /// UTF-16 with a byte-order mark, NUL-terminated: ID3v2.3's encoding for any text.
    private static func text(_ value: String) -> [UInt8] {
        var bytes: [UInt8] = [1, 0xFF, 0xFE]
        for unit in value.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        return bytes + [0, 0]
    }

    private static func decodeText(_ body: ArraySlice<UInt8>) -> String {
        guard let encoding = body.first else { return "" }
        let content = Array(body.dropFirst())
        switch encoding {
        case 1, 2:
            var units: [UInt16] = []
            var index = 0
            var littleEndian = encoding == 1
            if content.count >= 2, encoding == 1 {
                littleEndian = !(content[0] == 0xFE && content[1] == 0xFF)
                index = 2
            }
            while index + 1 < content.count {
                let unit =
                    littleEndian
                    ? UInt16(content[index]) | UInt16(content[index + 1]) << 8
                    : UInt16(content[index]) << 8 | UInt16(content[index + 1])
                if unit == 0 { break }
                units.append(unit)
                index += 2
            }
            return String(decoding: units, as: UTF16.self)
        default:
            let text = content.prefix { $0 != 0 }
            return encoding == 3
                ? String(decoding: text, as: UTF8.self) : String(text.map { Character(Unicode.Scalar($0)) })
        }
    }

    private static func frames(in bytes: ArraySlice<UInt8>, version: UInt8) -> [(String, ArraySlice<UInt8>)] {
        var result: [(String, ArraySlice<UInt8>)] = []
        var index = bytes.startIndex
        while index + 10 <= bytes.endIndex, bytes[index] != 0 {
            let id = String(decoding: bytes[index..<index + 4], as: UTF8.self)
            let sizeBytes = bytes[index + 4..<index + 8]
            let size = version == 4 ? sizeBytes.reduce(0) { $0 << 7 | Int($1 & 0x7F) } : Int(readBigEndian(sizeBytes))
            let start = index + 10
            guard size >= 0, start + size <= bytes.endIndex else { break }
            result.append((id, bytes[start..<start + size]))
            index = start + size
        }
        return result
    }

    private static func readBigEndian(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        bytes.reduce(0) { $0 << 8 | UInt32($1) }
    }

    private static func synchsafe(_ value: Int) -> [UInt8] {
        [UInt8(value >> 21 & 0x7F), UInt8(value >> 14 & 0x7F), UInt8(value >> 7 & 0x7F), UInt8(value & 0x7F)]
    }
}
