import ArticleReading
import Foundation
import Rendering
import Testing

@Suite struct OutputNameTests {
    @Test(
        "slugs are lower-case ASCII words",
        arguments: [
            ("Trump Says He Has Spoken Directly to Putin", "trump-says-he-has-spoken-directly-to-putin"),
            ("Zoë’s café reopens — at last!", "zoes-cafe-reopens-at-last"),
            ("$1.5bn deal: what's next?", "1-5bn-deal-whats-next"),
            ("Москва и Киев", "moskva-i-kiev"),
        ]
    )
    func slug(headline: String, expected: String) {
        #expect(OutputName.slug(headline) == expected)
    }

    @Test(
        "a headline can never name a path: no folders, no hidden or reserved names, no NUL, never too long",
        arguments: [
            ("../../etc/passwd", "2026-11-20-etc-passwd.wav"),
            ("/absolute/path/out", "2026-11-20-absolute-path-out.wav"),
            ("..", "2026-11-20-article.wav"),
            (".hidden", "2026-11-20-hidden.wav"),
            ("nul\u{0}byte", "2026-11-20-nul-byte.wav"),
            ("CON", "2026-11-20-con.wav"),
            ("<audio src=\"/etc/passwd\"/>", "2026-11-20-audio-src-etc-passwd.wav"),
            ("\u{202E}evil\u{202C}.exe", "2026-11-20-evil-exe.wav"),
            (String(repeating: "x", count: 5000), "2026-11-20-\(String(repeating: "x", count: 60)).wav"),
        ]
    )
    func hostileHeadline(headline: String, expected: String) {
        let article = Article(
            headline: headline, published: PublicationDate(year: 2026, month: 11, day: 20), paragraphs: ["x"])
        let name = OutputName.fileName(for: article)
        #expect(name == expected)
        #expect(URL(fileURLWithPath: "/out").appendingPathComponent(name).deletingLastPathComponent().path == "/out")
    }

    @Test("long headlines are cut at a word boundary")
    func longSlug() {
        let slug = OutputName.slug(String(repeating: "breaking news ", count: 20))
        #expect(slug.count <= 60 && slug.count > 50)
        #expect(slug.split(separator: "-").allSatisfy { $0 == "breaking" || $0 == "news" })
    }

    @Test("the file name uses the article's date, else today's")
    func fileName() {
        let dated = Article(
            headline: "Port Reopens", published: PublicationDate(year: 2026, month: 11, day: 20), paragraphs: ["x"])
        #expect(OutputName.fileName(for: dated) == "2026-11-20-port-reopens.wav")
        let undated = Article(headline: "Port Reopens", paragraphs: ["x"])
        let today = Date(timeIntervalSince1970: 1_795_000_000)
        #expect(OutputName.fileName(for: undated, today: today) == "\(OutputName.isoDate(today))-port-reopens.wav")
        #expect(OutputName.isoDate(today).wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil)
    }
}
