import Foundation
import Scripting
import TestSupport
import Testing

@Suite struct TextNormalizerTests {
    @Test(
        "news text is said as a newsreader says it",
        arguments: [
            ("Feb. 7", "February seventh"),
            ("$1.5 billion", "one point five billion dollars"),
            ("Jan. 20, 2025", "January twentieth twenty twenty five"),
            ("10:30 a.m. ET", "ten thirty AM ET"),
            ("the 1990s", "the nineteen nineties"),
            ("£300", "three hundred pounds"),
            ("€2.4m", "two point four million euros"),
            ("5 km", "five kilometers"),
            ("30°F", "thirty degrees Fahrenheit"),
            ("2019-2021", "twenty nineteen to twenty twenty one"),
            ("Rep. Smith (R-Texas) met Dr. Evil", "Representative Smith (Republican of Texas) met Doctor Evil"),
            ("St. Louis", "Saint Louis"),
            (
                "Nancy lived on 1428 Elm St. It was a strange place.",
                "Nancy lived on fourteen twenty eight Elm Street. It was a strange place."
            ),
            ("45%", "forty five percent"),
            ("COVID-19", "COVID-nineteen"),
            ("on March 3rd", "on March third"),
            ("1,200 people", "one thousand two hundred people"),
            ("$20.01", "twenty dollars one cent"),
            ("2 1/2 cups", "two and a half cups"),
            ("email abc1@gmail.com", "email abc one at gmail dot com"),
            ("Elizabeth II", "Elizabeth the second"),
            ("Drôle de guerre", "Drôle de guerre"),
            ("It ends at 9 p.m. Then it rains.", "It ends at nine PM. Then it rains."),
            // Corpus (The New York Times): "At 6:36 p.m., California ISO ordered …"
            (
                "At 6:36 p.m., it began; by 5 a.m.; (at 6 p.m.)",
                "At six thirty six PM, it began; by five AM; (at six PM)"
            ),
            ("starts at 10:30 a.m. ET.", "starts at ten thirty AM ET."),
            ("The shop is open 24/7.", "The shop is open twenty four seven."),
            ("the 9/11 memorial", "the nine eleven memorial"),
            ("Rates rose 3/4.", "Rates rose three quarters."),
            // Corpus (threatpost): "… the file size is over 51,200 KB/50 MB".
            (
                "over 51,200 KB/50 MB. Files under 150 KB",
                "over fifty one thousand two hundred kilobytes, or fifty megabytes. Files under one hundred and fifty kilobytes"
            ),
            (
                "a 2 GB file, an 8 GB phone with 32GB of RAM",
                "a two gigabyte file, an eight gigabyte phone with thirty two gigabytes of RAM"
            ),
            ("speeds of 100 Mbps", "speeds of one hundred megabits per second"),
            ("the 5 km run, the 5 km he ran", "the five kilometer run, the five kilometers he ran"),
            // Corpus (TMZ's headline, The Verge): an amount before a name in capitals describes it;
            // in a sentence, a name after the amount may be who does something with it.
            (
                "Lupita Nyong'o's $150K Pearl Oscar Dress; a $16M Boost to Acquire a Chardin",
                "Lupita Nyong'o's one hundred fifty thousand dollar Pearl Oscar Dress; a sixteen million dollar Boost to Acquire a Chardin"
            ),
            ("The $5 Million Question", "The five million dollar Question"),
            (
                "the $1,000 Meta Quest Pro; the $5 billion Apple paid",
                "the one thousand dollar Meta Quest Pro; the five billion dollars Apple paid"
            ),
            // Before a scale, a number is said as a higher group of digits is ("150,000").
            (
                "150 million people, 150,000 people, $150K, $144 million",
                "one hundred fifty million people, one hundred fifty thousand people, one hundred fifty thousand dollars, one hundred forty four million dollars"
            ),
            // Corpus (Ars Technica, Salon): a power, a sum, a handle opening a quotation.
            (
                "up to 2^28, so 10^5 = 100,000 and 10^5 * 300 lists; “@Uber_Sydney stop",
                "up to two to the power of twenty eight, so ten to the power of five equals one hundred thousand and ten to the power of five times three hundred lists; “at Uber Sydney stop"
            ),
            // Scale letters: not after one digit, where they name things, nor in a model number.
            (
                "150K people, 1.5M views, 2bn, a 4K TV, 3M said, a 10K race, a Core i7 4790k",
                "one hundred fifty thousand people, one point five million views, two billion, a four K TV, three M said, a ten K race, a Core i seven four thousand seven hundred and ninety k"
            ),
            ("a $5B megaproject", "a five billion dollar megaproject"),
            // Corpus (Times of Israel): an embedded tweet's picture link.
            (
                "She is the first state justice of Native American heritage. pic.twitter.com/CIHDX5qmux",
                "She is the first state justice of Native American heritage."
            ),
            // Corpus (CNN): "As the report states: \"[T]he birth lottery matters …\""; (The
            // Independent): "“[These were] 12 pages of detailed laws …"
            (
                "\"[T]he birth lottery,\" it said; he work[s] late [on Monday]. “[These were] 12 pages",
                "\"The birth lottery,\" it said; he works late on Monday. “These were twelve pages"
            ),
            // Corpus (The Independent's headline): "Coronavirus: £1,000 fine for falsely reporting …"
            (
                "Coronavirus: £1,000 fine for lying; $5 million deals; he paid $5 million cash",
                "Coronavirus: one thousand pound fine for lying; five million dollar deals; he paid five million dollars cash"
            ),
            // A possessive is a determiner; a contraction is not.
            (
                "Apple's $3 billion deal; it's $5 million now, and that's $20 more",
                "Apple's three billion dollar deal; it's five million dollars now, and that's twenty dollars more"
            ),
            // Before its noun an amount is singular; elsewhere, plural.
            (
                "the $1.5 billion plan, a $20 ticket; the $5 million he paid, $2 billion annually",
                "the one point five billion dollar plan, a twenty dollar ticket; the five million dollars he paid, two billion dollars annually"
            ),
            // After a possessive, a name after the amount is the noun it describes, or begins it
            // (corpus: Reuters); after "the", the name is who did something with it.
            (
                "Martin Scorsese’s $170 million Netflix gangster movie, Apple's $999 iPhone is out; the $5 billion Apple paid",
                "Martin Scorsese’s one hundred seventy million dollar Netflix gangster movie, Apple's nine hundred and ninety nine dollar iPhone is out; the five billion dollars Apple paid"
            ),
            // Corpus (Ars Technica): a version and hexadecimal packet ids; an IP address keeps "dot".
            (
                "versions as of 1.8.3, v2.0.1, the 0x08 and 0x1F packets, 192.168.1.1",
                "versions as of one point eight point three, version two point zero point one, the hex zero eight and hex one F packets, one nine two dot one six eight dot one dot one"
            ),
            // Corpus (Politico): party labels with a dotted state.
            (
                "Rep. Mark Walker (R-N.C.) and Rep. Heath Shuler (D-N.C.)",
                "Representative Mark Walker (Republican of North Carolina) and Representative Heath Shuler (Democrat of North Carolina)"
            ),
            // Corpus (Page Six): corporate titles.
            (
                "who was EVP of communications, then SVP; the CEO",
                "who was executive vice president of communications, then senior vice president; the CEO"
            ),
            // Corpus (New York Times): AP's state abbreviations after a town, mid-sentence and last.
            (
                "near Reno and Carson City, Nev., spiked; she lives in Jackson, Miss. Paris, Texas, and Raleigh, N.C., too.",
                "near Reno and Carson City, Nevada, spiked; she lives in Jackson, Mississippi. Paris, Texas, and Raleigh, North Carolina, too."
            ),
            // Corpus (msn): "… compared to the $0 people pay for most mobile games".
            ("the $0 people pay", "the zero dollars people pay"),
            ("1800 x 1920 per eye, 3x faster", "eighteen hundred by nineteen twenty per eye, three times faster"),
            // Corpus (Breitbart, Salon): a hashtag opening a quoted tweet; a number's sign.
            (
                "It reads, “#Hamilton show interrupted.” Lesson #1, the #2 seed, #MeToo; #mytext#, C# and F#.",
                "It reads, “hashtag Hamilton show interrupted.” Lesson number one, the number two seed, hashtag MeToo; hash mytext hash, C sharp and F sharp."
            ),
            // Corpus (Yahoo): "… stopped transmitting data 6 ½ minutes after the launch".
            (
                "6 ½ minutes, a ¼ mile, 3¾ cups, ⅔ of voters",
                "six and a half minutes, a quarter mile, three and three quarters cups, two thirds of voters"
            ),
        ]
    )
    func news(written: String, spoken: String) {
        #expect(TextNormalizer.spoken(written) == spoken)
    }

    /// NeMo's text-normalisation test cases (Apache-2.0, see LICENSE-NeMo-text-processing.txt),
    /// scored the way `score_tn.py` scores them.
    @Test("at least 95% of the NeMo development cases are exact")
    func nemoCases() throws {
        let rows = try Fixtures.text("text-normalization.tsv").split(separator: "\n").dropFirst()
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
            .filter { $0.count == 3 }
        let correct = rows.filter { Self.comparable(TextNormalizer.spoken($0[1])) == Self.comparable($0[2]) }.count
        #expect(rows.count == 229)
        #expect(Double(correct) / Double(rows.count) >= 0.95, "\(correct) of \(rows.count)")
    }

    /// Case-folded, apostrophes removed, other punctuation and symbols as spaces.
    static func comparable(_ text: String) -> String {
        let folded = text.precomposedStringWithCompatibilityMapping.lowercased()
            .filter { !["'", "’", "‘", "ʼ"].contains($0) }
        let spaced = String(
            folded.unicodeScalars.map { scalar -> Character in
                let category = scalar.properties.generalCategory
                let isPunctuationOrSymbol = [
                    .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
                    .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol,
                ].contains(category)
                return isPunctuationOrSymbol ? " " : Character(scalar)
            })
        return spaced.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// Inputs the fuzzer found: numbers longer than any amount, and the extremes of `Int`.
@Suite struct HugeNumberTests {
    @Test(
        "numbers too long to say are read digit by digit; the largest that fit are said whole",
        arguments: [
            ("$3333333333333333333", "three quintillion three hundred thirty three quadrillion"),
            ("$33333333333333333333333", "three three three three three three three three three three"),
            ("12,345,678,901,234,567,890,123 people", "one two three four five six seven eight nine zero"),
            ("4,000,000,000,000,000,000", "four quintillion"),
        ]
    )
    func huge(written: String, spokenStart: String) {
        let spoken = TextNormalizer.spoken(written)
        #expect(spoken.hasPrefix(spokenStart), "\(spoken)")
        let hasDigits = spoken.contains { $0.isNumber }
        #expect(!hasDigits, "\(spoken)")
    }

    @Test("digits with a value past nine, such as a circled twenty, are said as that number (found by the fuzzer)")
    func circledNumbers() {
        #expect(NumberWords.digits("4\u{3249}7") == "four twenty seven")
        // An address spelled out character by character reaches the same words.
        let spoken = TextNormalizer.spoken("See www.news\u{3249}.example.com today.")
        #expect(spoken.contains("twenty"), "\(spoken)")
    }

    @Test("the extremes of Int have words")
    func extremes() {
        #expect(NumberWords.cardinal(Int.min).hasPrefix("minus nine quintillion two hundred twenty three quadrillion"))
        #expect(NumberWords.cardinal(Int.max).hasSuffix("eight hundred and seven"))
    }
}
