/// A calendar date as an article states it (no time zone games: news dates are days).
public struct PublicationDate: Equatable, Hashable, Sendable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2999).contains(year), (1...12).contains(month),
            (1...PublicationDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// ISO 8601, `yyyy-mm-dd`.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension PublicationDate {
    static let monthNames: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
        "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
        "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]

    // Run on every short pasted line: ICU, which compiles them in a fraction of the time Swift's
    // `Regex` takes to parse them at first use.
    private static let isoDate = ICUPattern(#"(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})"#)
    private static let monthFirstDate = ICUPattern(
        #"(?<month>[A-Za-z]{3,9})\.? (?<day>\d{1,2})(?:st|nd|rd|th)?,? (?<year>\d{4})"#)
    private static let dayFirstDate = ICUPattern(#"(?<day>\d{1,2}) (?<month>[A-Za-z]{3,9})\.?,? (?<year>\d{4})"#)

    /// Finds the first date written in `text`: "2026-11-27", "Nov. 27, 2026", "November 27, 2026"
    /// or "27 November 2026".
    public static func first(in text: String) -> PublicationDate? {
        // A line without a digit holds no date: most lines are passed over at once.
        guard text.contains(where: \.isNumber) else { return nil }
        func number(_ match: ICUPattern.Match, _ group: String) -> Int { match.group(group).flatMap { Int($0) } ?? 0 }
        if let match = isoDate.firstMatch(in: text),
            let date = PublicationDate(
                year: number(match, "year"), month: number(match, "month"), day: number(match, "day"))
        {
            return date
        }
        for pattern in [monthFirstDate, dayFirstDate] {
            if let match = pattern.firstMatch(in: text),
                let month = match.group("month").flatMap({ monthNames[$0.lowercased()] }),
                let date = PublicationDate(year: number(match, "year"), month: month, day: number(match, "day"))
            {
                return date
            }
        }
        return nil
    }
}
