/// The script of a daily briefing: an intro, each story behind a line that introduces it, and
/// an outro — one chapter each.
public struct Briefing: Equatable, Sendable {
    public var title: String
    /// The stories read, in order, each at the depth it is read.
    public var stories: [BriefingStory]
    public var segments: [Segment]
    /// The length the plan expected, in seconds, at the narrator's speaking rate.
    public var plannedSeconds: Double

    public init(title: String, stories: [BriefingStory], segments: [Segment], plannedSeconds: Double) {
        self.title = title
        self.stories = stories
        self.segments = segments
        self.plannedSeconds = plannedSeconds
    }

    /// Exactly the words that will be spoken, one segment to a paragraph.
    public var spokenText: String {
        segments.filter(\.isSpoken).map(\.text).joined(separator: "\n\n") + "\n"
    }

    public static let introChapter = "Introduction"
    public static let outroChapter = "Closing"

    /// "3. Headline of the third story".
    public static func chapter(_ number: Int, _ story: BriefingStory) -> String {
        "\(number). \(story.article.headline)"
    }
}
