import Foundation

/// Amounts of money: "$1.5 billion" → "one point five billion dollars", "$20.01" → "twenty
/// dollars one cent", "£10/wk" → "ten pounds per week", "$250-$300" → "… to …".
enum MoneyRules {
    static let sign = #"(?<sign>(?i:us|c|a)?\$|£|€|¥)"#
    static let amount = #"(?<amount>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)"#
    /// "$150K", "$2M", "$1.5bn", "$5 Million" (a headline's): in either case.
    static let scale = #"(?:\s?(?<scale>(?i:"# + SpokenUnits.scaleWords + #"|bn|mn|tn|m|k|b))\b)?"#
    static let per = #"(?:\/(?<per>mo|month|wk|week|d|day|hr|h|hour|yr|year)\b)?"#

    /// An amount that describes the noun after it (see ``DescribedNoun``).
    static let describing =
        DescribedNoun.before(#"(?i:us|c|a)?\$|[£€¥]"#) + sign + #"\s?"# + amount + scale + DescribedNoun.after

    /// An amount after a possessive, describing a noun a name begins (see ``DescribedNoun``).
    static let describingNamed =
        DescribedNoun.afterPossessive(#"(?i:us|c|a)?\$|[£€¥]"#) + sign + #"\s?"# + amount + scale
        + DescribedNoun.nameThenNoun

    /// An amount before a noun that amounts describe, with or without "a" or "the" before it,
    /// as headlines have it: "£1,000 fine for falsely reporting a contact".
    static let describingNamedNoun =
        #"(?<![\w$£€¥.,])"# + sign + #"\s?"# + amount + scale
        + #"(?= (?:fine|penalty|fee|bonus|deal|contract|loan|grant|budget|package|payout|settlement|prize|donation|ticket|salary|payment|investment|bailout|lawsuit|levy|reward|bounty|jackpot|subsidy|deficit|shortfall)s?(?![\w-]))"#

    static let rules: [RegexRule] = [
        RegexRule(describing, needs: "$£€¥", singular),
        RegexRule(describingNamed, needs: "$£€¥", singular),
        RegexRule(describingNamedNoun, needs: "$£€¥", singular),
        RegexRule(#"(?<spaced>US\s)?"# + sign + #"\s?"# + amount + scale + per, needs: "$£€¥") { match in
            guard let signText = match.group("sign"), let amountText = match.group("amount") else { return nil }
            var spoken = say(
                amount: amountText,
                sign: signText.lowercased(),
                scale: match.group("scale").flatMap { SpokenUnits.scales[$0.lowercased()] }
            )
            if match.group("spaced") != nil { spoken = "US " + spoken }
            if let per = match.group("per").flatMap({ SpokenUnits.periods[$0] }) { spoken += " per " + per }
            return spoken
        },
        // "… dollars-… dollars" left by two amounts joined by a dash.
        RegexRule(#"(?<=dollars|pounds|euros|cents|pence|yen)\s?[-–]\s?(?=[a-z])"#, needs: "-–") { _ in " to " },
    ]

    /// An amount said in the singular, as it is before the noun it describes ("one thousand
    /// pound fine"); cents and all ("a $20.50 ticket") stay as they are said.
    static func singular(_ match: RegexRule.Match) -> String? {
        guard let signText = match.group("sign"), let amountText = match.group("amount"),
            let currency = SpokenUnits.currencies[signText.lowercased()]
        else { return nil }
        let scale = match.group("scale").flatMap { SpokenUnits.scales[$0.lowercased()] }
        guard scale != nil || !amountText.contains(".") else { return nil }
        let spoken = say(amount: amountText, sign: signText.lowercased(), scale: scale)
        guard spoken.hasSuffix(" " + currency.1) else { return spoken }
        return spoken.dropLast(currency.1.count) + currency.0
    }

    static func say(amount: String, sign: String, scale: String?) -> String {
        let currency = SpokenUnits.currencies[sign] ?? SpokenUnits.currencies["$"]!
        let parts = amount.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let whole = parts[0].filter(\.isNumber)
        var fraction = parts.count > 1 ? parts[1] : ""
        if let scale {
            let number = fraction.isEmpty ? NumberWords.beforeScale(whole) : NumberWords.decimal(amount) ?? amount
            return "\(number) \(scale) \(currency.1)"
        }
        while fraction.count > 2, fraction.hasSuffix("0") { fraction.removeLast() }
        if fraction.count > 2 {
            let integer = whole.isEmpty ? "" : NumberWords.cardinal(written: whole) + " "
            return integer + "point \(NumberWords.digits(fraction)) \(currency.1)"
        }
        guard let units = whole.isEmpty ? 0 : Int(whole) else {
            // Longer than any real amount: its digits, then the currency.
            return "\(NumberWords.cardinal(written: whole)) \(currency.1)"
        }
        let minor = fraction.isEmpty ? 0 : Int(fraction.padding(toLength: 2, withPad: "0", startingAt: 0)) ?? 0
        var words: [String] = []
        if units > 0 || minor == 0 {
            words.append("\(NumberWords.cardinal(units)) \(units == 1 ? currency.0 : currency.1)")
        }
        if minor > 0 { words.append("\(NumberWords.cardinal(minor)) \(minor == 1 ? currency.2 : currency.3)") }
        return words.joined(separator: " ")
    }
}
