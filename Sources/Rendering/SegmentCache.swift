import AudioFiles
import Foundation
import Speech

/// Spoken segments kept between runs, so a re-run on unchanged stories synthesises nothing.
/// An entry is named by a hash of everything that shapes the sound — the words, the voice
/// profile, the lexicon, the engine's version and this format's — and holds the samples and
/// word timings with a checksum. Entries are written whole (temporary file, rename) and checked
/// on every read: a damaged one is deleted and made again, never played.
public struct SegmentCache: Equatable, Sendable {
    public let folder: URL
    static let magic = Array("BRCSEG01".utf8)
    static let formatVersion = 1

    public init(folder: URL) {
        self.folder = folder
    }

    /// `$XDG_CACHE_HOME/briefcast/segments`, else `~/.cache/briefcast/segments`.
    public static func defaultFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        CacheFolder.named("segments", environment: environment)
    }

    /// The entry name for `text` in `profile`'s voice with `lexicon`.
    public static func key(text: String, profile: VoiceProfile, lexicon: Lexicon, engineVersion: String) -> String {
        var parts = [
            "v\(formatVersion)", engineVersion, profile.voice, profile.variant ?? "", "\(profile.rate)",
            "\(profile.pitch)",
        ]
        for entry in lexicon.entries { parts += [entry.word, entry.saying] }
        parts.append(text)
        // Two 64-bit hashes over differently joined parts: 128 bits of name.
        return FNV1a.hex(parts.joined(separator: "\u{1F}"))
            + FNV1a.hex(parts.joined(separator: "\u{1E}"), seed: 0x6c62_272e_07bb_0142)
    }

    public func url(for key: String) -> URL {
        folder.appendingPathComponent(String(key.prefix(2))).appendingPathComponent("\(key).seg")
    }

    /// The cached audio, when an entry is there and whole; a damaged entry is removed.
    public func audio(for key: String) -> SpokenAudio? {
        if case .found(let audio) = lookUp(key) { return audio }
        return nil
    }

    /// What the cache holds under a key.
    public enum Entry: Equatable {
        case found(SpokenAudio)
        case missing
        /// There was an entry, cut short or altered: it is removed, to be made again.
        case damaged
    }

    public func lookUp(_ key: String) -> Entry {
        let file = url(for: key)
        guard let data = FileManager.default.contents(atPath: file.path) else { return .missing }
        guard let (utterance, offset) = Self.decode(data) else {
            try? FileManager.default.removeItem(at: file)
            return .damaged
        }
        // Recently used entries are the ones pruning keeps.
        try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: file.path)
        return .found(SpokenAudio(samples: .file(file, byteOffset: offset), utterance: utterance))
    }

    /// Stores the samples of `audio` under `key`, written from where they are.
    public func store(_ audio: SpokenAudio, for key: String) throws {
        let file = url(for: key)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        switch audio.samples {
        case .memory(let values):
            guard values.count == audio.utterance.sampleCount else { return }
            try values.withUnsafeBytes { try Self.write(audio.utterance, samples: $0, to: file) }
        case .file(let url, let byteOffset):
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            try handle.seek(toOffset: UInt64(byteOffset))
            let samples = try handle.read(upToCount: audio.utterance.sampleCount * 2) ?? Data()
            guard samples.count == audio.utterance.sampleCount * 2 else { return }
            try samples.withUnsafeBytes { try Self.write(audio.utterance, samples: $0, to: file) }
        }
    }

    private static func write(_ utterance: Utterance, samples: UnsafeRawBufferPointer, to file: URL) throws {
        let header = header(utterance, samples: samples)
        try header.withUnsafeBytes { try OutputFile.write([$0, samples], to: file) }
    }

    /// Removes entries not used for `days` days (all of them when nil); returns how many.
    @discardableResult
    public func prune(olderThan days: Int?) -> (files: Int, bytes: Int) {
        CacheFolder.prune(folder, extensions: ["seg"], olderThan: days)
    }

    // MARK: Entry format
    // magic (8) · sample count (4) · word count (4) · checksum (8) · words (3 × 4 each) · samples

    /// Everything of an entry before its samples.
    static func header(_ utterance: Utterance, samples: UnsafeRawBufferPointer) -> [UInt8] {
        var words: [UInt8] = []
        for word in utterance.words {
            for value in [word.textOffset, word.length, word.sample] {
                words += UInt32(clamping: value).littleEndianBytes
            }
        }
        var header = magic
        header += UInt32(utterance.sampleCount).littleEndianBytes + UInt32(utterance.words.count).littleEndianBytes
        header += checksum(words, samples).littleEndianBytes
        return header + words
    }

    static func decode(_ data: Data) -> (Utterance, Int)? {
        let bytes = [UInt8](data.prefix(24 + 12 * 4096))
        guard bytes.count >= 24, bytes.prefix(8).elementsEqual(magic) else { return nil }
        func number(_ offset: Int) -> Int {
            Int(bytes[offset..<offset + 4].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
        }
        let sampleCount = number(8)
        let wordCount = number(12)
        let stored = bytes[16..<24].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let wordsEnd = 24 + wordCount * 12
        guard data.count == wordsEnd + sampleCount * 2, bytes.count >= wordsEnd else { return nil }
        let words = Array(bytes[24..<wordsEnd])
        guard data.dropFirst(wordsEnd).withUnsafeBytes({ checksum(words, $0) }) == stored else { return nil }
        let spoken = (0..<wordCount).map { index in
            SpokenWord(
                textOffset: number(24 + index * 12), length: number(28 + index * 12), sample: number(32 + index * 12))
        }
        return (Utterance(sampleCount: sampleCount, words: spoken), wordsEnd)
    }

    /// FNV-1a over the word table and the samples, the samples taken eight bytes at a time.
    static func checksum(_ words: [UInt8], _ samples: UnsafeRawBufferPointer) -> UInt64 {
        var hash = FNV1a()
        hash.add(words)
        hash.addWords(samples)
        return hash.value
    }
}
