import Foundation

/// What the narrator says around the stories of a briefing. Placeholders: `{greeting}` (good
/// morning, afternoon or evening), `{title}`, `{date}` ("Friday, November 27"), `{count}` ("Five
/// stories") in the intro; `{from_source}` (", from Reuters", or nothing when the source is not
/// known) in the lines before each story.
public struct BriefingWording: Equatable, Sendable {
    public var title = "your briefing"
    public var intro = "{greeting}. This is {title} for {date}. {count} today."
    public var firstStory = "First{from_source}."
    /// Said in turn before the stories between the first and the last: one line eighteen times
    /// in a 20-story briefing was a drone.
    public var nextStories = ["Next{from_source}.", "Also today{from_source}.", "In other news{from_source}."]
    public var lastStory = "Finally{from_source}."
    /// Before the only story of a one-story briefing.
    public var onlyStory = "Today's story{from_source}."
    public var outro = "That's the briefing. Thanks for listening."

    public init() {}

    public func intro(storyCount: Int, on date: Date, calendar: Calendar = .current) -> String {
        let parts = calendar.dateComponents([.hour, .weekday, .month, .day], from: date)
        let hour = parts.hour ?? 9
        let greeting = hour < 12 ? "Good morning" : hour < 18 ? "Good afternoon" : "Good evening"
        var english = calendar
        english.locale = Locale(identifier: "en_US_POSIX")
        let weekday = english.weekdaySymbols[(parts.weekday ?? 1) - 1]
        let month = english.monthSymbols[(parts.month ?? 1) - 1]
        let count = NumberWords.cardinal(storyCount) + (storyCount == 1 ? " story" : " stories")
        return Self.fill(
            intro,
            [
                "greeting": greeting, "title": title, "date": "\(weekday), \(month) \(parts.day ?? 1)",
                "count": count.prefix(1).uppercased() + count.dropFirst(),
            ])
    }

    /// The line before story `index` (from 0) of `count`.
    public func transition(to index: Int, of count: Int, source: String?) -> String {
        let template =
            count == 1
            ? onlyStory
            : index == 0
                ? firstStory
                : index == count - 1 || nextStories.isEmpty ? lastStory : nextStories[(index - 1) % nextStories.count]
        return Self.fill(template, ["from_source": source.map { ", from \($0)" } ?? ""])
    }

    static func fill(_ template: String, _ values: [String: String]) -> String {
        var text = template
        for (key, value) in values { text = text.replacingOccurrences(of: "{\(key)}", with: value) }
        return text
    }
}
