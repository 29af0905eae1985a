import Foundation

/// E-mail and web addresses, read out as people say them: "abc at gmail dot com".
enum ElectronicRules {
    static let rules: [RegexRule] = [
        // An embedded tweet's picture or short link is nothing to hear: "… heritage.
        // pic.twitter.com/CIHDX5qmux" was read "pic dot twitter dot com slash C I H D X five …".
        RegexRule(#"\s*\b(?:pic\.twitter\.com|https?:\/\/t\.co)\/\w+"#, needs: ".") { _ in "" },
        RegexRule(#"(?i)\b(?:https?|file|ftp):\/\/[^\s<>"”]+[^\s<>"”.,;:!?)]|\bwww\.[^\s<>"”]+[^\s<>"”.,;:!?)]"#) {
            spell($0.text)
        },
        RegexRule(#"[\w.+&-]+@[\w-]+(?:\.[\w-]+)+(?:\/[^\s<>"”]*[^\s<>"”.,;:!?)])?"#, needs: "@") { spell($0.text) },
        RegexRule(
            #"(?i)\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|io|co|uk|de|fr|sm|info|biz|tv|us|ca|au|abc)(?:\/[^\s<>"”]*[^\s<>"”.,;:!?)])?(?![\w@])"#,
            needs: "."
        ) {
            spell($0.text)
        },
        // "upgrade/update" → "upgrade slash update"
        RegexRule(#"(?<=[A-Za-z])\s?\/\s?(?=[A-Za-z]{2})"#, needs: "/") { _ in " slash " },
    ]

    static let symbols: [Character: String] = [
        ".": "dot", "@": "at", "/": "slash", ":": "colon", "-": "dash", "_": "underscore", "&": "ampersand",
        "+": "plus", "~": "tilde", "?": "question mark", "=": "equals", "#": "hash", "%": "percent",
    ]

    /// Letters stay as words, digits are said one by one, symbols by name.
    static func spell(_ address: String) -> String {
        var words: [String] = []
        var letters = ""
        var digits = ""
        func flush() {
            if !letters.isEmpty { words.append(letters) }
            if !digits.isEmpty { words.append(NumberWords.digits(digits)) }
            letters = ""
            digits = ""
        }
        for character in address {
            if character.isNumber {
                if !letters.isEmpty { flush() }
                digits.append(character)
            } else if character.isLetter {
                if !digits.isEmpty { flush() }
                letters.append(character)
            } else {
                flush()
                if let name = symbols[character] { words.append(name) }
            }
        }
        flush()
        return words.joined(separator: " ")
            .replacingOccurrences(of: "jpg", with: "jpeg")
    }
}
