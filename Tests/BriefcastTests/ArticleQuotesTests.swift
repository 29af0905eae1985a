import Rendering
import Scripting
import TestSupport
import Testing

/// Quotations annotated by hand on whole real pages: who says each one, in reading order.
@Suite struct ArticleQuotesTests {
    static func quotes(_ fixture: String) throws -> [String] {
        let script = ScriptWriter.script(for: try ArticleLoader.load(Fixtures.path(fixture)))
        return script.segments.filter { $0.kind == .quote }.map { "\($0.speaker ?? "-"): \($0.text.prefix(40))" }
    }

    @Test("threatpost: the researcher named in full, then by surname, then the researchers as a group")
    func threatpost() throws {
        #expect(
            try Self.quotes("pages/threatpost.com.android.html") == [
                "Lukas Stefanko: Using victims’ contact lists, it spreads",
                "Lukas Stefanko: These messages include links to the rans",
                "researchers: It is true that if the victim removes th",
            ]
        )
    }

    @Test("ars-1: the blogger quoted across his attribution")
    func ars() throws {
        #expect(try Self.quotes("pages/ars-1.html") == ["Ammar Askar: I thought a lot before writing this post"])
    }

    @Test("the seed: Trump three times, Peskov, Zelenskyy; no quote without a speaker")
    func seed() throws {
        let speakers = try Self.quotes("seed-article.txt").map { $0.prefix { $0 != ":" } }
        #expect(speakers == ["Donald Trump", "Donald Trump", "Donald Trump", "Dmitry Peskov", "Volodymyr Zelenskyy"])
    }
}
