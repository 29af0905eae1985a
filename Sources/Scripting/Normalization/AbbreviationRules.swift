import Foundation

/// Titles, street words, party labels and a few fixed expressions, expanded only where the
/// context says what they mean: "Dr. Evil" → "doctor Evil", "St. Louis" → "Saint Louis" but
/// "1428 Elm St." → "fourteen twenty eight Elm Street", "(R-Texas)" → "Republican of Texas".
enum AbbreviationRules {
    static let titles = [
        "Dr": "doctor", "Mr": "mister", "Mrs": "misses", "Ms": "miz", "Gov": "governor", "Sen": "senator",
        "Rep": "representative", "Gen": "general", "Prof": "professor", "Sgt": "sergeant", "Capt": "captain",
        "Col": "colonel", "Lt": "lieutenant", "Rev": "reverend", "Hon": "honorable", "Pres": "president",
        "Supt": "superintendent", "Cmdr": "commander", "Adm": "admiral", "Maj": "major", "Gens": "generals",
    ]
    static let streetWords = [
        "St": "Street", "Ave": "Avenue", "Ct": "Court", "Rd": "Road", "Blvd": "Boulevard", "hwy": "Highway",
        "Hwy": "Highway", "Ln": "Lane", "Dr": "Drive", "Pl": "Place", "Pkwy": "Parkway", "Sq": "Square",
    ]
    static let states = [
        "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
        "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho",
        "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
        "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
        "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
        "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
        "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
        "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas",
        "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
        "WI": "Wisconsin", "WY": "Wyoming", "Calif": "California", "Texas": "Texas", "Fla": "Florida",
        "Mass": "Massachusetts", "Ariz": "Arizona", "Ga": "Georgia", "Pa": "Pennsylvania", "Mich": "Michigan",
        "Ill": "Illinois", "Ohio": "Ohio", "Va": "Virginia", "Wis": "Wisconsin", "Minn": "Minnesota",
        "Colo": "Colorado", "Ore": "Oregon", "Wash": "Washington", "Tenn": "Tennessee", "Ky": "Kentucky",
        "Ala": "Alabama", "La": "Louisiana", "Md": "Maryland", "Mo": "Missouri", "Nev": "Nevada",
        "Okla": "Oklahoma", "Conn": "Connecticut", "Iowa": "Iowa", "Kan": "Kansas", "Neb": "Nebraska",
        "Utah": "Utah", "Miss": "Mississippi", "Ark": "Arkansas", "Del": "Delaware", "Idaho": "Idaho",
        "Mont": "Montana", "Wyo": "Wyoming", "Alaska": "Alaska", "Hawaii": "Hawaii", "Maine": "Maine",
        "N.C": "North Carolina", "N.Y": "New York", "N.J": "New Jersey", "N.H": "New Hampshire",
        "N.M": "New Mexico", "N.D": "North Dakota", "S.C": "South Carolina", "S.D": "South Dakota",
        "R.I": "Rhode Island", "W.Va": "West Virginia",
    ]
    static let roman = [
        "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
        "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15, "XVI": 16, "XVII": 17, "XVIII": 18, "XIX": 19,
        "XX": 20,
    ]

    /// The states written with dots ("N.C", "W.Va"; their last full stop follows).
    private static let dottedState = #"[NSR]\.[A-Z]|W\.Va"#
    /// A party label: "(R-Texas)", "(D-Calif.)", "(R-N.C.)", its letter and state as groups.
    static let partyLabel = #"\((?<party>[RDI])-(?<state>[A-Z][A-Za-z]{1,11}|"# + dottedState + #")\.?\)"#

    static let rules: [RegexRule] = [
        RegexRule(#"\b401\(k\)"#, needs: "(") { _ in "four oh one k" },
        RegexRule(partyLabel, needs: "(") { match in
            guard let letter = match.group("party"), let state = match.group("state"),
                let party = party(letter, state: state)
            else { return nil }
            return "(\(party))"
        },
        // A house number and a street: "1428 Elm St.", "123 Laguna Ct", "1211 E Arques Ave"
        RegexRule(
            #"\b(?<number>\d{1,5})\s(?<direction>[NSEW]\s)?(?<name>(?:[A-Z][a-z]+\s){1,3})(?<street>St|Ave|Ct|Rd|Blvd|hwy|Hwy|Ln|Pl|Pkwy|Sq)\b\.?(?<end>(?=\s[A-Z])|(?=\s*$)|(?=[,;]))?"#
        ) { match in
            guard let number = match.group("number"), let name = match.group("name"),
                let street = match.group("street").flatMap({ streetWords[$0] })
            else { return nil }
            let direction = match.group("direction").map {
                ["N": "North ", "S": "South ", "E": "East ", "W": "West "][$0.trimmingCharacters(in: .whitespaces)]
                    ?? $0
            }
            let period = match.text.hasSuffix(".") && match.group("end") != nil ? "." : ""
            return "\(houseNumber(number)) \(direction ?? "")\(name)\(street)\(period)"
        },
        // AP's state abbreviation after a town: "Reno and Carson City, Nev., spiked …" (the New
        // York Times), "in Jackson, Miss." — its full stop ends the sentence too.
        RegexRule(
            #"(?<=\p{Lu}\p{Ll}{1,30}, )(?<state>[A-Z][a-z]{1,4}|"# + dottedState + #")\.(?=(?<mark>[,;:)])|\s|$)"#,
            needs: "."
        ) {
            match in
            guard let abbreviation = match.group("state"), let state = states[abbreviation], state != abbreviation
            else { return nil }
            return match.group("mark") == nil ? state + "." : state
        },
        // ", FL, 95051" — a state code and a ZIP code after a town
        RegexRule(#"(?<=, )(?<state>[A-Z]{2})(?=, \d{5}\b)"#, needs: "0123456789") { match in
            match.group("state").flatMap { states[$0] }
        },
        RegexRule(#"(?<=, [A-Z][a-z]{1,30}, )(?<zip>\d{5})\b"#, needs: "0123456789") { match in
            match.group("zip").map(NumberWords.digits)
        },
        // "St. Louis" → Saint
        RegexRule(#"\bSt\.\s(?=[A-Z])"#, needs: ".") { _ in "Saint " },
        // Titles before a capitalised name: "Dr. Evil", "Gov. Newsom" — capitalised, as a title
        // before a name is written ("Representative Mark Meadows' shock retirement …" opened a
        // paragraph of the transcript in lower case).
        RegexRule(
            #"\b(?<title>Dr|Mr|Mrs|Ms|Gov|Sen|Rep|Gen|Prof|Sgt|Capt|Col|Lt|Rev|Hon|Pres|Supt|Cmdr|Adm|Maj)\.\s(?=[A-Z])"#,
            needs: "."
        ) { match in
            match.group("title").flatMap { titles[$0] }.map { $0.prefix(1).uppercased() + $0.dropFirst() + " " }
        },
        RegexRule(
            #"\b(?<prefix>Chapter|Part|Volume|Vol\.|Act|Book|Phase|Title|World War|Super Bowl|Article)\s(?<numeral>[IVX]{1,5})\b"#
        ) { match in
            guard let prefix = match.group("prefix"), let value = match.group("numeral").flatMap({ roman[$0] }) else {
                return nil
            }
            return "\(prefix) \(NumberWords.cardinal(value))"
        },
        // Monarchs and popes: "Elizabeth II" → "Elizabeth the second"
        RegexRule(#"\b(?<name>[A-Z][a-z]{2,})\s(?<numeral>II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)\b"#) {
            match in
            guard let name = match.group("name"), let value = match.group("numeral").flatMap({ roman[$0] }) else {
                return nil
            }
            return "\(name) the \(NumberWords.ordinal(value))"
        },
        RegexRule(#"\b(?<word>tv|Tv)\b"#) { _ in "TV" },
        // Titles said in full, as a newsreader says them (Page Six: "who was EVP of worldwide
        // corporate communications"); CEO and CFO are said as letters.
        RegexRule(#"\b(?<title>EVP|SVP)\b"#, needs: "V") {
            $0.group("title") == "EVP" ? "executive vice president" : "senior vice president"
        },
        RegexRule(#"\bvs\.?(?=\s)"#) { _ in "versus" },
        RegexRule(#"\bNo\.\s?(?=\d)"#, needs: "0123456789") { _ in "number " },
        // "Lesson #1", "the #2 seed".
        RegexRule(#"(?<=^|[\s“"‘(])#(?=\d)"#, needs: "#") { _ in "number " },
    ]

    /// A party label said in full: "D", "Wash" → "Democrat of Washington".
    static func party(_ letter: String, state: String) -> String? {
        guard let state = states[state], let party = ["R": "Republican", "D": "Democrat", "I": "Independent"][letter]
        else { return nil }
        return "\(party) of \(state)"
    }

    /// House numbers are said in pairs: "1428" → "fourteen twenty eight", "123" → "one twenty three".
    static func houseNumber(_ text: String) -> String {
        guard let number = Int(text) else { return text }
        switch text.count {
        case 3:
            return NumberWords.ones[number / 100] + " "
                + (number % 100 < 10 ? "oh " + NumberWords.ones[number % 100] : NumberWords.underHundred(number % 100))
        case 4 where number % 100 >= 10:
            return NumberWords.underHundred(number / 100) + " " + NumberWords.underHundred(number % 100)
        default: return NumberWords.cardinal(number)
        }
    }
}
