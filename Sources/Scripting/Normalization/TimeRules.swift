import Foundation

/// Clock times: "10:30 a.m. ET" → "ten thirty AM ET", "01:00" → "one o'clock", "1:01:01" →
/// "one hour one minute and one second", "2pm-5pm" → "two PM to five PM".
enum TimeRules {
    /// A closing period is kept when it may end the sentence ("at 9 p.m." → "at nine PM."), not
    /// before a comma ("at 6:36 p.m., California …" → "at six thirty six PM, California …").
    static let meridiem = #"(?<meridiem>[ap])\.?\s?m\b(?:\.(?=\s+(?-i:[a-z]|[A-Z]{2,4}\b)|[,;:)]))?"#
    static let zone =
        #"(?:\s(?<zone>(?i:e\.?s\.?t|e\.?d\.?t|c\.?s\.?t|c\.?d\.?t|p\.?s\.?t|p\.?d\.?t|m\.?s\.?t|m\.?d\.?t|et|pt|ct|mt|gmt|utc|bst|cet))\b(?:\.(?=\s+(?-i:[a-z])))?)?"#

    static let rules: [RegexRule] = [
        RegexRule(
            #"(?<![\d.:])(?<hour>\d{1,2})(?::(?<minute>\d{2})(?::(?<second>\d{2}))?|\.(?<dotted>\d{2})(?=\s?[ap]\.?\s?m\b))?\s?"#
                + #"(?i:"# + meridiem + #")"# + zone
        ) { match in say(match, meridiem: true) },
        RegexRule(#"(?<![\d.:])(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2}))?(?![\d:])"# + zone, needs: ":") {
            match in
            say(match, meridiem: false)
        },
        RegexRule(#"(?<=AM|PM|o'clock)(?:\s[A-Z]{2,4})?\s?[-–]\s?(?=[a-z]+ )"#, needs: "-–") { match in
            let text = match.text
            let zone = text.trimmingCharacters(in: CharacterSet(charactersIn: " -–"))
            return (zone.isEmpty ? "" : " " + zone) + " to "
        },
    ]

    static func say(_ match: RegexRule.Match, meridiem: Bool) -> String? {
        guard let hour = match.group("hour").flatMap({ Int($0) }), hour <= 24 else { return nil }
        let minute = (match.group("minute") ?? match.group("dotted")).flatMap { Int($0) }
        let second = match.group("second").flatMap { Int($0) }
        if let minute, minute > 59 { return nil }
        var words: String
        if let second {
            func unit(_ value: Int, _ name: String) -> String {
                "\(NumberWords.cardinal(value)) \(name)\(value == 1 ? "" : "s")"
            }
            words = "\(unit(hour, "hour")) \(unit(minute ?? 0, "minute")) and \(unit(second, "second"))"
        } else if let minute, minute > 0 {
            words =
                NumberWords.cardinal(hour) + " "
                + (minute < 10 ? "oh " + NumberWords.ones[minute] : NumberWords.cardinal(minute))
        } else {
            words = NumberWords.cardinal(hour) + (meridiem || minute == nil ? "" : " o'clock")
        }
        if meridiem, let letter = match.group("meridiem") { words += letter.lowercased() == "a" ? " AM" : " PM" }
        if let zone = match.group("zone") { words += " " + zone.replacingOccurrences(of: ".", with: "").uppercased() }
        return words
    }
}
