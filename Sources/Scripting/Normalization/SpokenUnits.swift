import Foundation

/// Units, currencies and abbreviations and how they are said.
enum SpokenUnits {
    /// Unit symbol → (singular, plural).
    static let measures: [String: (String, String)] = [
        "kg": ("kilogram", "kilograms"), "g": ("gram", "grams"), "mg": ("milligram", "milligrams"),
        "km": ("kilometer", "kilometers"), "m": ("meter", "meters"), "cm": ("centimeter", "centimeters"),
        "mm": ("millimeter", "millimeters"), "mi": ("mile", "miles"), "lb": ("pound", "pounds"),
        "lbs": ("pound", "pounds"), "oz": ("ounce", "ounces"), "ft": ("foot", "feet"), "yd": ("yard", "yards"),
        "l": ("liter", "liters"), "ml": ("milliliter", "milliliters"), "mph": ("mile per hour", "miles per hour"),
        "km/h": ("kilometer per hour", "kilometers per hour"), "kph": ("kilometer per hour", "kilometers per hour"),
        "°c": ("degree Celsius", "degrees Celsius"), "°f": ("degree Fahrenheit", "degrees Fahrenheit"),
        "ºc": ("degree Celsius", "degrees Celsius"), "ºf": ("degree Fahrenheit", "degrees Fahrenheit"),
        "km²": ("square kilometer", "square kilometers"), "km³": ("cubic kilometer", "cubic kilometers"),
        "m²": ("square meter", "square meters"), "m³": ("cubic meter", "cubic meters"),
        "sq ft": ("square foot", "square feet"), "kw": ("kilowatt", "kilowatts"), "mw": ("megawatt", "megawatts"),
        "gw": ("gigawatt", "gigawatts"), "kwh": ("kilowatt hour", "kilowatt hours"), "ha": ("hectare", "hectares"),
        "gb": ("gigabyte", "gigabytes"), "mb": ("megabyte", "megabytes"), "tb": ("terabyte", "terabytes"),
        "kb": ("kilobyte", "kilobytes"), "kbps": ("kilobit per second", "kilobits per second"),
        "mbps": ("megabit per second", "megabits per second"), "gbps": ("gigabit per second", "gigabits per second"),
        "ghz": ("gigahertz", "gigahertz"), "mhz": ("megahertz", "megahertz"), "%": ("percent", "percent"),
    ]

    /// Currency sign → (singular, plural, minor singular, minor plural).
    static let currencies: [String: (String, String, String, String)] = [
        "$": ("dollar", "dollars", "cent", "cents"), "us$": ("US dollar", "US dollars", "cent", "cents"),
        "£": ("pound", "pounds", "penny", "pence"), "€": ("euro", "euros", "cent", "cents"),
        "¥": ("yen", "yen", "sen", "sen"), "c$": ("canadian dollar", "canadian dollars", "cent", "cents"),
        "a$": ("australian dollar", "australian dollars", "cent", "cents"),
    ]

    /// Scale words and their short forms ("m", "bn", "k").
    /// The scale words, for patterns: "thousand|million|billion|trillion".
    static let scaleWords = "thousand|million|billion|trillion"

    static let scales: [String: String] = [
        "thousand": "thousand", "k": "thousand", "million": "million", "m": "million", "mn": "million",
        "billion": "billion", "bn": "billion", "b": "billion", "trillion": "trillion", "tn": "trillion",
    ]

    static let periods: [String: String] = [
        "mo": "month", "month": "month", "wk": "week", "week": "week", "d": "day", "day": "day", "hr": "hour",
        "h": "hour", "hour": "hour", "yr": "year", "year": "year", "min": "minute", "s": "second",
    ]

    static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    /// "jan", "sept.", "January" → 1…12.
    static func month(_ word: String) -> Int? {
        let key = word.lowercased().trimmingCharacters(in: ["."])
        guard key.count >= 3 else { return nil }
        if key == "sept" { return 9 }
        return months.firstIndex { $0 == key || ($0.hasPrefix(key) && key.count == 3) }.map { $0 + 1 }
    }

    static let monthPattern =
        #"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"#
}
