import ArticleReading
import AudioFiles
import Foundation

/// Articles already read, kept between runs: the same bytes under the same name, read by the
/// same build of Briefcast, give the same article, so a re-run of an unchanged briefing does not
/// parse its pages again. An entry is JSON named by a hash of the bytes, the name, the format
/// asked for and the build; it repeats its key, is written whole (temporary file, rename) and a
/// damaged one is removed and the page read afresh. Pages that cannot be read are not kept.
public struct ReadingCache: Equatable, Sendable {
    public let folder: URL
    static let formatVersion = 1

    struct Entry: Codable {
        var key: String
        var article: Article
    }

    public init(folder: URL) {
        self.folder = folder
    }

    /// `$XDG_CACHE_HOME/briefcast/readings`, else `~/.cache/briefcast/readings`.
    public static func defaultFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        CacheFolder.named("readings", environment: environment)
    }

    /// What `ArticleReader.read` makes of `data`, from the cache when it is there.
    public func read(_ data: Data, name: String, format: InputFormat? = nil) throws(ReadingError) -> Article {
        let key = Self.key(data, name: name, format: format)
        let file = url(for: key)
        if let stored = FileManager.default.contents(atPath: file.path) {
            if let entry = try? JSONDecoder().decode(Entry.self, from: stored), entry.key == key {
                // Recently used entries are the ones pruning keeps.
                try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: file.path)
                return entry.article
            }
            try? FileManager.default.removeItem(at: file)
        }
        let article = try ArticleReader.read(data, name: name, format: format)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        if let encoded = try? encoder.encode(Entry(key: key, article: article)) {
            try? FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? OutputFile.write(encoded, to: file)
        }
        return article
    }

    /// The entry name: two 64-bit hashes over the build, the name, the format and the bytes.
    static func key(_ data: Data, name: String, format: InputFormat?) -> String {
        let head = ["r\(formatVersion)", BriefcastVersion.build, name, format?.rawValue ?? "detect"]
            .joined(separator: "\u{1F}")
        func hex(_ start: FNV1a) -> String {
            var hash = start
            hash.add(head)
            data.withUnsafeBytes { hash.addWords($0) }
            return hash.hex
        }
        return hex(FNV1a()) + hex(FNV1a(seed: 0x6c62_272e_07bb_0142))
    }

    public func url(for key: String) -> URL {
        folder.appendingPathComponent(String(key.prefix(2))).appendingPathComponent("\(key).json")
    }

    /// Removes entries not used for `days` days (all of them when nil); returns how many.
    @discardableResult
    public func prune(olderThan days: Int?) -> (files: Int, bytes: Int) {
        CacheFolder.prune(folder, extensions: ["json"], olderThan: days)
    }
}
