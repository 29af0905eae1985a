import Foundation

/// Follows the people an article names, so that "he said" and "Peskov replied" are tied to the
/// right full name.
struct SpeakerTracker {
    static let pronouns: Set<String> = ["he", "she", "they"]
    static let determiners = Set([
        "a", "an", "the", "one", "another", "some", "many", "his", "her", "their", "two", "three", "several",
        "other", "most", "few",
    ]).union(unnamedPeople)
    /// Words that stand for a person the article does not name ("said someone at the meeting"):
    /// a description, like the determiners' phrases, but one word is enough.
    static let unnamedPeople: Set<String> = ["someone", "somebody"]

    /// Words that stand before a name without being part of it: titles, roles, nationalities
    /// and sentence openers.
    static let titleWords: Set<String> = [
        "President", "Vice", "Prime", "Minister", "Foreign", "Defense", "Defence", "Secretary",
        "Gov.", "Governor", "Sen.", "Senator", "Rep.", "Representative", "Mayor", "Mr.", "Mrs.",
        "Ms.", "Dr.", "Prof.", "Professor", "Gen.", "General", "Col.", "Lt.", "Sgt.", "Capt.",
        "Judge", "Justice", "Chief", "King", "Queen", "Prince", "Princess", "Pope", "Chancellor",
        "Speaker", "Leader", "Former", "Coach", "Manager", "Director", "Commissioner", "Sheriff",
        "Detective", "Inspector", "Officer", "Agent", "Captain", "Attorney", "Councilman",
        "Councilwoman", "Councillor", "Councilor", "Bishop", "Rabbi", "Imam", "Pastor", "Rev.", "Father",
        "Archbishop", "Cardinal", "Principal", "Superintendent", "Chairman", "Chairwoman", "Chair", "Longtime",
        "Acting", "Deputy", "Ambassador", "Sir", "Dame",
        "Russian", "Ukrainian", "American", "British", "Chinese", "French", "German", "Israeli",
        "Iranian", "Indian", "Japanese", "Canadian", "Mexican", "U.S.", "US", "U.K.", "UK", "EU",
        "Kremlin", "White", "House", "State", "Department", "Pentagon", "Democratic", "Republican",
        "The", "A", "An", "In", "On", "At", "But", "And", "However", "When", "After", "Before",
        "Asked", "Speaking", "Meanwhile", "As", "Like", "Unlike", "According", "Then", "Still", "Also", "Earlier",
        "Later", "Enter", "Meet",
    ]

    /// A gendered title an article gives a person ("Mrs.", "Mr.").
    private(set) var titles: [String: String] = [:]

    /// The role an article first gives a person ("Kremlin spokesman", "Russian President").
    private(set) var roles: [String: String] = [:]

    /// Full names of the people mentioned so far, latest last.
    private(set) var people: [String] = []
    /// The person last named as speaking ("Trump said that …"), if any.
    private(set) var lastSpeaker: String?
    /// Whether the last to speak was someone the article does not name ("a spokesperson for
    /// the association said …"): a "he said" after it is theirs, not the last named person's.
    private(set) var unnamedSpokeLast = false

    /// Notes the names in narration, in reading order; a name followed by a speech verb
    /// becomes the person a later "he said" points to, and an unnamed person speaking after
    /// it takes that away.
    mutating func observe(_ narration: Substring) {
        var unnamed = Self.unnamedSpeakers(in: narration)[...]
        for range in Self.capitalisedRuns(in: narration) {
            while let next = unnamed.first, next < range.lowerBound {
                (lastSpeaker, unnamedSpokeLast) = (nil, true)
                unnamed.removeFirst()
            }
            let match = (range: range, output: narration[range])
            let before = narration[..<match.range.lowerBound].last { !$0.isWhitespace }
            let startsSentence = before == nil || ".!?:“\"".contains(before!)
            guard let name = Self.personName(in: match.output, startsSentence: startsSentence) else { continue }
            let full = fullName(of: name)
            if name.contains(" ") { people.append(full) }
            if let title = match.output.split(separator: " ").first, Gender.from(title) != nil, titles[full] == nil {
                titles[full] = String(title)
            }
            if name.contains(" "), roles[full] == nil {
                roles[full] = Self.role(before: narration[..<match.range.lowerBound], run: match.output, name: name)
            }
            if SpeechVerb.startsWithVerb(narration[match.range.upperBound...]) {
                (lastSpeaker, unnamedSpokeLast) = (full, false)
            }
        }
        if !unnamed.isEmpty { (lastSpeaker, unnamedSpokeLast) = (nil, true) }
    }

    /// People described by their job, who say things in news copy without a name.
    static let speakingNouns: Set<String> = Set(roleNouns).union([
        "source", "sources", "aide", "lawyer", "attorney", "representative", "officer", "witness", "employee",
        "man", "woman", "resident", "neighbour", "neighbor", "relative", "friend", "doctor", "teacher",
    ])

    /// Where people the article does not name speak in `narration`: the speech verb after "a
    /// spokesperson", "an official" or "another lawyer" — past what they are for, of or at ("a
    /// spokesperson for the Universities and Colleges Employers’ Association (UCEA) said …"),
    /// within the sentence and before any comma; not when a name follows the noun ("a
    /// spokesman, Dmitry Peskov, said"), which is the name's, nor after "the" ("the president
    /// said" is most often someone the article has named).
    static func unnamedSpeakers(in narration: Substring) -> [String.Index] {
        var words: [Range<String.Index>] = []
        var index = narration.startIndex
        while index < narration.endIndex {
            guard !narration[index].isWhitespace else {
                index = narration.index(after: index)
                continue
            }
            let end = narration[index...].firstIndex(where: \.isWhitespace) ?? narration.endIndex
            words.append(index..<end)
            index = end
        }
        func plain(_ word: Int) -> String {
            narration[words[word]].lowercased().trimmingCharacters(in: .punctuationCharacters)
        }
        var found: [String.Index] = []
        for noun in words.indices where speakingNouns.contains(plain(noun)) {
            let opening = words[max(0, noun - 3)..<noun].indices
            guard let determiner = opening.last(where: { ["a", "an", "one", "another"].contains(plain($0)) }),
                (determiner + 1..<noun).allSatisfy({ narration[words[$0]].first?.isLowercase == true }),
                !",.;:!?".contains(narration[words[noun]].last!)
            else { continue }
            if noun + 1 < words.count, narration[words[noun + 1]].first?.isUppercase == true { continue }
            for next in (noun + 1)..<min(words.count, noun + 20) {
                if SpeechVerb.startsWithVerb(narration[words[next]]) {
                    found.append(words[next].lowerBound)
                    break
                }
                if ",.;:!?".contains(narration[words[next]].last!) { break }
            }
        }
        return found
    }

    /// Runs of capitalised words, where names are ("Longtime Kremlin spokesman Dmitry Peskov"
    /// has two): a capital letter with the letters, full stops, apostrophes and hyphens after it,
    /// and each capitalised word after it across spaces. (A scan, not a pattern: Swift's regex
    /// engine took a fifth of a briefing's script writing over it.)
    static func capitalisedRuns(in text: Substring) -> [Range<String.Index>] {
        func startsWord(_ index: String.Index) -> Bool { text[index].isUppercase && text[index].isLetter }
        func wordEnd(after start: String.Index) -> String.Index {
            var end = text.index(after: start)
            while end < text.endIndex, text[end].isLetter || ".’'-".contains(text[end]) { end = text.index(after: end) }
            return end
        }
        var runs: [Range<String.Index>] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard startsWord(index) else {
                index = text.index(after: index)
                continue
            }
            var end = wordEnd(after: index)
            while true {
                var next = end
                while next < text.endIndex, text[next].isWhitespace { next = text.index(after: next) }
                guard next > end, next < text.endIndex, startsWord(next) else { break }
                end = wordEnd(after: next)
            }
            runs.append(index..<end)
            index = end
        }
        return runs
    }

    nonisolated(unsafe) private static let whoClause = #/\s+who\s.*$/#
    nonisolated(unsafe) private static let ofPlace = #/([\p{Lu}][\p{L}.’'-]{1,30})\s+of\s+(?:the\s+)?[\p{Lu}].*$/#

    /// The person or description an attribution's subject stands for.
    mutating func resolve(_ written: String) -> Speaker {
        // "Sen. Tom Carper of Delaware" names Tom Carper; "a member who supports Trump" is a
        // description, not Trump.
        let subject = written.replacing(Self.whoClause, with: "")
            .replacing(Self.ofPlace) { String($0.1) }
        let words = subject.split(separator: " ")
        let speaker: Speaker
        if let first = words.first, Self.determiners.contains(first.lowercased()) {
            return Speaker(name: subject, isPerson: false)
        }
        if words.count == 1, Self.pronouns.contains(subject.lowercased()) {
            guard !unnamedSpokeLast, let person = lastSpeaker ?? people.last else {
                return Speaker(name: subject, isPerson: false)
            }
            speaker = Speaker(name: person, isPerson: true)
        } else if let last = words.last, last.first?.isUppercase == true,
            let name = Self.personName(in: trailingRun(of: words))
        {
            speaker = Speaker(name: fullName(of: name), isPerson: true)
            if name.contains(" ") { people.append(name) }
        } else if words.count == 1, case let known = fullName(of: String(words[0])), known.contains(" ") {
            // A surname that is also a title ("King, who resigned …, said") after the full name.
            speaker = Speaker(name: known, isPerson: true)
        } else {
            return Speaker(name: subject, isPerson: false)
        }
        (lastSpeaker, unnamedSpokeLast) = (speaker.name, false)
        return speaker
    }

    private func trailingRun(of words: [Substring]) -> Substring {
        let run = words.reversed().prefix { $0.first?.isUppercase == true }.reversed()
        let text = run.joined(separator: " ")
        return Substring(text)
    }

    /// A one-word name is a surname: the latest full name ending in it, if any.
    private func fullName(of name: String) -> String {
        guard !name.contains(" ") else { return name }
        return people.last { $0.split(separator: " ").last.map(String.init) == name } ?? name
    }

    /// Titles that are surnames too.
    static let titleSurnames: Set<String> = ["King", "Bishop", "Judge", "Pope", "Prince", "Cardinal"]

    static let commonWords: Set<String> = [
        "he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "even", "still", "yet",
        "hours", "minutes", "days", "weeks", "months", "years", "later", "earlier", "now", "today", "tonight",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "this", "that", "these", "those", "there", "here", "then", "but", "and", "so", "if", "when", "while",
        "after", "before", "since", "although", "though", "because", "as", "for", "with", "without", "in",
        "on", "at", "by", "from", "of", "to", "the", "a", "an", "some", "many", "most", "all", "both",
        "yes", "no", "not", "why", "what", "who", "how", "where", "last", "next", "first", "second", "other",
    ]

    /// Last words that make a capitalised run a place or an organisation ("the Wharton School",
    /// "Brooklyn Daily Eagle"), never a person who could be "he" or "she".
    static let institutionWords: Set<String> = [
        "School", "University", "College", "Institute", "Institution", "Academy", "Company", "Corporation",
        "Corp.", "Inc.", "Group", "Foundation", "Association", "Society", "Council", "Committee", "Commission",
        "Agency", "Department", "Ministry", "Party", "Church", "Hospital", "Museum", "Fund", "Times", "Journal",
        "News", "Eagle", "Tribune", "Herald", "Gazette", "Magazine", "Avenue", "Road", "Square", "River",
        "Island", "County", "City", "States", "Kingdom", "Republic", "Center", "Centre", "Club", "League",
        "Airport", "Station", "Prize", "Award", "Festival", "Theatre", "Theater", "Stadium", "Army", "Navy",
        "Office", "Administration", "Service", "Network", "Board", "Federation", "Laboratory", "Studios",
        "Systems", "Bureau", "Force",
    ]

    /// Whether a word ends a sentence: a full stop after more than an initial, and not after an
    /// abbreviation the sentence splitter knows ("Dr.", "Jr.", "St.", "U.S.").
    static func endsSentence(_ word: Substring) -> Bool {
        guard word.hasSuffix("."), word.count > 2 else { return false }
        let stem = word.dropLast().lowercased()
        return !stem.contains(".") && !SentenceSplitter.abbreviations.contains(stem)
            && !SentenceSplitter.terminalAbbreviations.contains(stem)
    }

    static let roleNouns = [
        "spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "president", "chairman",
        "chairwoman", "leader", "director", "adviser", "advisor", "official", "commander", "ambassador",
        "senator", "governor", "mayor", "chief", "editor", "executive", "analyst", "professor", "envoy",
    ]

    /// The role words just before a name: titles inside its capitalised run ("Russian President
    /// Vladimir Putin") or a role noun before it ("Kremlin spokesman Dmitry Peskov").
    static func role(before text: Substring, run: Substring, name: String) -> String? {
        var runWords = run.split(separator: " ")[...]
        // Not across a sentence's end ("… in the US. Forrest Jones said").
        if let end = runWords.dropLast().lastIndex(where: endsSentence) { runWords = runWords[(end + 1)...] }
        let titles = runWords.prefix(max(0, runWords.count - name.split(separator: " ").count))
            .filter {
                ![
                    "Longtime", "The", "A", "An", "In", "On", "At", "But", "And", "However", "When", "After", "Before",
                    "Asked", "Speaking", "Meanwhile", "Then", "Still", "Also", "Earlier", "Later", "As", "Like",
                    "Unlike", "According", "Enter", "Meet",
                ].contains(String($0))
            }
        if !titles.isEmpty { return titles.joined(separator: " ") }
        let words = text.split(separator: " ").suffix(3)
        guard let last = words.last, roleNouns.contains(String(last)) else { return nil }
        let qualifiers = words.dropLast().reversed().prefix { $0.first?.isUppercase == true && $0 != "Longtime" }
        return (qualifiers.reversed() + [last]).joined(separator: " ")
    }

    /// A run of capitalised words with titles stripped from its front, or nil when nothing
    /// name-like remains. At a sentence start the first of three words is taken for a role
    /// ("Fisherman Tomas Reilly") unless the middle one is an initial.
    static func personName(in run: Substring, startsSentence: Bool = false) -> String? {
        var words = run.split(whereSeparator: \.isWhitespace)[...]
        // A run across a sentence's end ("… in the United States. Kaplan targeted …") names
        // no one before it: only initials and abbreviations end in a full stop inside a name.
        if let end = words.dropLast().lastIndex(where: endsSentence) {
            words = words[(end + 1)...]
        }
        words = words.drop { titleWords.contains(String($0)) }
        // An everyday word starting the sentence is no part of a name: "Both Microsoft and
        // Amazon …", "But Smith …" (the cue was "Both Microsoft said:").
        if startsSentence, words.count >= 2, let first = words.first, commonWords.contains(first.lowercased()) {
            words = words.dropFirst()
        }
        // (A doubled first name is a name: "Dee Dee Myers".)
        if startsSentence, words.count == 3, words.first == run.split(separator: " ").first,
            words.dropFirst().first?.hasSuffix(".") == false, words.first != words.dropFirst().first
        {
            words = words.dropFirst()
        }
        // Longer runs carry a role we do not know ("Harbour Master Joe Kent"): names are the
        // last two words, or three with a middle initial.
        if words.count > 3 {
            words = words.suffix(words.dropLast().last?.hasSuffix(".") == true ? 3 : 2)
        }
        // One word that is a pronoun or an everyday word at a sentence's start is no name.
        if words.count == 1, let only = words.first, commonWords.contains(only.lowercased()) { return nil }
        guard let first = words.first, first.count > 1,
            words.allSatisfy({ $0.dropFirst().contains(where: \.isLowercase) || $0.hasSuffix(".") }),
            // A title that is also a surname ends a name ("Wayne King", "Mike Judge"); no other does
            // ("Party Leader").
            !words.enumerated().contains(where: { index, word in
                titleWords.contains(String(word))
                    && !(index > 0 && index == words.count - 1 && titleSurnames.contains(String(word)))
            }),
            words.count == 1 || !institutionWords.contains(String(words.last!))
        else { return nil }
        // A name ending a sentence keeps no full stop ("… Governor Tom Hale."), an initial does.
        var name = words.joined(separator: " ")
        if name.hasSuffix("’s") || name.hasSuffix("'s") { name.removeLast(2) }
        if name.hasSuffix("’") || name.hasSuffix("'") { name.removeLast() }
        if name.hasSuffix("."), (words.last?.count ?? 0) > 2 { name.removeLast() }
        return name
    }
}

/// The person (or unnamed source) a quotation is attributed to.
struct Speaker: Equatable, Hashable {
    /// The full name, or the description ("a White House spokeswoman").
    var name: String
    /// Whether `name` is a person's name, which is shortened to the surname after first use.
    var isPerson: Bool

    /// Words that belong to the surname after them ("de Miranda", "van der Berg").
    private static let particles: Set<String> = [
        "de", "del", "della", "di", "da", "van", "von", "der", "den", "la", "le", "du", "al", "bin", "ibn",
    ]

    /// The last name, with the particles before it ("de Miranda", "van der Berg").
    var surname: String {
        guard isPerson else { return name }
        let words = name.split(separator: " ")
        let start = words.dropLast().lastIndex { !Self.particles.contains($0.lowercased()) }.map { $0 + 1 } ?? 0
        let last = words[start...].joined(separator: " ")
        return last.isEmpty ? name : last
    }
}
