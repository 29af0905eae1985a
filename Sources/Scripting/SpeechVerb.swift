/// The verbs news uses to attribute speech ("said", "told", "added").
enum SpeechVerb {
    static let words = [
        "said", "says", "told", "tells", "added", "adds", "replied", "replies", "asked", "asks",
        "wrote", "writes", "continued", "explained", "noted", "stated", "argued", "insisted",
        "warned", "declared", "remarked", "recalled", "acknowledged", "conceded", "countered",
        "responded", "answered", "posted", "tweeted", "shouted", "joked", "cautioned", "urged",
        "claimed", "announced", "admitted", "suggested", "predicted", "vowed", "stressed",
        "states", "notes", "explains", "argues", "insists", "warns", "recalls", "continues",
        "tweets", "responds", "answers", "claims", "admits", "concedes", "testified",
        "beamed", "quipped", "exclaimed", "yelled", "boasted", "complained", "observed", "retorted",
        "scoffed", "sighed", "snapped", "speculated", "chided", "cracked", "demanded", "emphasized",
        "emphasised", "griped", "lamented", "mused", "offered", "opined", "promised", "reasoned",
        "reiterated", "reminded", "repeated", "reported", "thundered", "whispered", "agreed", "asserted",
        "contended", "charged", "explains", "adds", "recalls", "notes", "told reporters", "wrote in",
        "acknowledges", "predicts", "promises", "complains", "jokes", "boasts", "insisted", "conceded",
        "stated", "shot back", "fired back", "pointed out", "went on", "tells", "declares", "announces",
        "reads", "interjected", "quoted",
    ]

    /// Alternation for use inside a regular expression, longest words first.
    static let pattern = words.sorted { $0.count > $1.count }.joined(separator: "|")

    static let singleWords = Set(words.filter { !$0.contains(" ") })

    /// Whether `text` starts (after spaces) with a speech verb: "… Peskov told the agency".
    static func startsWithVerb(_ text: Substring) -> Bool {
        let word = text.drop { $0 == " " }.prefix { $0.isLetter }
        return singleWords.contains(String(word))
    }
}
