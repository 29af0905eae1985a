import Scripting
import Testing

/// The `quotes` command's view: every quoted piece and its speaker, in news sentence shapes
/// (written for these tests).
@Suite struct QuoteFinderTests {
    typealias Found = QuoteFinder.Found

    @Test(
        "finds each quoted piece and who said it",
        arguments: [
            (
                "“It’s something we should debate,” said Sen. Tom Carper of Delaware. “There is a middle ground.”",
                [
                    Found(text: "It’s something we should debate,", speaker: "Tom Carper"),
                    Found(text: "There is a middle ground.", speaker: "Tom Carper"),
                ]
            ),
            (
                "“We will build it,” Anna Reyes, the council’s planning chair, said.",
                [Found(text: "We will build it,", speaker: "Anna Reyes")]
            ),
            (
                "“Let’s take this chance,” Blackwell concluded, “to pick a nominee who can win.”",
                [
                    Found(text: "Let’s take this chance,", speaker: "Blackwell"),
                    Found(text: "to pick a nominee who can win.", speaker: "Blackwell"),
                ]
            ),
            (
                "Mayor Lena Ortiz, who opened the bridge on Monday, told reporters, “It took too long.”",
                [Found(text: "It took too long.", speaker: "Lena Ortiz")]
            ),
            (
                "“Nothing has changed,” a prominent committee member who supports Trump said.",
                [Found(text: "Nothing has changed,", speaker: "a prominent committee member")]
            ),
            (
                "The plan promises to “lift up participation in the workforce for everyone,” the campaign said.",
                [Found(text: "lift up participation in the workforce for everyone,", speaker: "the campaign")]
            ),
            ("He called it a “special operation” and left.", []),
            ("Ana Ruiz beat Tom Bell in Delaware’s Democratic primary, a “closed” contest.", []),
        ]
    )
    func finds(paragraph: String, expected: [Found]) {
        #expect(QuoteFinder.quotes(in: paragraph) == expected)
    }
}
