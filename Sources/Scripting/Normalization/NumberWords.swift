/// Numbers as words, the way a newsreader says them.
public enum NumberWords {
    static let ones = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ]
    static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    static let scales = ["", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion"]

    /// "one hundred and twenty three thousand four hundred and five": British "and" after
    /// "hundred" in the last group only, as news readers say it.
    public static func cardinal(_ number: Int, withAnd: Bool = true) -> String {
        if number == 0 { return "zero" }
        var groups: [Int] = []
        // The magnitude, so that even `Int.min` has one.
        var rest = number.magnitude
        while rest > 0 {
            groups.append(Int(rest % 1000))
            rest /= 1000
        }
        var words: [String] = []
        for (index, group) in groups.enumerated().reversed() where group > 0 {
            let isLast = index == 0
            // "eighteen thousand and ninety five": the last group joins with "and" when it has
            // no hundreds of its own.
            if withAnd, isLast, groups.count > 1, group < 100 { words.append("and") }
            words.append(underThousand(group, and: withAnd && isLast))
            if index > 0 { words.append(scales[index]) }
        }
        return (number < 0 ? "minus " : "") + words.joined(separator: " ")
    }

    /// A whole number as written in digits (thousands commas and all): in words when it fits
    /// in an `Int`, digit by digit when it is longer than any amount a newsreader says.
    public static func cardinal(written text: some StringProtocol) -> String {
        let digitsOnly = String(text.filter(\.isNumber))
        return Int(digitsOnly).map { cardinal($0) } ?? digits(digitsOnly)
    }

    /// A whole number before a scale word, said as a higher group of digits is — no "and":
    /// "150 million" and "$150K" as "150,000,000" and "150,000", "one hundred fifty …".
    static func beforeScale(_ text: some StringProtocol) -> String {
        let digitsOnly = String(text.filter(\.isNumber))
        return Int(digitsOnly).map { cardinal($0, withAnd: false) } ?? digits(digitsOnly)
    }

    static func underThousand(_ number: Int, and: Bool) -> String {
        var words: [String] = []
        let hundreds = number / 100
        let rest = number % 100
        if hundreds > 0 { words.append(ones[hundreds] + " hundred") }
        if rest > 0 {
            if hundreds > 0 && and { words.append("and") }
            words.append(underHundred(rest))
        }
        return words.joined(separator: " ")
    }

    static func underHundred(_ number: Int) -> String {
        if number < 20 { return ones[number] }
        return tens[number / 10] + (number % 10 > 0 ? " " + ones[number % 10] : "")
    }

    /// "twenty first", "one hundred eleventh", "one millionth".
    public static func ordinal(_ number: Int) -> String {
        let words = cardinal(number, withAnd: false)
        var parts = words.split(separator: " ").map(String.init)
        guard let last = parts.popLast() else { return words }
        return (parts + [ordinalWord(last)]).joined(separator: " ")
    }

    static func ordinalWord(_ word: String) -> String {
        let irregular = [
            "one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
            "nine": "ninth", "twelve": "twelfth",
        ]
        if let ordinal = irregular[word] { return ordinal }
        if word.hasSuffix("y") { return word.dropLast() + "ieth" }
        return word + "th"
    }

    /// Each digit by name: "one two three"; "oh" is not used (NeMo and most readers say "zero").
    /// A character worth more than nine ("㉉", a circled twenty) is said as its number.
    public static func digits(_ text: some StringProtocol) -> String {
        text.compactMap { $0.wholeNumberValue }.map { $0 < ones.count ? ones[$0] : cardinal($0) }.joined(separator: " ")
    }

    /// A year as people say it: "nineteen ninety four", "two thousand five", "twenty twelve".
    public static func year(_ year: Int) -> String {
        switch year {
        case 2000...2009: return cardinal(year, withAnd: false)
        case 1000...2099 where year % 100 == 0: return underHundred(year / 100) + " hundred"
        case 1000...2099:
            let tail = year % 100
            return underHundred(year / 100) + " " + (tail < 10 ? "oh " + ones[tail] : underHundred(tail))
        default: return cardinal(year)
        }
    }

    /// "1980s" → "nineteen eighties", "'80s" → "eighties", "1910s" → "nineteen tens".
    public static func decade(_ year: Int, century: Bool) -> String {
        let tail = year % 100
        let plural = tail == 0 ? "hundreds" : pluralTens(tail)
        guard century else { return plural }
        if tail == 0 { return underHundred(year / 100) + " hundreds" }
        if (2000...2009).contains(year) { return "two thousands" }
        return underHundred(year / 100) + " " + plural
    }

    static func pluralTens(_ tail: Int) -> String {
        let word = underHundred(tail)
        if word.hasSuffix("y") { return word.dropLast() + "ies" }
        return word + "s"
    }

    /// A decimal written with digits after the point: "2.050" → "two point zero five zero".
    public static func decimal(_ text: String) -> String? {
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].allSatisfy(\.isNumber), !parts[1].isEmpty else { return nil }
        let whole = parts[0].filter { $0 != "," }
        let integer = whole.isEmpty ? "" : (Int(whole).map { cardinal($0) } ?? digits(whole))
        let spoken = [integer, "point", digits(parts[1])].filter { !$0.isEmpty }.joined(separator: " ")
        return negative ? "minus " + spoken : spoken
    }
}
