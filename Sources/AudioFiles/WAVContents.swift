import Foundation

/// What a WAV file says about itself: format, length, chapter markers and INFO tags. Read
/// straight from the RIFF chunks (the audio itself is skipped), so any WAV can be checked.
public struct WAVContents: Equatable, Sendable {
    public var sampleRate: Int
    public var channels: Int
    public var bitsPerSample: Int
    /// Sample frames in the `data` chunk.
    public var frameCount: Int
    /// Cue points in file order, labelled from `LIST`/`adtl`/`labl` ("" where a cue has none).
    public var chapters: [Chapter]
    /// LIST/INFO tags by chunk id ("INAM", "IART", "ICRD", "ISFT").
    public var tags: [String: String]

    public var duration: Double { sampleRate > 0 ? Double(frameCount) / Double(sampleRate) : 0 }

    public static func read(_ url: URL) throws(AudioFileError) -> WAVContents {
        let path = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .missing(path: path)
        }
        guard !isDirectory.boolValue, let handle = try? FileHandle(forReadingFrom: url) else {
            throw .unreadable(path: path)
        }
        defer { try? handle.close() }
        func read(_ count: Int) throws(AudioFileError) -> [UInt8] {
            guard let data = try? handle.read(upToCount: count), data.count == count else {
                throw .truncated(path: path)
            }
            return [UInt8](data)
        }
        let header = try read(12)
        guard header[0..<4].elementsEqual("RIFF".utf8), header[8..<12].elementsEqual("WAVE".utf8) else {
            throw .notWAV(path: path)
        }
        var contents = WAVContents(sampleRate: 0, channels: 0, bitsPerSample: 0, frameCount: 0, chapters: [], tags: [:])
        var cues: [(id: UInt32, sample: Int)] = []
        var labels: [UInt32: String] = [:]
        var dataBytes: Int?
        while let chunkHeader = try? handle.read(upToCount: 8), chunkHeader.count == 8 {
            let bytes = [UInt8](chunkHeader)
            let id = String(decoding: bytes[0..<4], as: UTF8.self)
            let size = Int(bytes.uint32(at: 4))
            if id == "data" {
                dataBytes = size
                guard (try? handle.seek(toOffset: handle.offsetInFile + UInt64(size + size % 2))) != nil else { break }
                continue
            }
            let body = try read(size)
            if size % 2 == 1 { _ = try? handle.read(upToCount: 1) }
            switch id {
            case "fmt " where body.count >= 16:
                contents.channels = Int(body.uint16(at: 2))
                contents.sampleRate = Int(body.uint32(at: 4))
                contents.bitsPerSample = Int(body.uint16(at: 14))
            case "cue " where body.count >= 4:
                let count = Int(body.uint32(at: 0))
                for index in 0..<count where 4 + index * 24 + 24 <= body.count {
                    let base = 4 + index * 24
                    cues.append((body.uint32(at: base), Int(body.uint32(at: base + 20))))
                }
            case "LIST" where body.count >= 4:
                let type = String(decoding: body[0..<4], as: UTF8.self)
                for (subID, subBody) in subchunks(of: body.dropFirst(4)) {
                    if type == "adtl", subID == "labl", subBody.count >= 4 {
                        labels[subBody.uint32(at: 0)] = text(subBody.dropFirst(4))
                    } else if type == "INFO" {
                        contents.tags[subID] = text(subBody)
                    }
                }
            default:
                break
            }
        }
        let frameBytes = max(1, contents.channels * contents.bitsPerSample / 8)
        contents.frameCount = (dataBytes ?? 0) / frameBytes
        contents.chapters = cues.map { Chapter(label: labels[$0.id] ?? "", sample: $0.sample) }
        return contents
    }

    private static func subchunks(of body: ArraySlice<UInt8>) -> [(String, ArraySlice<UInt8>)] {
        var result: [(String, ArraySlice<UInt8>)] = []
        var offset = body.startIndex
        while offset + 8 <= body.endIndex {
            let id = String(decoding: body[offset..<offset + 4], as: UTF8.self)
            let size = Int(body.uint32(at: offset + 4 - body.startIndex))
            let start = offset + 8
            let end = min(start + size, body.endIndex)
            result.append((id, body[start..<end]))
            offset = end + size % 2
        }
        return result
    }

    private static func text(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
    }
}

extension Collection where Element == UInt8, Index == Int {
    /// A little-endian integer at `offset` from the start of the collection.
    func uint32(at offset: Int) -> UInt32 {
        (0..<4).reduce(0) { $0 | UInt32(self[startIndex + offset + $1]) << (8 * $1) }
    }

    func uint16(at offset: Int) -> UInt16 {
        UInt16(self[startIndex + offset]) | UInt16(self[startIndex + offset + 1]) << 8
    }
}
