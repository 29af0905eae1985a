import ArticleReading
import Foundation

/// The place a wire story opens with, in capitals, and the agency or station that filed it:
/// "MOSCOW (AP) — An unmanned Russian cargo ship …", "NAPA COUNTY, Calif. (KGO) -- A plan …".
/// A newsreader says the place, in words, and leaves the credit to the byline.
enum Dateline {
    private static let syndicationCredit = ICUPattern(
        #"^\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,3} via \p{Lu}{2,}(?: \p{Lu}{2,})? ?(?:—|--|–) ?(?=\p{Lu})"#)
    private static let datedOpening = ICUPattern(
        #"^(?i:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4} ?(?:--|—|–) ?(?=\p{Lu})"#)

    /// A place in capitals with no credit after it: "PORT ALDER — The night ferry …" (words of
    /// three letters or more, so that "US — …" stays as written).
    private static let uncreditedPlace = ICUPattern(
        #"^(?<place>[A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]{2,}){0,3}) (?:—|--|–) (?=[A-Z])"#)

    /// The paragraph with its dateline said as a place and its credit left out ("Napa County,
    /// California — A plan …"); any other paragraph as it is.
    static func spoken(_ paragraph: String) -> String {
        joined(parts(of: paragraph))
    }

    /// A paragraph's ``parts(of:)`` as said: the place, a dash, the story.
    static func joined(_ parts: (place: String?, story: String)) -> String {
        parts.place.map { $0 + " — " + parts.story } ?? parts.story
    }

    /// The paragraph's dateline as a place to say, if it has one, and the story after it ("A plan
    /// …"), which is what a summary reads: a place in the middle of it is no sentence.
    static func parts(of paragraph: String) -> (place: String?, story: String) {
        if let dateline = uncreditedPlace.firstMatch(in: paragraph), let place = dateline.group("place"),
            dateline.range.upperBound < paragraph.endIndex
        {
            return (place.capitalized, String(paragraph[dateline.range.upperBound...]))
        }
        // A date the story was filed on, opening it ("Feb. 23, 2015 -- Life-threatening …"), is
        // the article's date, which the listener has; it is not read before every summary.
        if let dated = datedOpening.firstMatch(in: paragraph), dated.range.upperBound < paragraph.endIndex {
            return (nil, String(paragraph[dated.range.upperBound...]))
        }
        // A syndication credit in capitals ("KVELLER via JTA — The state …") is the byline's.
        if let credit = syndicationCredit.firstMatch(in: paragraph), credit.range.upperBound < paragraph.endIndex {
            return (nil, String(paragraph[credit.range.upperBound...]))
        }
        guard let open = paragraph.range(of: " ("),
            paragraph.distance(from: paragraph.startIndex, to: open.lowerBound) <= 60,
            let close = paragraph[open.upperBound...].firstIndex(of: ")")
        else { return (nil, paragraph) }
        // The place in capitals (a state may follow it: ", Calif."); the credit a short name.
        let place = paragraph[..<open.lowerBound]
        let city = place.prefix { $0 != "," }
        let credit = paragraph[open.upperBound..<close]
        guard city.contains(where: \.isLetter), city.allSatisfy({ $0.isUppercase || " .'’-".contains($0) }),
            (1...12).contains(credit.count), credit.first?.isUppercase == true,
            credit.allSatisfy({ $0.isLetter || " .&".contains($0) })
        else { return (nil, paragraph) }
        let after = paragraph[paragraph.index(after: close)...]
        guard let dash = [" — ", " -- ", " – ", " - "].first(where: { after.hasPrefix($0) }) else {
            return (nil, paragraph)
        }
        // AP's state abbreviations ("Calif.") only stand for states here, after a dateline's city.
        var region = place.dropFirst(city.count).drop { ", ".contains($0) }
        if let state = AbbreviationRules.states[String(region.hasSuffix(".") ? region.dropLast() : region)] {
            region = Substring(state)
        }
        return (city.capitalized + (region.isEmpty ? "" : ", \(region)"), String(after.dropFirst(dash.count)))
    }
}
