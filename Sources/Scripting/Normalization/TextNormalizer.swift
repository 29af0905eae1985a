import Foundation

/// Rewrites written news text as a newsreader would say it: dates, money, times, measures,
/// fractions, ordinals, years, phone numbers, web and e-mail addresses, titles and symbols.
/// Each rule runs over the whole text in turn, most specific first.
public enum TextNormalizer {
    public static func spoken(_ text: String) -> String {
        var text = text
        var scalars = Set(text.unicodeScalars)
        // Most sentences have no digits: only the rules that need none run over them; and a
        // rule is passed over when the text lacks every character its matches need.
        for rule in text.contains(where: \.isNumber) ? rules : wordRules where rule.mayMatch(scalars) {
            if let rewritten = rule.rewritten(text) {
                text = rewritten
                scalars = Set(text.unicodeScalars)
            }
        }
        while text.contains("  ") { text = text.replacingOccurrences(of: "  ", with: " ") }
        return text
    }

    static let number = #"\d{1,3}(?:,\d{3})+|\d+"#
    static let decimalNumber = #"(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?"#

    static let wordRules: [RegexRule] = ElectronicRules.rules + AbbreviationRules.rules + NumberRules.symbolRules

    static let rules: [RegexRule] =
        ElectronicRules.rules + TelephoneRules.rules + MoneyRules.rules + TimeRules.rules + DateRules.rules
        + MeasureRules.rules + AbbreviationRules.rules + NumberRules.rules
}
