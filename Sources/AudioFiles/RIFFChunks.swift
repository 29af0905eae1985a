import Foundation

/// Where each top-level chunk's body lies in a RIFF file (the first of each id), read from the
/// chunk headers alone: what a writer needs to change a file it has just written in place.
struct RIFFChunks {
    /// Byte offset and size of each chunk's body, by chunk id ("fmt ", "cue ", "data").
    private(set) var body: [String: (offset: Int, size: Int)] = [:]

    /// A chunk the file should have and does not.
    struct Missing: LocalizedError {
        let id: String
        var errorDescription: String? { "no “\(id)” chunk in the file just written" }
    }

    init(descriptor: Int32) throws {
        var header = [UInt8](repeating: 0, count: 12)
        guard pread(descriptor, &header, 12, 0) == 12, header[0..<4].elementsEqual("RIFF".utf8) else {
            throw Missing(id: "RIFF")
        }
        let end = 8 + Int(header.uint32(at: 4))
        var offset = 12
        while offset + 8 <= end {
            var chunk = [UInt8](repeating: 0, count: 8)
            guard pread(descriptor, &chunk, 8, off_t(offset)) == 8 else { break }
            let id = String(decoding: chunk[0..<4], as: UTF8.self)
            let size = Int(chunk.uint32(at: 4))
            if body[id] == nil { body[id] = (offset + 8, size) }
            // Chunks are padded to an even length.
            offset += 8 + size + size % 2
        }
    }
}
