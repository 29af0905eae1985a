import ArticleReading
import Testing

@Suite struct PublicationDateTests {
    @Test(
        "finds the date a line states",
        arguments: [
            ("Published: Nov. 20, 2026", "2026-11-20"),
            ("November 3, 2025 at 10:30 a.m.", "2025-11-03"),
            ("Updated 2024-02-29T08:00:00Z", "2024-02-29"),
            ("7 February 2025", "2025-02-07"),
            ("Sept. 1st, 2023", "2023-09-01"),
        ]
    )
    func finds(line: String, expected: String) {
        #expect(PublicationDate.first(in: line)?.description == expected)
    }

    @Test("impossible dates are not dates", arguments: ["2025-02-30", "Feb. 30, 2025", "13 Smarch 2020", "no date"])
    func rejects(line: String) {
        #expect(PublicationDate.first(in: line) == nil)
    }
}
