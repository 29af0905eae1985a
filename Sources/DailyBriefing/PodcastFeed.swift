import AudioFiles
import Foundation
import Rendering

/// The RSS 2.0 podcast feed of the briefings in the output folder (`feed.xml`), with iTunes
/// and Podcasting 2.0 tags: one item per briefing with its enclosure, duration, chapters JSON
/// and WebVTT transcript. Links are absolute under `base_url`, else relative to the feed.
public struct PodcastFeed {
    public static let fileName = "feed.xml"
    public var settings: PodcastSettings
    /// The output folder, named in the channel link when there is no base URL.
    public var folder: URL

    public init(settings: PodcastSettings, folder: URL) {
        self.settings = settings
        self.folder = folder
    }

    /// The feed's XML, newest briefing first.
    public func xml(_ briefings: [BriefingState.PublishedBriefing], built: Date) -> String {
        let channelLink = settings.baseURL ?? URL(fileURLWithPath: folder.path, isDirectory: true).absoluteString
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0" xmlns:atom="http://www.w3.org/2005/Atom">"#,
            "  <channel>",
            "    <title>\(escaped(settings.title))</title>",
            "    <link>\(escaped(channelLink))</link>",
            "    <description>\(escaped(settings.description))</description>",
            "    <language>\(escaped(settings.language))</language>",
            "    <generator>\(escaped(BriefcastVersion.software))</generator>",
            "    <lastBuildDate>\(Self.rfc822(built))</lastBuildDate>",
        ]
        if let base = settings.baseURL {
            lines.append(
                #"    <atom:link href="\#(escaped(base + Self.fileName))" rel="self" type="application/rss+xml"/>"#)
        }
        if let author = settings.author { lines.append("    <itunes:author>\(escaped(author))</itunes:author>") }
        lines += [
            "    <itunes:summary>\(escaped(settings.description))</itunes:summary>",
            #"    <itunes:category text="News"/>"#,
            "    <itunes:explicit>false</itunes:explicit>",
            "    <podcast:locked>no</podcast:locked>",
        ]
        for briefing in briefings.sorted(by: { $0.date > $1.date }) {
            lines += item(briefing)
        }
        lines += ["  </channel>", "</rss>"]
        return lines.joined(separator: "\n") + "\n"
    }

    public func write(_ briefings: [BriefingState.PublishedBriefing], built: Date) throws {
        try OutputFile.write(Data(xml(briefings, built: built).utf8), to: folder.appendingPathComponent(Self.fileName))
    }

    private func item(_ briefing: BriefingState.PublishedBriefing) -> [String] {
        let audio = URL(fileURLWithPath: briefing.file)
        let chapters = Sidecars.chaptersURL(for: audio).lastPathComponent
        let transcript = Sidecars.transcriptURL(for: audio).lastPathComponent
        let type = (AudioFormat(fileName: briefing.file) ?? .wav).mimeType
        let headlines = briefing.headlines.enumerated().map { "\($0.offset + 1). \($0.element)" }
        return [
            "    <item>",
            "      <title>\(escaped(briefing.title))</title>",
            "      <description>\(escaped(headlines.joined(separator: "\n")))</description>",
            "      <itunes:summary>\(escaped(headlines.joined(separator: "\n")))</itunes:summary>",
            "      <pubDate>\(Self.rfc822(briefing.date))</pubDate>",
            #"      <guid isPermaLink="false">\#(escaped(briefing.guid))</guid>"#,
            #"      <enclosure url="\#(escaped(link(briefing.file)))" length="\#(briefing.bytes)" type="\#(type)"/>"#,
            "      <itunes:duration>\(Int(briefing.seconds.rounded()))</itunes:duration>",
            "      <itunes:episodeType>full</itunes:episodeType>",
            #"      <podcast:chapters url="\#(escaped(link(chapters)))" type="application/json+chapters"/>"#,
            #"      <podcast:transcript url="\#(escaped(link(transcript)))" type="text/vtt"/>"#,
            "    </item>",
        ]
    }

    /// A file in the output folder as the feed links to it.
    func link(_ file: String) -> String {
        let encoded = file.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? file
        return (settings.baseURL ?? "") + encoded
    }

    private func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default:
                // Characters XML 1.0 cannot carry at all are left out.
                if character.unicodeScalars.allSatisfy({ $0.value >= 0x20 || $0 == "\n" || $0 == "\t" }) {
                    result.append(character)
                }
            }
        }
        return result
    }

    static func rfc822(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
