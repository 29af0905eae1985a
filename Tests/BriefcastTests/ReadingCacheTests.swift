import ArticleReading
import Foundation
import Rendering
import TestSupport
import Testing

/// Pages read once are taken from the reading cache after; a damaged entry is read afresh.
struct ReadingCacheTests {
    static let page = Fixtures.path("seed-article.txt")

    static func bytes() throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: page))
    }

    @Test("a page read through the cache is the page read directly, and its entry is what later reads get")
    func entryIsUsed() throws {
        let cache = ReadingCache(folder: try TestFolder.make())
        let direct = try ArticleReader.read(try Self.bytes(), name: "seed-article.txt")
        #expect(try cache.read(try Self.bytes(), name: "seed-article.txt") == direct)

        // The next read is the stored entry: rewrite it and the rewrite is what comes back.
        let entries = try FileManager.default.subpathsOfDirectory(atPath: cache.folder.path)
            .filter { $0.hasSuffix(".json") }
        #expect(entries.count == 1)
        let entry = cache.folder.appendingPathComponent(try #require(entries.first))
        let stored = try String(contentsOf: entry, encoding: .utf8)
        let changed = stored.replacingOccurrences(
            of: try JSONEncoder().encode(direct.headline).utf8String, with: "\"Changed in the cache\"")
        try changed.write(to: entry, atomically: true, encoding: .utf8)
        #expect(try cache.read(try Self.bytes(), name: "seed-article.txt").headline == "Changed in the cache")
    }

    @Test("other bytes, another name or another format are other entries")
    func keyCoversInputs() throws {
        let cache = ReadingCache(folder: try TestFolder.make())
        let bytes = try Self.bytes()
        _ = try cache.read(bytes, name: "a.txt")
        _ = try cache.read(bytes, name: "b.txt")
        _ = try cache.read(bytes, name: "a.txt", format: .text)
        _ = try cache.read(bytes + Data(" More.".utf8), name: "a.txt")
        _ = try cache.read(bytes, name: "a.txt")
        let entries = try FileManager.default.subpathsOfDirectory(atPath: cache.folder.path)
            .filter { $0.hasSuffix(".json") }
        #expect(entries.count == 4)
    }

    @Test("a truncated or garbage entry is removed and the page read afresh", arguments: ["truncated", "garbage"])
    func damagedEntry(damage: String) throws {
        let cache = ReadingCache(folder: try TestFolder.make())
        let direct = try cache.read(try Self.bytes(), name: "seed-article.txt")
        let entry = try #require(
            FileManager.default.subpathsOfDirectory(atPath: cache.folder.path).first { $0.hasSuffix(".json") })
        let file = cache.folder.appendingPathComponent(entry)
        let stored = try Data(contentsOf: file)
        try (damage == "truncated" ? stored.prefix(stored.count / 2) : Data(repeating: 0x9C, count: 300))
            .write(to: file)
        #expect(try cache.read(try Self.bytes(), name: "seed-article.txt") == direct)
        // Rebuilt whole.
        #expect(try Data(contentsOf: file) == stored)
    }

    @Test("a page that cannot be read is reported every time and never kept")
    func failuresAreNotKept() throws {
        let cache = ReadingCache(folder: try TestFolder.make())
        for _ in 0..<2 {
            #expect(throws: ReadingError.self) { try cache.read(Data("   \n".utf8), name: "empty.txt") }
        }
        let entries = (try? FileManager.default.subpathsOfDirectory(atPath: cache.folder.path)) ?? []
        #expect(entries.filter { $0.hasSuffix(".json") }.isEmpty)
    }

    @Test("pruning removes every entry")
    func prune() throws {
        let cache = ReadingCache(folder: try TestFolder.make())
        _ = try cache.read(try Self.bytes(), name: "seed-article.txt")
        #expect(cache.prune(olderThan: nil).files == 1)
        #expect(cache.prune(olderThan: nil).files == 0)
    }
}

extension Data {
    fileprivate var utf8String: String { String(decoding: self, as: UTF8.self) }
}
