import AudioFiles
import Foundation

/// What earlier runs did, kept in the output folder: which stories went into which briefing (so
/// they are not read again) and the briefings the podcast feed lists. Saved whole under a
/// temporary name and renamed; a damaged file is reported and rebuilt.
public struct BriefingState: Codable, Equatable, Sendable {
    public struct SeenStory: Codable, Equatable, Sendable {
        public var url: String?
        public var fingerprint: String
        public var headline: String
        /// The briefing file it went into.
        public var briefing: String
        public var date: Date
    }

    public struct PublishedBriefing: Codable, Equatable, Sendable {
        /// The WAV's file name in the output folder.
        public var file: String
        public var title: String
        public var date: Date
        public var seconds: Double
        public var bytes: Int
        public var headlines: [String]
        /// A new one each time the file is rendered, so podcast apps fetch a replaced briefing.
        public var guid: String

        public init(
            file: String, title: String, date: Date, seconds: Double, bytes: Int, headlines: [String], guid: String
        ) {
            self.file = file
            self.title = title
            self.date = date
            self.seconds = seconds
            self.bytes = bytes
            self.headlines = headlines
            self.guid = guid
        }
    }

    public static let fileName = ".briefcast-state.json"
    /// Seen stories are remembered at least this long, however short the retention.
    public static let minimumMemoryDays = 90
    public static let formatVersion = 1

    public var version = formatVersion
    public var stories: [SeenStory] = []
    public var briefings: [PublishedBriefing] = []

    public init() {}

    public func hasSeen(_ identity: StoryIdentity) -> Bool {
        stories.contains { seen in
            seen.fingerprint == identity.fingerprint || (identity.url != nil && seen.url == identity.url)
        }
    }

    /// The state in `folder`; an empty one when there is none. A file that cannot be decoded
    /// (cut short, overwritten, of an unknown version) is kept aside as `….damaged` and gives an
    /// empty state and the reason, for the log; the caller rebuilds what it can.
    public static func load(from folder: URL) -> (state: BriefingState, problem: String?) {
        let url = folder.appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else { return (BriefingState(), nil) }
        let problem: String
        do {
            let state = try decoder.decode(BriefingState.self, from: data)
            guard state.version == formatVersion else { throw CocoaError(.fileReadCorruptFile) }
            return (state, nil)
        } catch {
            problem = "\(url.path): the state file is damaged (kept as \(fileName).damaged)"
        }
        let aside = folder.appendingPathComponent(fileName + ".damaged")
        try? FileManager.default.removeItem(at: aside)
        try? FileManager.default.moveItem(at: url, to: aside)
        return (BriefingState(), problem)
    }

    public func save(to folder: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        try OutputFile.write(
            try encoder.encode(self) + Data("\n".utf8), to: folder.appendingPathComponent(Self.fileName))
    }

    private static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
