import Foundation

/// Phone numbers, IP addresses and social-security-style numbers, said digit by digit in their
/// groups: "one two three, four five six, seven eight nine zero".
enum TelephoneRules {
    static let rules: [RegexRule] = [
        // IP addresses: 123.123.0.40
        RegexRule(#"\b\d{1,3}(?:\.\d{1,3}){3}\b"#, needs: ".") { match in
            match.text.split(separator: ".").map(NumberWords.digits).joined(separator: " dot ")
        },
        // Toll-free words: 1-800-GO-U-HAUL
        RegexRule(#"\b1-(?<area>\d{3})-(?<word>[A-Z][A-Z-]*[A-Z])\b"#, needs: "-") { match in
            guard let area = match.group("area").flatMap({ Int($0) }), let word = match.group("word") else {
                return nil
            }
            return "one, \(NumberWords.cardinal(area)), " + word.replacingOccurrences(of: "-", with: " ")
        },
        // +1 (123) 123-5678, 123-123-5678-1111, 555.555.5555
        RegexRule(
            #"(?<country>\+\d{1,3}\s?)?(?<![\d.])(?:\(\d{3}\)\s?-?|\d{3}[-.\s])\d{3}[-.]\d{4}(?:-\d{4})?(?![\d.]\d)"#
        ) { match in
            let text = match.text
            let groups = text.split { !$0.isNumber && $0 != "+" }.map(String.init)
            return groups.map { group in
                group.hasPrefix("+") ? "plus " + NumberWords.digits(group) : NumberWords.digits(group)
            }.joined(separator: ", ")
        },
        // Social security and similar: 111-11-1111
        RegexRule(#"\b\d{3}-\d{2}-\d{4}\b"#, needs: "-") { match in
            match.text.split(separator: "-").map(NumberWords.digits).joined(separator: ", ")
        },
        RegexRule(#"\b(?i:ssn)\b"#, needs: "sS") { _ in "SSN" },
    ]
}
