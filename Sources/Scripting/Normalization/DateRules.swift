import Foundation

/// Dates and decades: "Feb. 7" → "February seventh", "Jan. 20, 2025" → "January twentieth
/// twenty twenty five", "25th July 2012" → "the twenty fifth of July twenty twelve",
/// "10/06/2005" → "October sixth two thousand five", "the 1990s" → "the nineteen nineties".
enum DateRules {
    static let month = "(?<month>" + SpokenUnits.monthPattern + ")"
    static let day = #"(?<day>\d{1,2})(?:st|nd|rd|th)?"#
    static let year = #"(?<year>\d{4})"#

    static let rules: [RegexRule] = [
        // Month first: "July 25, 2012", "Jan-15-2020", "jan. 15", "July 1876"
        RegexRule(#"(?i)\b"# + month + #"\.?(?:[\s-]+"# + day + #"\b)?(?:,?[\s-]+"# + year + #")?\b(?!\.\d)"#) {
            match in
            guard let monthNumber = match.group("month").flatMap(SpokenUnits.month) else { return nil }
            let name = monthName(monthNumber, like: match.group("month") ?? "")
            let dayNumber = match.group("day").flatMap { Int($0) }
            let yearNumber = match.group("year").flatMap { Int($0) }
            guard dayNumber != nil || yearNumber != nil, dayNumber.map({ (1...31).contains($0) }) ?? true else {
                return nil
            }
            // "May" alone, or "march 5" as a verb, is left to read as written unless a day or year follows.
            var words = [name]
            if let dayNumber { words.append(NumberWords.ordinal(dayNumber)) }
            if let yearNumber { words.append(NumberWords.year(yearNumber)) }
            return words.joined(separator: " ")
        },
        // Day first: "25th July 2012", "15 January", "the 26th May"
        RegexRule(#"(?i)(?<the>\bthe\s)?\b"# + day + #"\s"# + month + #"\b\.?(?:,?\s"# + year + #"\b)?"#) { match in
            guard let monthNumber = match.group("month").flatMap(SpokenUnits.month),
                let dayNumber = match.group("day").flatMap({ Int($0) }), (1...31).contains(dayNumber)
            else { return nil }
            let name = monthName(monthNumber, like: match.group("month") ?? "")
            var words = "the \(NumberWords.ordinal(dayNumber)) of \(name)"
            if let yearNumber = match.group("year").flatMap({ Int($0) }) { words += " " + NumberWords.year(yearNumber) }
            return words
        },
        // Year first: 2016/07/03
        RegexRule(#"\b(?<year>\d{4})\/(?<month>\d{1,2})\/(?<day>\d{1,2})\b"#, needs: "/") { match in
            numeric(month: match.group("month"), day: match.group("day"), year: match.group("year"), dayFirst: false)
        },
        // 10/06/2005, 01.10.2010, 15-01-2020, 11/17/05: month first unless the first part
        // cannot be a month.
        RegexRule(
            #"\b(?<first>\d{1,2})(?<separator>[\/.-])(?<second>\d{1,2})\k<separator>(?<year>\d{4}|\d{2})\b(?![.\/-]\d)"#
        ) { match in
            guard let first = match.group("first").flatMap({ Int($0) }) else { return nil }
            let dayFirst = first > 12
            return numeric(
                month: dayFirst ? match.group("second") : match.group("first"),
                day: dayFirst ? match.group("first") : match.group("second"),
                year: match.group("year"),
                dayFirst: dayFirst
            )
        },
        // Decades: "1990s", "'80s", "mid-80s"
        RegexRule(#"\b(?<century>\d{2})(?<decade>\d0)s\b"#, needs: "s") { match in
            guard let century = match.group("century"), let decade = match.group("decade"),
                let year = Int(century + decade)
            else {
                return nil
            }
            return NumberWords.decade(year, century: true)
        },
        RegexRule(#"(?:(?<=\s|^)['’]|(?<=\bmid-))(?<decade>\d0)s\b"#, needs: "s") { match in
            match.group("decade").flatMap { Int($0) }.map { NumberWords.decade($0, century: false) }
        },
        RegexRule(#"\bmid-(?=[a-z]+ies\b)"#, needs: "-") { _ in "mid " },
    ]

    static func numeric(month: String?, day: String?, year: String?, dayFirst: Bool) -> String? {
        guard let month = month.flatMap({ Int($0) }), (1...12).contains(month),
            let day = day.flatMap({ Int($0) }), (1...31).contains(day), let year
        else { return nil }
        let name = SpokenUnits.months[month - 1]
        let yearWords =
            year.count == 2 ? twoDigitYear(year) : (Int(year).map(NumberWords.year) ?? NumberWords.digits(year))
        return dayFirst
            ? "the \(NumberWords.ordinal(day)) of \(name) \(yearWords)"
            : "\(name) \(NumberWords.ordinal(day)) \(yearWords)"
    }

    /// "05" → "zero five", "98" → "ninety eight".
    static func twoDigitYear(_ year: String) -> String {
        year.hasPrefix("0") ? NumberWords.digits(year) : NumberWords.cardinal(written: year)
    }

    /// The month's full name, capitalised as the text had it.
    static func monthName(_ number: Int, like written: String) -> String {
        let name = SpokenUnits.months[number - 1]
        return written.first?.isUppercase == true ? name.capitalized : name
    }
}
