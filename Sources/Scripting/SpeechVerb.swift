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
    ]

    /// Alternation for use inside a regular expression, longest words first.
    static let pattern = words.sorted { $0.count > $1.count }.joined(separator: "|")
}
