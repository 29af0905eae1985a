import ArticleReading
import Scripting
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
