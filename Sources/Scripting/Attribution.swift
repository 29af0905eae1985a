import ArticleReading

/// Who a quotation is attributed to, as the article words it: `Peskov replied when asked by
/// TASS`, `said Kremlin spokesman Dmitry Peskov`, `he told reporters`, `according to the mayor`.
struct Attribution: Equatable {
    /// The words naming the speaker: a name, a pronoun or a description.
    var subject: String
    /// The speech verb ("said", "told"), or "according to".
    var verb: String
    /// The words after the verb up to the clause's end, without closing punctuation
    /// (" TASS", ", referring to soldiers dying in the war").
    var rest: String
    /// A description of the speaker set off by commas ("executive vice president of the
    /// Brookings Institution"), said with the full name on the first cue.
    var aside: String? = nil
    /// The words of the speaker's sentence before the name ("Harbour master", "In a statement,"),
    /// said in the cue so they are not left as a fragment of their own.
    var opening: String? = nil

    static let accordingTo = "according to"
}

extension Attribution {
    private static let verbs = SpeechVerb.pattern
    /// Right after a quotation, "Blackwell concluded" attributes it whatever the verb: any
    /// listed verb, or a past tense.
    private static let trailingVerbs = SpeechVerb.pattern + #"|[a-z]{3,}ed"#
    private static let subjectWords = #"(?:[\p{L}\p{N}.’'-]+\s+){0,8}?[\p{L}\p{N}.’'-]+"#

    /// `“…,” Trump said, referring to …` — the subject before the verb.
    private static let subjectFirst = ICUPattern(
        #"^\s*,?\s*(?<subject>"# + subjectWords + #")\s+(?<verb>"# + trailingVerbs + #")\b(?<rest>.*)$"#
    )
    /// `“…,” Anthony Anton, president of the association, said.` — a name, an aside, the verb.
    private static let subjectWithAside = ICUPattern(
        #"^\s*,?\s*(?<subject>[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*){0,4}),\s+(?<aside>[^,“”"]{2,120}),\s+(?<verb>"#
            + trailingVerbs + #")\b(?<rest>.*)$"#
    )
    /// `“…,” said Dmitry Peskov, adding …` — the verb before the subject.
    private static let verbFirst = ICUPattern(
        #"^\s*,?\s*(?<verb>"# + verbs
            + #")\s+(?<subject>[^,;:]+?)(?<rest>(?:,|\s+(?:with|at|in|on|for|from|during|after|before|when|while|who|according)\b).*)?$"#
    )
    /// ", executive vice president of the Brookings Institution" after a name.
    nonisolated(unsafe) private static let describingAside =
        #/^,\s*((?:a|an|the)\b[^,]*|(?:[a-z-]+ ){0,3}(?:director|president|secretary|spokesman|spokeswoman|spokesperson|minister|chairman|chair|adviser|advisor|analyst|professor|official|leader|officer|editor|member|founder|executive|strategist|lawyer|attorney|economist|expert|researcher|aide|fellow|governor|senator|mayor)s?\b[^,]*)/#
    /// " with Acme Corp" after a name.
    nonisolated(unsafe) private static let affiliation =
        #/^\s+(with\s+\p{Lu}[\p{L}.&’'-]*(?:\s+\p{Lu}[\p{L}.&’'-]*){0,3})/#
    /// A subject with an auxiliary verb is a clause, not a speaker.
    nonisolated(unsafe) private static let auxiliaryVerb =
        /\b(?:could|would|will|is|was|has|had|be|are|were|can|should|may|might)\b/
    /// ", Rich Beeson" after a role.
    nonisolated(unsafe) private static let nameAfterRole =
        #/^,\s*(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,3})(?=,|$)/#
    /// A run of capitalised words.
    nonisolated(unsafe) private static let capitalizedRun = #/\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*/#
    /// ", MD, PhD" after a name.
    nonisolated(unsafe) private static let credentials =
        #/^,\s*((?:MD|M\.D\.|PhD|Ph\.D\.|RN|MPH|MBA|JD|DDS|DVM|Esq\.?)(?:,\s*(?:MD|M\.D\.|PhD|Ph\.D\.|RN|MPH|MBA|JD|DDS|DVM|Esq\.?))*)(?=,|$)/#
    /// ", who is the concessions manager" after a name (the comma sometimes missing).
    nonisolated(unsafe) private static let relativeClause = /^,?\s*((?:who|whose)\s[^,]{2,120})(?=,|$)/
    /// ", Technology and Society program" after an aside cut at a comma inside a list of names
    /// ("the department head for MIT’s Science, Technology and Society program").
    nonisolated(unsafe) private static let listContinuation = /^,\s*(\p{Lu}[^,]*\band\b[^,]*)(?=,|$)/
    /// ", a research and advocacy organization" after a describing aside.
    nonisolated(unsafe) private static let furtherDescription = /^,\s*((?:a|an|the)\s[^,]{2,80})(?=,|$)/
    /// `“…,” according to Dmitry Peskov.`
    private static let accordingToSubject = ICUPattern(
        #"^\s*,?\s*according to\s+(?<subject>[^,;:]+?)(?<rest>,.*)?$"#
    )
    /// `…, Trump said, “…”` or `Peskov told TASS: “…”` — the attribution just before the quotation.
    /// `Clinton, who called Sanders, told her supporters, “…”`
    private static let introducingWithAside = ICUPattern(
        #"(?<subject>\b[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*){0,3}),\s+(?<aside>[^,“”"]{3,120}),\s+(?<verb>"#
            + verbs + #")(?<rest>\s+[^,:;.“”"]{1,40}?)?\s*[,:]\s*$"#
    )
    /// `According to the Daily Caller, “…”`
    private static let introducingAccordingTo = ICUPattern(
        #"\b[Aa]ccording to (?<subject>[^,“”"]{2,80}),\s*$"#
    )
    /// `One tweet said: “…”`, `A spokeswoman told reporters, “…”`
    private static let introducingDescription = ICUPattern(
        #"(?<subject>\b(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+[\p{L}\p{N}’'-]+(?:\s+[\p{L}\p{N}’'-]+){0,4})\s+(?<verb>"#
            + verbs + #")(?<rest>\s+[^,:;.“”"]{1,40}?)?\s*[,:]\s*$"#
    )
    /// `Hannity interjected: “…”` — with a colon, any past tense introduces a quotation.
    private static let introducingWithColon = ICUPattern(
        #"(?<subject>\b(?:he|she|they|[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*){0,3}))\s+(?<verb>"#
            + trailingVerbs + #")(?<rest>\s+[^,:;.“”"]{1,40}?)?\s*:\s*$"#
    )
    /// `Morales said, “…”`, `he added: “…”` — and `he added; “…”`, as wire copy has it at times.
    private static let introducing = ICUPattern(
        #"(?<subject>\b(?:he|she|they|[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*){0,3}))\s+(?<verb>"#
            + verbs + #")(?<rest>\s+[^,:;.“”"]{1,40}?)?\s*[,:;]\s*$"#
    )

    /// Reads the clause that follows a quotation, up to its sentence end.
    static func following(_ clause: Substring) -> Attribution? {
        var clause = String(clause.trimmingSuffix(while: { ".,;:!? ".contains($0) }))
        // "Rep. Jim McDermott (D-Wash.) said": the party label goes beside the name, said in full.
        var party: String?
        if let label = partyLabel.firstMatch(in: clause), let letter = label.group("party"),
            let state = label.group("state"), let said = AbbreviationRules.party(letter, state: state)
        {
            party = said
            clause.removeSubrange(label.range)
        }
        guard var attribution = matched(clause) else { return nil }
        if let party { attribution.aside = [party, attribution.aside].compactMap { $0 }.joined(separator: ", ") }
        return attribution
    }

    /// A party label after a name: "(D-Wash.)", "(R-N.C.)".
    private static let partyLabel = ICUPattern(#"(?<=\p{Ll}) "# + AbbreviationRules.partyLabel + #"(?=[ ,])"#)

    /// The attribution a clause (without a party label) holds, by the first pattern it fits.
    private static func matched(_ clause: String) -> Attribution? {
        for (position, pattern) in [subjectFirst, subjectWithAside, verbFirst, accordingToSubject].enumerated() {
            guard let match = pattern.firstMatch(in: clause), let written = match.group("subject"), isSubject(written),
                written.split(separator: " ").count <= 12
            else { continue }
            let verb = match.group("verb") ?? accordingTo
            var rest = match.group("rest") ?? ""
            var aside = match.group("aside")
            var subject = written
            // The name ends where a preposition starts ("said Lukas Stefanko with ESET in …"), but a
            // description runs on to the comma ("said one Democrat familiar with the campaign").
            if position == 2, rest.first == " ", subject.split(separator: " ").last?.first?.isUppercase != true {
                let extra = rest.prefix { $0 != "," }
                subject += extra
                rest = String(rest.dropFirst(extra.count))
            }
            if position == 2,
                let affiliation = rest.firstMatch(of: Self.affiliation)
            {
                aside = String(affiliation.output.1)
                rest = String(rest[affiliation.range.upperBound...])
            }
            guard !subject.contains(Self.auxiliaryVerb) else {
                continue
            }
            // "said Rubio’s deputy campaign manager, Rich Beeson, who …": the name follows the role.
            if position >= 2, subject.split(separator: " ").last?.first?.isLowercase == true,
                let named = rest.firstMatch(of: Self.nameAfterRole)
            {
                aside = subject
                subject = String(named.output.1)
                rest = String(rest[named.range.upperBound...])
            }
            // "said Martin Indyk, executive vice president of …": the words after the name
            // describe the speaker when they start like a description.
            if aside == nil, position >= 2, let description = rest.firstMatch(of: describingAside) {
                aside = String(description.output.1)
                rest = String(rest[description.range.upperBound...])
                if let list = rest.firstMatch(of: listContinuation) {
                    aside! += ", " + list.output.1
                    rest = String(rest[list.range.upperBound...])
                }
                // "…, senior director at the Committee, a research and advocacy organization": a
                // second description of the same speaker belongs to the aside, not after the verb.
                if let more = rest.firstMatch(of: furtherDescription) {
                    aside! += ", " + more.output.1
                    rest = String(rest[more.range.upperBound...])
                }
                // "said Jeff Miller, a city councilman in Hendersonville, who was the 2010 GOP
                // nominee": a clause about the person after the description is beside the name
                // too (the cue was "…, said, who was the 2010 GOP nominee").
                if rest.hasPrefix(","), let clause = rest.firstMatch(of: Self.relativeClause) {
                    aside! += ", " + clause.output.1
                    rest = String(rest[clause.range.upperBound...])
                }
            }
            // "said Katie Allen, MD, PhD" and "said Leigh Sears, who is the concessions manager":
            // letters after the name, or a clause about the person, go beside the name
            // ("Leigh Sears, who is …, said:"), not after the verb.
            if aside == nil, position >= 2,
                let beside = rest.firstMatch(of: Self.credentials) ?? rest.firstMatch(of: Self.relativeClause)
            {
                aside = String(beside.output.1)
                rest = String(rest[beside.range.upperBound...])
            }
            return Attribution(subject: subject, verb: verb, rest: rest, aside: aside)
        }
        return nil
    }

    /// Finds an attribution ending the text before a quotation; returns the narration that
    /// precedes it and the attribution.
    static func introducing(_ lead: Substring) -> (narration: Substring, attribution: Attribution)? {
        if let (narration, attribution) = introducingClause(lead) { return withOpening(narration, attribution) }
        return introducingParticiple(lead)
    }

    /// "Harbour master Ines Calloway said:" — the start of the speaker's sentence joins the
    /// attribution when it is short; the narration keeps only whole sentences.
    private static func withOpening(
        _ narration: Substring, _ attribution: Attribution
    ) -> (narration: Substring, attribution: Attribution) {
        let before = narration.trimmingSuffix(while: \.isWhitespace)
        guard let end = before.last, !".!?”\"".contains(end),
            let sentence = SentenceSplitter.sentences(in: String(before)).last,
            sentence.split(separator: " ").count <= 8, !sentence.contains(where: { "“”\"".contains($0) }),
            // "U.S. Kaplan says": an abbreviation the splitter kept is the end of the sentence before.
            !sentence.hasSuffix("."), sentence.contains(where: \.isLowercase),
            let range = before.range(of: sentence, options: .backwards)
        else { return (narration, attribution) }
        var attribution = attribution
        attribution.opening = sentence
        return (narration[..<range.lowerBound], attribution)
    }

    /// `Carson shared a syllabus on Facebook, writing “…”` — the sentence's subject speaks.
    private static let participle = ICUPattern(
        #",?\s+(?<verb>saying|writing|adding|noting|arguing|declaring|tweeting|asking|warning|telling)(?<rest>\s+[^,:;.“”"]{1,30}?)?(?:\s+that)?\s*[,:]?\s*$"#
    )
    static let pastTenses = [
        "saying": "said", "writing": "wrote", "adding": "added", "noting": "noted", "arguing": "argued",
        "declaring": "declared", "tweeting": "tweeted", "asking": "asked", "warning": "warned", "telling": "told",
    ]

    private static func introducingParticiple(_ lead: Substring) -> (narration: Substring, attribution: Attribution)? {
        let text = String(lead)
        guard let match = participle.firstMatch(in: text), let verb = match.group("verb").flatMap({ pastTenses[$0] })
        else { return nil }
        let before = String(text[..<match.range.lowerBound])
        // (The sentence splitter's sentence: "Mr. Trump expressed admiration for Mr. Clinton's
        // skills, telling CNBC:" is Mr. Trump's, not what follows the last full stop.)
        let sentence = SentenceSplitter.sentences(in: before).last ?? before
        let words = sentence.split(separator: " ")
        let subject: String
        if let first = words.first, SpeakerTracker.pronouns.contains(first.lowercased()) {
            subject = first.lowercased()
        } else if let run = Self.subjectPart(of: sentence).firstMatch(of: Self.capitalizedRun),
            let name = SpeakerTracker.personName(in: run.output, startsSentence: false)
        {
            subject = name
        } else {
            return nil
        }
        let offset = text.distance(from: text.startIndex, to: match.range.lowerBound)
        let narration = lead[..<lead.index(lead.startIndex, offsetBy: offset)]
        return (narration, Attribution(subject: subject, verb: verb, rest: match.group("rest") ?? ""))
    }

    /// A sentence past a short opening phrase that sets the scene ("Back in 1999, Mr. Trump
    /// expressed …" → "Mr. Trump expressed …").
    private static func subjectPart(of sentence: String) -> Substring {
        guard let comma = sentence.firstIndex(of: ","), sentence.distance(from: sentence.startIndex, to: comma) <= 25,
            let first = sentence.split(separator: " ").first, sceneOpenings.contains(first.lowercased())
        else { return sentence[...] }
        return sentence[sentence.index(after: comma)...]
    }

    private static let sceneOpenings: Set<String> = [
        "back", "in", "on", "at", "after", "before", "during", "earlier", "later", "last", "this", "since", "when",
    ]

    private static func introducingClause(_ lead: Substring) -> (narration: Substring, attribution: Attribution)? {
        let text = String(lead)
        guard
            let match = introducing.firstMatch(in: text) ?? introducingWithAside.firstMatch(in: text)
                ?? introducingWithColon.firstMatch(in: text) ?? introducingDescription.firstMatch(in: text)
                ?? introducingAccordingTo.firstMatch(in: text),
            let subject = match.groups["subject"], isSubject(subject.text)
        else { return nil }
        var offset = text.distance(from: text.startIndex, to: subject.range.lowerBound)
        var subjectText = subject.text
        // "… in the U.S. Kaplan says", "… said Rothman. Rothman said": a word ending the sentence
        // before (an abbreviation in capitals, or a word longer than a title like "Sen.") is not
        // part of the speaker's name.
        let words = subjectText.split(separator: " ", omittingEmptySubsequences: false)
        let endsSentence = { (word: Substring) -> Bool in
            let letters = word.filter(\.isLetter)
            return word.hasSuffix(".")
                && (letters.count >= 5 || (letters.allSatisfy(\.isUppercase) && word.filter { $0 == "." }.count > 1))
        }
        if let last = words.dropLast().lastIndex(where: endsSentence) {
            let rest = words[(last + 1)...].joined(separator: " ")
            offset += subjectText.count - rest.count
            subjectText = rest
        }
        var aside = match.group("aside")
        // "Anthony Anton, president and CEO of Washington Restaurant Association stated, “…”": the
        // capitalised words before the verb end a description of the person named before it (the
        // cue was "Washington Restaurant Association stated:").
        let before = String(text.prefix(offset))
        if aside == nil, let described = personDescribed.firstMatch(in: before), let name = described.group("name"),
            let description = described.group("description")
        {
            aside = description + " " + subjectText
            subjectText = name
            offset = before.distance(from: before.startIndex, to: described.range.lowerBound)
        }
        // "According to the Spokesman-Review, “…”": the cue says "according to" itself, so the
        // narration ends before it (the cue was "According to according to …").
        if match.group("verb") == nil {
            offset = text.distance(from: text.startIndex, to: match.range.lowerBound)
        }
        let attribution = Attribution(
            subject: subjectText,
            verb: match.group("verb") ?? accordingTo,
            rest: match.group("rest") ?? "",
            aside: aside
        )
        return (lead[..<lead.index(lead.startIndex, offsetBy: offset)], attribution)
    }

    /// A person and the start of their description, up to the preposition before an
    /// organisation's name: "Anthony Anton, president and CEO of ".
    private static let personDescribed = ICUPattern(
        #"(?<name>[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*){1,3}),\s+(?<description>[\p{Ll}][^,.“”"]{1,100}?\s(?:of|at|for|from|with))\s+$"#
    )

    /// People who speak as a group: "said researchers", "police said".
    static let groupSpeakers: Set<String> = [
        "researchers", "officials", "analysts", "police", "experts", "witnesses", "residents", "prosecutors",
        "investigators", "authorities", "scientists", "doctors", "critics", "lawyers", "organizers",
        "organisers", "protesters", "supporters", "aides", "sources", "economists", "observers", "activists",
    ]

    /// A pronoun, a description starting with an article, or words ending in a capitalised name.
    private static func isSubject(_ words: String) -> Bool {
        let tokens = words.split(separator: " ")
        guard let first = tokens.first, let last = tokens.last else { return false }
        if tokens.count == 1, SpeakerTracker.pronouns.contains(first.lowercased()) { return true }
        // "said someone at the meeting": an unnamed person, described by what follows.
        if SpeakerTracker.unnamedPeople.contains(first.lowercased()) { return true }
        if SpeakerTracker.determiners.contains(first.lowercased()) { return tokens.count >= 2 }
        if tokens.count <= 2, groupSpeakers.contains(last.lowercased()) { return true }
        // "Trump", "Kremlin spokesman Dmitry Peskov", "former Sen. Evan Bayh"
        return last.first?.isUppercase == true && (first.first?.isUppercase == true || tokens.count <= 6)
    }
}

extension Substring {
    func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[startIndex..<end]
    }
}
