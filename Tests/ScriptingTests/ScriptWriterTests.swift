import ArticleReading
@testable import Scripting
import Testing

@Suite struct ScriptWriterTests {
    @Test("code or data an article shows is not read; prose with a bracket or two is (corpus: Ars Technica)")
    func code() {
        let article = Article(
            headline: "Server Exploit",
            dek: "A crafted packet crashes game servers.",
            paragraphs: [
                "In my case, I chose to create lists within lists. This is what it looks like.",
                "rekt: { list: [ list: [ list: [ list: [ list: [ list: [ ] list: [ ] list: [ ] ... ] ... ] ... ] ...",
                "Bakers in the Polish capital [of Warsaw] did not hesitate; a sign read <Open>.",
            ])
        let spoken = ScriptWriter.script(for: article).segments.filter { $0.kind == .body }.map(\.text)
        #expect(
            spoken == [
                "In my case, I chose to create lists within lists. This is what it looks like.",
                "Bakers in the Polish capital [of Warsaw] did not hesitate; a sign read <Open>.",
            ])
    }
}

extension ScriptWriterTests {
    @Test(
        "a photo caption closed by its agency credit is not read, and a paragraph pasted twice is read once (corpus: yahoo-2)"
    )
    func captionAndRepeat() throws {
        let paste = """
            Ferry Returns to the Island

            By Wren Halloway

            In this photo dated Tuesday, the ferry is moored at the quay in Port Ellen.(Jo Reyes/ Island Harbour Authority Press Service photo via AP)

            PORT ELLEN (AP) — The night ferry sailed again on Thursday for the first time in two years.

            PORT ELLEN (AP) — The night ferry sailed again on Thursday for the first time in two years.

            The crossing links the island to the mainland three nights a week.
            """
        let article = try PastedTextReader.read(ArticleText(name: "paste.txt", text: paste))
        // The reader keeps what the page says; the script leaves out what a listener need not hear.
        #expect(article.paragraphs.count == 4)
        #expect(
            ScriptWriter.spokenParagraphs(article.paragraphs) == [
                "Port Ellen — The night ferry sailed again on Thursday for the first time in two years.",
                "The crossing links the island to the mainland three nights a week.",
            ])
    }
}

@Suite struct DatelineTests {
    @Test("a wire dateline is said as a place, its credit left to the byline (corpus: AP, KGO)")
    func datelines() {
        let paragraphs = [
            "MOSCOW (AP) — An unmanned Russian cargo spaceship broke up over Siberia.",
            "NAPA COUNTY, Calif. (KGO) -- A plan to bring a resort to the lake is one step closer.",
            "WASHINGTON (Reuters) - The Senate voted on Tuesday.",
            "The council (which met on Monday) — unusually — agreed.",
            "NASA (the space agency) said the launch would go ahead.",
        ]
        #expect(
            paragraphs.map(Dateline.spoken) == [
                "Moscow — An unmanned Russian cargo spaceship broke up over Siberia.",
                "Napa County, California — A plan to bring a resort to the lake is one step closer.",
                "Washington — The Senate voted on Tuesday.",
                "The council (which met on Monday) — unusually — agreed.",
                "NASA (the space agency) said the launch would go ahead.",
            ])
    }
}
