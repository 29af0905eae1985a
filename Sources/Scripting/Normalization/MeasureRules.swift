import Foundation

/// Quantities with units, fractions and ranges: "12kg" → "twelve kilograms", "2°C" → "two
/// degrees Celsius", "4 1/2 lbs" → "four and a half pounds", "2-5lb" → "two to five pounds",
/// "45%" → "forty five percent", "2 1/2" → "two and a half", "31/32" → "thirty one thirty
/// seconds".
enum MeasureRules {
    static let quantity = #"(?<amount>-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)"#
    static let unit =
        #"(?<unit>(?i:km\/h|sq ft|kwh|km²|km³|m²|m³|°c|°f|ºc|ºf|kg|mg|km|cm|mm|mi|lbs|lb|oz|ft|yd|ml|mph|kph|kw|mw|gw|ha|kbps|mbps|gbps|kb|gb|mb|tb|ghz|mhz)|g|m|l|%)"#

    static let rules: [RegexRule] = [
        // Ranges with a unit: "2-5lb", "1234-123kg", "10-12%"
        RegexRule(#"(?<![\w.])(?<from>\d+(?:\.\d+)?)\s?[-–]\s?"# + quantity + #"\s?"# + unit + #"(?![\w²³])"#) {
            match in
            guard let from = match.group("from"), let amount = match.group("amount"), let unit = match.group("unit")
            else {
                return nil
            }
            return "\(cardinalOrDecimal(from)) to \(say(amount, unit: unit))"
        },
        // Mixed fractions with a unit: "4 1/2 lbs"
        RegexRule(#"\b(?<whole>\d+)\s(?<numerator>\d+)\/(?<denominator>\d+)\s?"# + unit + #"(?![\w²³])"#, needs: "/") {
            match in
            guard let whole = match.group("whole").flatMap({ Int($0) }), let unit = match.group("unit"),
                let fraction = mixedFraction(match.group("numerator"), match.group("denominator"))
            else { return nil }
            return "\(NumberWords.cardinal(whole)) and \(fraction) \(unitWords(unit, plural: true))"
        },
        // Two measures of one thing: "51,200 KB/50 MB" → "… kilobytes, or fifty megabytes".
        RegexRule(
            #"(?<![\w.])"# + quantity + #"\s?"# + unit + #"\/"#
                + quantity.replacingOccurrences(of: "amount", with: "other")
                + #"\s?"# + unit.replacingOccurrences(of: "unit", with: "otherUnit") + #"(?![\w²³/])"#, needs: "/"
        ) { match in
            guard let amount = match.group("amount"), let unit = match.group("unit"), let other = match.group("other"),
                let otherUnit = match.group("otherUnit")
            else { return nil }
            return "\(say(amount, unit: unit)), or \(say(other, unit: otherUnit))"
        },
        // Before the noun it measures, a unit is singular (see ``DescribedNoun``): "a 2 GB file"
        // → "a two gigabyte file".
        RegexRule(DescribedNoun.before(#"-?\d"#) + quantity + #"\s?"# + unit + #"(?![\w²³/])"# + DescribedNoun.after) {
            match in
            guard let amount = match.group("amount"), let unit = match.group("unit") else { return nil }
            return "\(cardinalOrDecimal(amount)) \(unitWords(unit, plural: false))"
        },
        RegexRule(
            #"(?<![\w.])"# + quantity + #"(?:\s(?<scale>million|billion|trillion|thousand))?\s?"# + unit
                + #"(?![\w²³/])"#
        ) { match in
            guard let amount = match.group("amount"), let unit = match.group("unit") else { return nil }
            if let scale = match.group("scale") {
                return "\(cardinalOrDecimal(amount)) \(scale) \(unitWords(unit, plural: true))"
            }
            return say(amount, unit: unit)
        },
        // Fractions: "2 1/2", "3 5/2", "1/4th", "22/3"
        RegexRule(#"\b(?<whole>\d+)\s(?<numerator>\d+)\/(?<denominator>\d+)\b"#, needs: "/") { match in
            guard let whole = match.group("whole").flatMap({ Int($0) }),
                let fraction = mixedFraction(match.group("numerator"), match.group("denominator"))
            else { return nil }
            return "\(NumberWords.cardinal(whole)) and \(fraction)"
        },
        // Names written as fractions: "24/7" (all the time), "9/11" (the attacks).
        RegexRule(#"(?<![\w\/.])(?:24\/7|9\/11)(?![\w\/]|\.\d)"#, needs: "/") { match in
            match.text == "24/7" ? "twenty four seven" : "nine eleven"
        },
        // (A full stop after one ends the sentence; a digit after it would make a decimal.)
        RegexRule(#"(?<![\w\/.])(?<numerator>\d+)\/(?<denominator>\d+)(?i:st|nd|rd|th)?(?![\w\/]|\.\d)"#, needs: "/") {
            match in
            guard let numerator = match.group("numerator").flatMap({ Int($0) }),
                let denominator = match.group("denominator").flatMap({ Int($0) })
            else { return nil }
            return fraction(numerator, denominator)
        },
    ]

    static func say(_ amount: String, unit: String) -> String {
        let isOne = amount == "1"
        return "\(cardinalOrDecimal(amount)) \(unitWords(unit, plural: !isOne))"
    }

    static func cardinalOrDecimal(_ amount: String) -> String {
        if amount.contains(".") { return NumberWords.decimal(amount) ?? amount }
        return (amount.hasPrefix("-") ? "minus " : "") + NumberWords.cardinal(written: amount)
    }

    static func unitWords(_ unit: String, plural: Bool) -> String {
        let key = unit.lowercased()
        guard let names = SpokenUnits.measures[key] else { return unit }
        return plural ? names.1 : names.0
    }

    /// "1/2" → "one half", "2/4" → "two quarters", "31/32" → "thirty one thirty seconds",
    /// "142/1" → "one hundred forty two over one".
    static func fraction(_ numerator: Int, _ denominator: Int) -> String {
        let top = NumberWords.cardinal(numerator, withAnd: false)
        switch denominator {
        case 0, 1: return "\(top) over \(NumberWords.cardinal(denominator, withAnd: false))"
        case 2: return "\(top) \(numerator == 1 ? "half" : "halves")"
        case 4: return "\(top) \(numerator == 1 ? "quarter" : "quarters")"
        default:
            let bottom = NumberWords.ordinal(denominator)
            return "\(top) \(numerator == 1 ? bottom : bottom + "s")"
        }
    }

    /// The fraction in a mixed number: "a half" for 1/2, otherwise as ``fraction(_:_:)``.
    static func mixedFraction(_ numerator: String?, _ denominator: String?) -> String? {
        guard let numerator = numerator.flatMap({ Int($0) }), let denominator = denominator.flatMap({ Int($0) }) else {
            return nil
        }
        if numerator == 1, denominator == 2 { return "a half" }
        if numerator == 1, denominator == 4 { return "a quarter" }
        return fraction(numerator, denominator)
    }
}
