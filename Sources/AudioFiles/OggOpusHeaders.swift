import Foundation

/// The Ogg Opus headers Briefcast edits after libsndfile has written a file: chapters as
/// `CHAPTER001=00:00:00.000` / `CHAPTER001NAME=…` comments in OpusTags (the Vorbis-comment
/// convention `ffprobe` and players read), and the OpusHead output gain. libsndfile can write
/// neither, so the header packet is rebuilt: the pages that carried it are replaced, and every
/// later page gets its new sequence number, a serial number of the stream's own and its checksum.
public enum OggOpusHeaders {
    /// Adds the chapters to the Opus file at `url`, rewriting it in place (it is a temporary
    /// file that is renamed into place afterwards).
    public static func add(_ chapters: [Chapter], sampleRate: Int, to url: URL) throws(AudioFileError) {
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .unreadable(path: url.path) }
        let pages = OggPage.pages(in: data)
        // Page 0 holds OpusHead; the OpusTags packet follows, on one page or more.
        guard pages.count >= 2, let tagsEnd = pages.indices.dropFirst().first(where: { pages[$0].endsPacket }) else {
            throw .writeFailed(path: url.path, reason: "the Opus header is not where it should be")
        }
        let oldTags = pages[1...tagsEnd].flatMap(\.body)
        guard var comments = Self.comments(in: oldTags) else {
            throw .writeFailed(path: url.path, reason: "the Opus comment header cannot be read")
        }
        for (index, chapter) in chapters.enumerated() {
            let number = String(format: "%03d", index + 1)
            comments.list.append("CHAPTER\(number)=\(Sidecars.timestamp(chapter.sample, sampleRate))")
            comments.list.append("CHAPTER\(number)NAME=\(chapter.label)")
            if let link = chapter.url { comments.list.append("CHAPTER\(number)URL=\(link)") }
        }
        // libsndfile numbers the stream at random; numbered by its comments instead, the same
        // render gives the same bytes.
        var hash = FNV1a()
        hash.add(comments.packet)
        let serial = UInt32(truncatingIfNeeded: hash.value)
        var header = pages[0]
        header.serial = serial
        let tagPages = OggPage.split(packet: comments.packet, serial: serial, firstSequence: 1)
        let shift = tagPages.count - tagsEnd
        var output = header.bytes
        for page in tagPages { output += page.bytes }
        for var page in pages[(tagsEnd + 1)...] {
            page.serial = serial
            page.sequence = UInt32(Int(page.sequence) + shift)
            output += page.bytes
        }
        do {
            try Data(output).write(to: url)
        } catch {
            throw .writeFailed(path: url.path, reason: error.localizedDescription)
        }
    }

    /// Sets the OpusHead output gain (in dB, to 1/256 dB), which decoders apply as they play:
    /// a loudness correction that costs no second encoding and loses nothing.
    public static func setOutputGain(_ decibels: Double, in url: URL) throws(AudioFileError) {
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .unreadable(path: url.path) }
        guard var head = OggPage.pages(in: data.prefix(65_536 + 282)).first, head.body.count >= 19,
            head.body.prefix(8).elementsEqual("OpusHead".utf8)
        else {
            throw .writeFailed(path: url.path, reason: "the Opus header is not where it should be")
        }
        let gain = Int16(clamping: Int((decibels * 256).rounded()))
        head.body.replaceSubrange(16..<18, with: gain.littleEndianBytes)
        // The first page keeps its size; only its gain and checksum change.
        let page = head.bytes
        do {
            try (Data(page) + data.dropFirst(page.count)).write(to: url)
        } catch {
            throw .writeFailed(path: url.path, reason: error.localizedDescription)
        }
    }

    /// The chapters in an Ogg Opus file's comments: start in seconds, title, link.
    public static func chapters(in data: Data) -> [(start: Double, title: String, url: String?)] {
        let pages = OggPage.pages(in: data)
        guard pages.count >= 2, let tagsEnd = pages.indices.dropFirst().first(where: { pages[$0].endsPacket }),
            let comments = comments(in: pages[1...tagsEnd].flatMap(\.body))
        else { return [] }
        var starts: [String: Double] = [:]
        var names: [String: String] = [:]
        var links: [String: String] = [:]
        for comment in comments.list {
            guard let equals = comment.firstIndex(of: "="), comment.uppercased().hasPrefix("CHAPTER") else { continue }
            let key = comment[..<equals].uppercased()
            let value = String(comment[comment.index(after: equals)...])
            let number = String(key.dropFirst(7).prefix { $0.isNumber })
            switch key.dropFirst(7 + number.count) {
            case "": starts[number] = seconds(value)
            case "NAME": names[number] = value
            case "URL": links[number] = value
            default: break
            }
        }
        return starts.keys.sorted { Int($0) ?? 0 < Int($1) ?? 0 }.compactMap { number in
            starts[number].map { ($0, names[number] ?? "", links[number]) }
        }
    }

    /// "00:01:02.500" → 62.5.
    static func seconds(_ timestamp: String) -> Double {
        timestamp.split(separator: ":").reduce(0) { $0 * 60 + (Double($1) ?? 0) }
    }

    struct Comments {
        var vendor: [UInt8]
        var list: [String]
        /// Anything after the comments (binary data some encoders keep there).
        var trailer: [UInt8]

        var packet: [UInt8] {
            var bytes = Array("OpusTags".utf8) + UInt32(vendor.count).littleEndianBytes + vendor
            bytes += UInt32(list.count).littleEndianBytes
            for comment in list { bytes += UInt32(comment.utf8.count).littleEndianBytes + Array(comment.utf8) }
            return bytes + trailer
        }
    }

    static func comments(in packet: [UInt8]) -> Comments? {
        guard packet.count >= 16, packet.prefix(8).elementsEqual("OpusTags".utf8) else { return nil }
        var index = 8
        func number() -> Int? {
            guard index + 4 <= packet.count else { return nil }
            defer { index += 4 }
            return packet[index..<index + 4].reversed().reduce(0) { $0 << 8 | Int($1) }
        }
        guard let vendorLength = number(), index + vendorLength <= packet.count else { return nil }
        let vendor = Array(packet[index..<index + vendorLength])
        index += vendorLength
        guard let count = number() else { return nil }
        var list: [String] = []
        for _ in 0..<count {
            guard let length = number(), index + length <= packet.count else { return nil }
            list.append(String(decoding: packet[index..<index + length], as: UTF8.self))
            index += length
        }
        return Comments(vendor: vendor, list: list, trailer: Array(packet[index...]))
    }
}

/// One Ogg page: its header fields, its lacing and body, and its bytes with a fresh checksum.
struct OggPage {
    var headerType: UInt8
    var granule: UInt64
    var serial: UInt32
    var sequence: UInt32
    var lacing: [UInt8]
    var body: [UInt8]

    /// Whether the page's last packet ends on it (its last lacing value is under 255).
    var endsPacket: Bool { (lacing.last ?? 255) < 255 }

    var bytes: [UInt8] {
        var page = Array("OggS".utf8) + [0, headerType]
        page += granule.littleEndianBytes
        page += serial.littleEndianBytes + sequence.littleEndianBytes + [0, 0, 0, 0]
        page += [UInt8(lacing.count)] + lacing + body
        let checksum = Self.crc(page)
        page.replaceSubrange(22..<26, with: checksum.littleEndianBytes)
        return page
    }

    static func pages(in data: Data) -> [OggPage] {
        let bytes = [UInt8](data)
        var pages: [OggPage] = []
        var index = 0
        while index + 27 <= bytes.count, bytes[index..<index + 4].elementsEqual("OggS".utf8) {
            let count = Int(bytes[index + 26])
            guard index + 27 + count <= bytes.count else { break }
            let lacing = Array(bytes[(index + 27)..<(index + 27 + count)])
            let bodyStart = index + 27 + count
            let bodyLength = lacing.reduce(0) { $0 + Int($1) }
            guard bodyStart + bodyLength <= bytes.count else { break }
            func read<T: FixedWidthInteger>(_ offset: Int, _: T.Type) -> T {
                bytes[(index + offset)..<(index + offset + MemoryLayout<T>.size)].reversed().reduce(0) {
                    $0 << 8 | T($1)
                }
            }
            pages.append(
                OggPage(
                    headerType: bytes[index + 5], granule: read(6, UInt64.self), serial: read(14, UInt32.self),
                    sequence: read(18, UInt32.self), lacing: lacing,
                    body: Array(bytes[bodyStart..<(bodyStart + bodyLength)])))
            index = bodyStart + bodyLength
        }
        return pages
    }

    /// A header packet laid out on pages of at most 255 lacing values each; a continued page is
    /// flagged so, and header pages carry granule position 0.
    static func split(packet: [UInt8], serial: UInt32, firstSequence: UInt32) -> [OggPage] {
        var lacing = [UInt8](repeating: 255, count: packet.count / 255) + [UInt8(packet.count % 255)]
        var pages: [OggPage] = []
        var offset = 0
        while !lacing.isEmpty {
            let values = Array(lacing.prefix(255))
            lacing.removeFirst(values.count)
            let length = values.reduce(0) { $0 + Int($1) }
            pages.append(
                OggPage(
                    headerType: pages.isEmpty ? 0 : 1, granule: 0, serial: serial,
                    sequence: firstSequence + UInt32(pages.count), lacing: values,
                    body: Array(packet[offset..<(offset + length)])))
            offset += length
        }
        return pages
    }

    /// Ogg's CRC-32: polynomial 0x04C11DB7, no reflection, initial value and final XOR zero.
    static func crc(_ bytes: [UInt8]) -> UInt32 {
        bytes.reduce(0) { crc, byte in (crc << 8) ^ crcTable[Int((crc >> 24) ^ UInt32(byte))] }
    }

    private static let crcTable: [UInt32] = (0..<256).map { index in
        var crc = UInt32(index) << 24
        for _ in 0..<8 { crc = crc & 0x8000_0000 != 0 ? (crc << 1) ^ 0x04C1_1DB7 : crc << 1 }
        return crc
    }
}
