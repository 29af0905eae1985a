/// Where an amount or a measure describes the noun after it — after "a", "the", "its", a
/// possessive ("Apple's") … and before a noun — and so is said in the singular: "the $1.5
/// billion plan" → "… billion dollar plan", "a 2 GB file" → "a two gigabyte file". A
/// contraction is no possessive: "it's $5 million", "that's $20". Not before a pronoun, a preposition, a verb, an
/// adverb or a people noun, where it is the object of what follows ("the $5 million he paid",
/// "$2 billion annually", "the $0 people pay"), nor before a scale word ("the $5 million").
enum DescribedNoun {
    /// Goes before the amount's pattern, which starts with what `start` matches. That and the
    /// space before it are looked for first, so the look-behinds (up to 30 characters back) are
    /// tried only where an amount starts: tried at every character, they made this rule the
    /// slowest of all.
    static func before(_ start: String) -> String {
        "(?=\(start))(?<= )"
            + #"(?<=\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]his|[Tt]hat|[\p{L}.-]{1,30}['’]s) )"#
            + notContraction
    }

    /// Not after a contraction, which is no possessive: "it's $5 million", "that's $20".
    private static let notContraction =
        #"(?<!\b(?:[Ii]t|[Tt]hat|[Ww]hat|[Hh]ere|[Tt]here|[Ww]here|[Hh]ow|[Ww]ho|[Hh]e|[Ss]he|[Ll]et)['’]s )"#

    /// Goes before the amount's pattern where a possessive comes before it ("Scorsese's"; not
    /// "it's"), after which a name can begin the noun the amount describes (see
    /// ``nameThenNoun``).
    static func afterPossessive(_ start: String) -> String {
        "(?=\(start))(?<= )" + #"(?<=\b[\p{L}.-]{1,30}['’]s )"# + notContraction
    }

    /// Goes after the amount's pattern: a name ("Netflix", "iPhone") with a word after it — after
    /// a possessive, the name is the noun the amount describes, or begins it ("Martin
    /// Scorsese's $170 million Netflix gangster movie", "Amazon's $13.7 billion Whole Foods
    /// deal", "Apple's $999 iPhone is …"), not who does something with the amount.
    static let nameThenNoun = #"(?= (?:\p{Lu}|\p{Ll}\p{Lu})[\p{L}’'-]* \p{L})"#

    /// Goes after the amount's pattern: a word in lower case, or one in a headline's capitals
    /// with another after it (a small word between) or the headline's end ("Lupita Nyong'o's
    /// $150K Pearl Oscar Dress", "The $5 Million Question", "a $16M Boost to Acquire") — in a sentence, a name after the amount is more often who
    /// does something with it ("the $5 billion Apple paid").
    static let after =
        #"(?= (?!(?i:a|an|the|and|or|but|nor|to|of|for|in|on|at|by|from|with|than|that|which|who|whom|is|was|were|are|be|been|being|has|had|have|will|would|could|should|may|might|must|can|per|each|more|less|he|she|it|they|we|you|i|his|her|its|their|our|my|your|this|these|those|worth|apiece|annually|yearly|monthly|weekly|daily|overall|altogether|already|last|next|so|too|as|people|users|customers|consumers|taxpayers|investors|voters|residents|workers|families|players|fans|buyers|shoppers|patients|students|parents|thousand|million|billion|trillion|bn|mn|tn|m|k|b)\b)(?:\p{Ll}+\b|\p{Lu}\p{Ll}+(?: (?:(?:to|of|for|in|on|at|and|or|the|a|an|with|from|by|as) )?\p{Lu}|$)))"#
}
