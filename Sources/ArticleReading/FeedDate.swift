import Foundation

/// Dates as feeds write them: RFC 822 ("Tue, 10 Jun 2003 04:00:00 GMT", with or without the day
/// name, named or numeric zones, two-digit years) and ISO 8601 / W3C-DTF ("2003-06-10T04:00:00Z",
/// offsets with or without a colon, fractions, dates alone). A missing zone is read as UTC.
enum FeedDate {
    static let zones: [String: Int] = [
        "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6,
        "PST": -8, "PDT": -7, "BST": 1, "CET": 1, "CEST": 2, "MSK": 3, "IST": 5, "JST": 9, "AEST": 10,
    ]

    static func parse(_ raw: String) -> Date? {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        return iso8601(text) ?? rfc822(text)
    }

    nonisolated(unsafe) private static let isoPattern =
        #/(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?/#
    nonisolated(unsafe) private static let rfcPattern =
        #/(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([A-Za-z]{1,5}|[+-]\d{2}:?\d{2})?/#

    private static func iso8601(_ text: String) -> Date? {
        guard let match = text.wholeMatch(of: isoPattern) else { return nil }
        let offset = match.7.map { zoneOffset(String($0)) } ?? 0
        return date(
            year: Int(match.1), month: Int(match.2), day: Int(match.3),
            hour: match.4.flatMap { Int($0) } ?? 0, minute: match.5.flatMap { Int($0) } ?? 0,
            second: match.6.flatMap { Int($0) } ?? 0, offsetSeconds: offset
        )
    }

    private static func rfc822(_ text: String) -> Date? {
        guard let match = text.firstMatch(of: rfcPattern) else { return nil }
        guard let month = PublicationDate.monthNames[match.2.lowercased()], var year = Int(match.3) else { return nil }
        if year < 100 { year += year < 50 ? 2000 : 1900 }
        let offset = match.7.map { zoneOffset(String($0)) } ?? 0
        return date(
            year: year, month: month, day: Int(match.1),
            hour: match.4.flatMap { Int($0) } ?? 0, minute: match.5.flatMap { Int($0) } ?? 0,
            second: match.6.flatMap { Int($0) } ?? 0, offsetSeconds: offset
        )
    }

    /// "+0530", "-05:00", "+02", "GMT", "EST" → seconds east of UTC.
    static func zoneOffset(_ zone: String) -> Int {
        if let hours = zones[zone.uppercased()] { return hours * 3600 }
        guard let sign = zone.first, sign == "+" || sign == "-" else { return 0 }
        let digits = zone.dropFirst().filter(\.isNumber)
        let hours = Int(digits.prefix(2)) ?? 0
        let minutes = digits.count >= 4 ? Int(digits.dropFirst(2).prefix(2)) ?? 0 : 0
        return (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
    }

    private static func date(
        year: Int?, month: Int?, day: Int?, hour: Int, minute: Int, second: Int, offsetSeconds: Int
    ) -> Date? {
        guard let year, let month, let day, (1...12).contains(month), (1...31).contains(day), hour < 25 else {
            return nil
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? .current
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        return calendar.date(from: components).map { $0.addingTimeInterval(TimeInterval(-offsetSeconds)) }
    }
}
