import Foundation

/// What is left of the numbers: ordinals, decimals, years, ranges, signs and plain cardinals.
enum NumberRules {
    static let rules: [RegexRule] =
        [
            // A hexadecimal number, a character at a time: "0x10" → "hex one zero" (was "zero x
            // ten"), "0x1F" → "hex one F".
            RegexRule(#"(?<![\w.])0x(?<hex>[0-9A-Fa-f]+)\b"#, needs: "x") { match in
                match.group("hex").map {
                    "hex "
                        + $0.map { $0.isNumber ? NumberWords.digits(String($0)) : $0.uppercased() }.joined(
                            separator: " ")
                }
            },
            // Ordinals: "21st" → "twenty first"; a wrong suffix is read as written ("1th" → "one th").
            RegexRule(#"(?<![\w.,])(?<number>\d{1,3}(?:,\d{3})+|\d+)(?<suffix>st|nd|rd|th|ST|ND|RD|TH)\b"#) { match in
                guard let text = match.group("number"), let number = Int(text.filter(\.isNumber)),
                    let suffix = match.group("suffix")?.lowercased()
                else { return nil }
                if suffix == expectedSuffix(number) { return NumberWords.ordinal(number) }
                return NumberWords.cardinal(number, withAnd: false) + " " + suffix
            },
            // Year ranges: "1980-1986", "2019–21"
            RegexRule(#"(?<![\w.,$£€-])(?<from>1\d{3}|20\d{2})\s?[-–]\s?(?<to>1\d{3}|20\d{2}|\d{2})(?![\w.,%-]|\.\d)"#)
            {
                match in
                guard let from = match.group("from").flatMap({ Int($0) }), let toText = match.group("to"),
                    var to = Int(toText)
                else {
                    return nil
                }
                if toText.count == 2 { to += from / 100 * 100 }
                guard to > from else { return nil }
                return "\(NumberWords.year(from)) to \(NumberWords.year(to))"
            },
            // Scale letters after a number: "150K people", "1.5M views", "2bn" — a thousand, a
            // million, a billion. Not after one digit, where they name things ("4K", "3M", a "5K"),
            // nor a model's number ("Core i7 4790k"), nor before a race ("a 10K run").
            RegexRule(
                #"(?=\d)(?<![\w.,$£€¥-])(?<number>\d{1,3}(?:\.\d+)?)(?<scale>[Kk]|M|bn|mn)\b(?! (?:races?|runs?|runners?|walks?)\b)"#,
                needs: "0123456789"
            ) { match in
                guard let number = match.group("number"), let letters = match.group("scale"),
                    number.count > 1 || letters.count == 2, let scale = SpokenUnits.scales[letters.lowercased()]
                else { return nil }
                let spoken = number.contains(".") ? NumberWords.decimal(number) : NumberWords.beforeScale(number)
                return spoken.map { "\($0) \(scale)" }
            },
            // A version, three parts: "as of 1.8.3" → "one point eight point three" (was
            // "one.eight.three"). A date ("12.03.24") went before; an IP address, four parts, is
            // said with "dot" by its own rule.
            RegexRule(#"(?<![\w.,])(?<v>v)?(?<version>\d{1,4}(?:\.\d{1,4}){2})(?![\w]|\.\d)"#, needs: ".") { match in
                guard let version = match.group("version") else { return nil }
                let parts = version.split(separator: ".").map {
                    $0.count > 1 && $0.hasPrefix("0") ? NumberWords.digits($0) : NumberWords.cardinal(written: $0)
                }
                return (match.group("v") == nil ? "" : "version ") + parts.joined(separator: " point ")
            },
            // Decimals: "2.050", "-0.1", ".5"
            RegexRule(#"(?<![\w.,])(?<number>-?(?:\d{1,3}(?:,\d{3})+|\d+)?\.\d+)(?![\w.]*\.\d)(?![\d])"#, needs: ".") {
                match in
                match.group("number").flatMap(NumberWords.decimal)
            },
            // Arithmetic between numbers: "2+3"; "10^5 * 300" in a sentence is a product (Ars
            // Technica), but "2*8" unspaced is a code, as NeMo reads it.
            RegexRule(#"(?<=\d)\s?\+\s?(?=\d)"#, needs: "+") { _ in " plus " },
            RegexRule(#"(?<=\d) \* (?=\d)"#, needs: "*") { _ in " times " },
            RegexRule(#"(?<=\d)\s?\*\s?(?=\d)"#, needs: "*") { _ in " asterisk " },
            RegexRule(#"(?<=\d) ?= ?(?=\d)"#, needs: "=") { _ in " equals " },
            // A power: "2^28" is "two to the power of twenty eight" (it was "two^twenty eight").
            RegexRule(#"(?<=\d)\^(?=\d)"#, needs: "^") { _ in " to the power of " },
            // Dimensions: "1800 x 1920", "2×4" (but "2x8" stays "two x eight", as NeMo reads it;
            // "0x1F" is hexadecimal); and "3x faster"
            RegexRule(#"(?<=\d)(?:\s[x×]\s|×)(?=\d)"#, needs: "x×") { _ in " by " },
            RegexRule(#"(?<=\d)[x×](?=\s[a-z])"#, needs: "x×") { _ in " times" },
            RegexRule(#"(?<=\d)\/(?=[A-Za-z]\b)"#, needs: "/") { _ in " per " },
            // Fraction characters: "6½ minutes" is "six and a half minutes" (espeak-ng said "six a
            // half"), "a ¼ mile" "a quarter mile", "¾" alone "three quarters".
            RegexRule(#"(?<whole>\d+)\s?(?<fraction>[½¼¾⅓⅔⅛⅜⅝⅞])"#, needs: vulgarFractions) { match in
                guard let whole = match.group("whole"), let fraction = match.group("fraction").flatMap(fractionWords)
                else { return nil }
                return "\(say(whole)) and \(fraction.afterAnd)"
            },
            RegexRule(#"(?<=\b[Aa] )[½¼⅓⅛]"#, needs: vulgarFractions) { match in
                fractionWords(match.text)?.afterA
            },
            RegexRule(#"[½¼¾⅓⅔⅛⅜⅝⅞]"#, needs: vulgarFractions) { match in fractionWords(match.text)?.alone },
            // Whole numbers, even inside words ("W2s", "COVID-19", "t2000"), spaced from letters.
            // (The look-ahead first: with its four groups the pattern is slow to fail at every
            // character that starts no number.)
            RegexRule(
                #"(?=[A-Za-z]?-?\d)(?<before>[A-Za-z])?(?<sign>(?<![\w\d])-)?(?<number>\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:(?=(?<after>[A-Za-z]))|(?=(?<scaled> (?:"#
                    + SpokenUnits.scaleWords + #")\b))|)"#
            ) { match in
                guard let text = match.group("number") else { return nil }
                let before = match.group("before")
                let after = match.group("after")
                let inWord = before != nil || after != nil
                var spoken = inWord && text.count == 4 ? NumberWords.cardinal(written: text) : say(text)
                if match.group("scaled") != nil, text.count <= 3 { spoken = NumberWords.beforeScale(text) }
                if match.group("sign") != nil { spoken = "minus " + spoken }
                return (before.map { $0 + " " } ?? "") + spoken + (after == nil ? "" : " ")
            },
        ] + symbolRules

    /// Symbols a listener needs as words.
    static let symbolRules: [RegexRule] = [
        RegexRule(#"\s&\s"#, needs: "&") { _ in " and " },
        // A hashtag, also at a quotation's start ("“#Hamilton Chicago show interrupted …”"), as a
        // newsreader says it; a word between two signs is a code ("#mytext#": "hash mytext hash").
        RegexRule(#"(?<=^|[\s“"‘(])#(?=[A-Za-z]\w*+(?!#))"#, needs: "#") { _ in "hashtag " },
        RegexRule(#"(?<=^|[\s“"‘(])#(?=[A-Za-z])"#, needs: "#") { _ in "hash " },
        // The programming languages.
        RegexRule(#"\b(?<language>[CF])#(?![\w#])"#, needs: "#") { ($0.group("language") ?? "") + " sharp" },
        RegexRule(#"(?<=[A-Za-z])#(?=[\s,.;:!?)”"]|$)"#, needs: "#") { _ in " hash" },
        // A handle, also at a quotation's start: "“@Uber_Sydney stop …" is "at Uber Sydney stop".
        RegexRule(#"(?<=^|[\s“"‘(])@(?<handle>\w+)"#, needs: "@") { match in
            "at " + (match.group("handle") ?? "").replacingOccurrences(of: "_", with: " ")
        },
        RegexRule(#"(?<=\w)\s?@(?=\s|$)"#, needs: "@") { _ in " at" },
        RegexRule(#"(?<=\w)\$(?=\s|$)"#, needs: "$") { _ in " dollar" },
        // An editor's words in brackets are read as the writer's: "[T]he" is "The", "work[s]"
        // "works" (espeak-ng breaks a word at a bracket: "[T]he" was "tee he"), and "[These
        // were] 12 pages" flows on (a bracket is a pause to espeak-ng).
        RegexRule(#"\[(?<words>\p{L}[^\[\]]{0,80})\]"#, needs: "[") { $0.group("words") },
    ]

    static let vulgarFractions = "½¼¾⅓⅔⅛⅜⅝⅞"

    /// A fraction character in words: after a whole number and "and" ("a half"), after "a"
    /// ("half"), and alone ("one half").
    static func fractionWords(_ fraction: String) -> (afterAnd: String, afterA: String, alone: String)? {
        switch fraction {
        case "½": ("a half", "half", "one half")
        case "¼": ("a quarter", "quarter", "one quarter")
        case "¾": ("three quarters", "three quarter", "three quarters")
        case "⅓": ("a third", "third", "one third")
        case "⅔": ("two thirds", "two third", "two thirds")
        case "⅛": ("an eighth", "eighth", "one eighth")
        case "⅜": ("three eighths", "three eighth", "three eighths")
        case "⅝": ("five eighths", "five eighth", "five eighths")
        case "⅞": ("seven eighths", "seven eighth", "seven eighths")
        default: nil
        }
    }

    /// How a plain number is read: with separators or up to four digits as a number (a year
    /// from 1000 to 2099), five or more bare digits or a leading zero digit by digit.
    static func say(_ text: String) -> String {
        if text.contains(",") { return NumberWords.cardinal(written: text) }
        guard let number = Int(text) else { return NumberWords.digits(text) }
        if text.count > 1 && text.hasPrefix("0") || text.count >= 5 { return NumberWords.digits(text) }
        if text.count == 4, (1000...2099).contains(number) { return NumberWords.year(number) }
        return NumberWords.cardinal(number)
    }

    static func expectedSuffix(_ number: Int) -> String {
        if (11...13).contains(number % 100) { return "th" }
        switch number % 10 {
        case 1: return "st"
        case 2: return "nd"
        case 3: return "rd"
        default: return "th"
        }
    }
}
