import Foundation

/// Chapters as ffprobe (from ffmpeg, installed by `make test`) reads them: an independent check
/// of what Briefcast writes.
public enum FFprobe {
    public struct Chapter: Equatable, Sendable {
        public var start: Int
        public var end: Int
        public var title: String

        public init(start: Int, end: Int, title: String) {
            self.start = start
            self.end = end
            self.title = title
        }
    }

    public static func chapters(of file: URL) throws -> [Chapter] {
        let output = try Command.run("ffprobe", ["-v", "error", "-show_chapters", "-of", "json", file.path])
        struct Report: Decodable {
            struct Entry: Decodable {
                var start: Int
                var end: Int
                var tags: [String: String]?
            }
            var chapters: [Entry]
        }
        let report = try JSONDecoder().decode(Report.self, from: Data(output.standardOutput.utf8))
        return report.chapters.map { Chapter(start: $0.start, end: $0.end, title: $0.tags?["title"] ?? "") }
    }
}
