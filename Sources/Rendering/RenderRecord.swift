import AudioFiles
import Foundation

/// What a render made, kept beside the output as `.NAME.render`: a key for everything that
/// shapes the file (the script, voices, lexicon, format, loudness, engine and program version)
/// and the file's size and time. A re-run with the same key whose file and sidecars are still
/// there, untouched, reuses them instead of making them again — so re-running an unchanged
/// briefing costs about nothing. Written only after the file is in place; any doubt renders anew.
public struct RenderRecord: Codable, Equatable {
    struct Mark: Codable, Equatable {
        var label: String
        var sample: Int
        var url: String?
    }

    var key: String
    var bytes: Int
    var modified: Double
    var sampleRate: Int
    var frameCount: Int
    var chapters: [Mark]
    var segmentStarts: [Int]

    public static func url(for destination: URL) -> URL {
        destination.deletingLastPathComponent().appendingPathComponent(".\(destination.lastPathComponent).render")
    }

    /// The earlier render of `destination`, when it was made with `key` and it and `sidecars`
    /// are all still there, the audio file unchanged since.
    static func reusable(key: String, destination: URL, sidecars: [URL]) -> RenderedAudio? {
        guard let data = FileManager.default.contents(atPath: url(for: destination).path),
            let record = try? JSONDecoder().decode(RenderRecord.self, from: data), record.key == key,
            let attributes = try? FileManager.default.attributesOfItem(atPath: destination.path),
            attributes[.size] as? Int == record.bytes,
            (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 == record.modified,
            sidecars.allSatisfy({ FileManager.default.fileExists(atPath: $0.path) })
        else { return nil }
        return RenderedAudio(
            url: destination.path, sampleRate: record.sampleRate, frameCount: record.frameCount,
            chapters: record.chapters.map { Chapter(label: $0.label, sample: $0.sample, url: $0.url) },
            segmentStarts: record.segmentStarts)
    }

    /// Notes `rendered` as made with `key`.
    static func save(_ rendered: RenderedAudio, key: String, destination: URL) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: destination.path),
            let bytes = attributes[.size] as? Int, let modified = attributes[.modificationDate] as? Date
        else { return }
        let record = RenderRecord(
            key: key, bytes: bytes, modified: modified.timeIntervalSince1970, sampleRate: rendered.sampleRate,
            frameCount: rendered.frameCount,
            chapters: rendered.chapters.map { Mark(label: $0.label, sample: $0.sample, url: $0.url) },
            segmentStarts: rendered.segmentStarts)
        if let data = try? JSONEncoder().encode(record) { try? OutputFile.write(data, to: url(for: destination)) }
    }
}
