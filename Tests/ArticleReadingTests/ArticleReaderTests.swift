import ArticleReading
import Foundation
import TestSupport
import Testing

/// Real pages (saved HTML and their browser-paste imitations) read as a listener needs them.
@Suite struct ArticleReaderTests {
    struct Page: Sendable, CustomTestStringConvertible {
        var file: String
        var headline: String
        var byline: String?
        var keeps: [String]
        var drops: [String]
        var testDescription: String { file }
    }

    static let pages: [Page] = [
        Page(
            file: "ars-1.html", headline: "Just-released Minecraft exploit makes it easy to crash game servers",
            byline: "Dan Goodin",
            keeps: ["A flaw in the wildly popular online game Minecraft", "Ars is asking Mojang for comment"],
            drops: ["Biz & IT", "reader comments", "Dan is the Security Editor", "Apr 16, 2015"]
        ),
        Page(
            file: "ars-1.pasted.txt", headline: "Just-released Minecraft exploit makes it easy to crash game servers",
            byline: "Dan Goodin",
            keeps: ["A flaw in the wildly popular online game Minecraft", "Ars is asking Mojang for comment"],
            drops: ["reader comments", "Dan is the Security Editor", "create an account to comment"]
        ),
        Page(
            file: "nytimes-2.html", headline: "Yahoo’s Sale to Verizon Leaves Shareholders With Little Say",
            byline: "Steven Davidoff Solomon",
            keeps: ["complicated beast", "All in all, this was as hairy a deal as they come."],
            drops: ["Continue reading the main story", "Related Coverage", "Advertisement"]
        ),
        Page(
            file: "nytimes-2.pasted.txt", headline: "Yahoo’s Sale to Verizon Leaves Shareholders With Little Say",
            byline: "Steven Davidoff Solomon",
            keeps: ["complicated beast", "All in all, this was as hairy a deal as they come."],
            drops: ["Continue reading the main story", "Related Coverage", "Advertisement", "Credit Harry Campbell"]
        ),
        Page(
            file: "threatpost.com.android.html",
            headline: "Android Ransomware Spreads Via ‘Sex Simulation Game’ Links on Reddit, SMS",
            byline: "Lindsey O'Donnell",
            keeps: ["These messages include links to the ransomware", "using novel techniques to exfiltrate data."],
            drops: ["Infosec Insider content is written", "https://t.co/"]
        ),
        Page(
            file: "threatpost.com.android.pasted.txt",
            headline: "Android Ransomware Spreads Via ‘Sex Simulation Game’ Links on Reddit, SMS",
            byline: "Lindsey O'Donnell",
            keeps: ["These messages include links to the ransomware", "using novel techniques to exfiltrate data."],
            drops: [
                "Write a comment", "minute read", "Security researchers worry that this weekend",
                "Attackers are taking aim at Fortnite",
            ]
        ),
        Page(
            file: "phys.org.tool.pasted.txt",
            headline:
                "Flint flake tool partially covered by birch tar adds to evidence of Neanderthal complex thinking",
            byline: "Bob Yirka",
            keeps: ["In their paper published in Proceedings", "carbon dating showed it"],
            drops: [
                "More information:", "Journal information:", "Citation:", "This document is subject to copyright",
                "Neanderthal tool-making process may have been simpler", "Your email address is used only",
                "delivered to your inbox", "Why do I keep finding more new rocks",
            ]
        ),
        Page(
            file: "observer.com-LVMH.pasted.txt",
            headline: "Bernard Arnault’s LVMH Gives the Louvre a $16M Boost to Acquire a Chardin Masterpiece",
            byline: "Alexandra Tremayne-Pengelly",
            keeps: ["For over a year, the Louvre has fought", "LVMH’s donation will cover a portion"],
            drops: ["Courtesy Louvre", "11/08/23"]
        ),
        Page(
            file: "twincities.com-mayor.pasted.txt",
            headline: "St. Louis Park elects a new mayor, apparently the first Somali American to lead a U.S. city",
            byline: "Staff and news service reports",
            keeps: ["St. Louis Park Mayor Jake Spano did not seek reelection", "where we want to stop our story."],
            drops: ["PUBLISHED:", "Parental rights group scores victories", "Politics |"]
        ),
        Page(
            file: "bug-1255978.html", headline: "Seven secrets that hotel owners don't want you to know",
            byline: "Hazel Sheffield",
            keeps: ["Most people go to hotels for the pleasure", "Hotels are getting away from comforters."],
            drops: ["We use cookies to enhance your visit"]
        ),
        Page(
            file: "abc7news.com-Napa.html",
            headline: "Napa Co. enters exclusive agreement that could bring Margaritaville Resort to Lake Berryessa",
            byline: "J.R. Stone",
            keeps: ["A plan to bring a Margaritaville Resort", "nature based recreation"],
            drops: ["24/7 live stream", "click here to watch live"]
        ),
        // A review whose opening sits in a block of its own, before the blocks of the rest.
        Page(
            file: "engadget.html", headline: "Xbox One X review: A console that keeps up with gaming PCs",
            byline: "Devindra Hardawar",
            keeps: [
                "The Xbox One X is the ultimate video game system.", "Despite all the power inside",
                "Cons: Expensive; Not worth it if you don’t have a 4K TV; Still no VR support.",
            ],
            drops: ["Gallery: Xbox One X screenshots"]
        ),
        // The print edition's line and the author's bio under the story.
        Page(
            file: "nytimes-4.html",
            headline: "As Debt Rises, the Government Will Soon Spend More on Interest Than on the Military",
            byline: "Nelson D. Schwartz",
            keeps: ["The federal government could soon pay more in interest"],
            drops: ["A version of this article appears in print", "has covered economics since"]
        ),
        Page(
            file: "article-author-tag.html", headline: "The Deck of Cards That Made Tarot A Global Phenomenon",
            byline: "Laura June Topolsky",
            keeps: ["Picture a deck of tarot cards.", "Shuffle them and you’ll get a new story every time."],
            drops: ["Order Now"]
        ),
    ]

    @Test("reads the headline, byline and body, and drops the page furniture", arguments: pages)
    func page(_ page: Page) throws {
        let data = try Data(contentsOf: Fixtures.url("pages/\(page.file)"))
        let article = try ArticleReader.read(data, name: page.file)
        #expect(article.headline == page.headline)
        #expect(article.byline == page.byline)
        let body = article.paragraphs.joined(separator: "\n")
        for kept in page.keeps { #expect(body.contains(kept), "kept: \(kept)") }
        for dropped in page.drops { #expect(!body.contains(dropped), "dropped: \(dropped)") }
        #expect(!article.paragraphs.contains(page.headline))
    }

    @Test("metadata from JSON-LD and meta tags: date and standfirst")
    func metadata() throws {
        let article = try ArticleReader.read(
            try Data(contentsOf: Fixtures.url("pages/nytimes-2.html")), name: "nytimes-2.html")
        #expect(article.published == PublicationDate(year: 2016, month: 8, day: 1))
        #expect(article.dek?.hasPrefix("The internet giant’s decision to sell its business") == true)
    }

    @Test("a page with no article in it is refused, naming it")
    func homePage() throws {
        let data = try Data(contentsOf: Fixtures.url("pages/home-page.html"))
        #expect(throws: ReadingError.noArticle(path: "home-page.html")) {
            try ArticleReader.read(data, name: "home-page.html")
        }
    }

    @Test("bytes that are not HTML, given as HTML, are refused")
    func notHTML() {
        #expect(throws: ReadingError.notHTML(path: "x.bin")) {
            try ArticleReader.read(Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 13]), name: "x.bin", format: .html)
        }
    }

    @Test("a truncated download still reads what arrived")
    func truncated() throws {
        let data = try Data(contentsOf: Fixtures.url("pages/threatpost.com.android.html"))
        let article = try ArticleReader.read(data.prefix(data.count * 3 / 5), name: "partial.html")
        #expect(article.headline.hasPrefix("Android Ransomware Spreads"))
        #expect(!article.paragraphs.isEmpty)
    }

    @Test("Markdown: front matter, the title heading once, plain words from links and emphasis")
    func markdown() throws {
        let article = try ArticleReader.read(try Data(contentsOf: Fixtures.url("note.md")), name: "note.md")
        #expect(
            article
                == Article(
                    headline: "Harbour Lights Festival Draws Record Crowd",
                    byline: "Morgan Ellery",
                    published: PublicationDate(year: 2026, month: 11, day: 21),
                    paragraphs: [
                        "A fictional note written for Briefcast's tests. More than twelve thousand people walked the harbour front on Saturday night to see the lanterns.",
                        "“We ran out of programmes by eight,” said organiser Priya Natarajan.",
                        "The parade started at six.",
                        "The fireworks started at ten.",
                    ]
                )
        )
    }

    @Test(
        "the format is detected from the content, then the name",
        arguments: [
            ("<!DOCTYPE html><html><body><p>x</p></body></html>", "page.txt", InputFormat.html),
            ("  <html lang=\"en\"><head>", "x", .html),
            ("# A Heading\n\nText.", "note.txt", .markdown),
            ("---\ntitle: A\n---\nText", "x", .markdown),
            ("Plain Headline\n\nBody.", "story.md", .markdown),
            ("Plain Headline\n\nBody.", "story.txt", .text),
            ("Plain <b>Headline</b> in text\n\nBody.", "story.txt", .text),
        ]
    )
    func detection(content: String, name: String, expected: InputFormat) {
        #expect(InputFormat.detect(Data(content.utf8), name: name) == expected)
    }

    @Test("a file past the size limit is refused before it is read")
    func tooLarge() throws {
        let url = TestFolder.root.appendingPathComponent("huge-\(UUID()).html")
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(ArticleText.byteLimit + 1))
        try handle.close()
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: ReadingError.tooLarge(path: url.path, limit: ArticleText.byteLimit)) {
            try ArticleText.bytes(of: url.path)
        }
    }
}

/// Found by the fuzzer: front matter that is never closed made Ink trap.
@Suite struct UnclosedFrontMatterTests {
    @Test(
        "an unclosed front-matter block is read as text, not a crash",
        arguments: [
            "---\ntitle: Harbour Lights Festival Draws Record Crowd\nauthor: Morgan Ellet\n\nThe harbour was full on Saturday night to see the lanterns.\n",
            "---\ntitle: Harbour\n   \n\n",
            "# Harbour\n\nThe harbour was full on Saturday night.\n\n- lanterns\n   ",
        ])
    func unclosed(markdown: String) {
        let read = Result { try ArticleReader.read(Data(markdown.utf8), name: "note.md", format: .markdown) }
        if case .success(let article) = read { #expect(!article.paragraphs.isEmpty) }
    }

    @Test("a # heading with markup characters is the headline as written, not as HTML (found by the fuzzer)")
    func headingCharacters() throws {
        let markdown = "# Q&A: Harbour > river, 3 < 4\n\nThe harbour was full on Saturday night to see the lanterns.\n"
        let article = try ArticleReader.read(Data(markdown.utf8), name: "note.md", format: .markdown)
        #expect(article.headline == "Q&A: Harbour > river, 3 < 4")
    }

    @Test("a run of unclosed brackets is read in no time (Ink backtracked exponentially; found by the fuzzer)")
    func bracketRun() throws {
        let markdown =
            "# Harbour\n\nThe harbour " + String(repeating: "[", count: 130)
            + " was full [on Saturday](https://example.com) night.\n"
        let started = Date()
        // Read, or refused with a reason — either way at once.
        _ = try? ArticleReader.read(Data(markdown.utf8), name: "note.md", format: .markdown)
        #expect(Date().timeIntervalSince(started) < 5)
        let linked = try ArticleReader.read(
            Data("# Harbour\n\nThe harbour was full [on Saturday](https://example.com) night, officials said.\n".utf8),
            name: "note.md", format: .markdown)
        #expect(linked.paragraphs == ["The harbour was full on Saturday night, officials said."])
    }

    @Test("a <p with no > after it is read as text (Ink looped for ever filling memory; found by the fuzzer)")
    func unclosedParagraphTag() throws {
        let markdown =
            "# Harbour\n\nThe tide mark <p is rising, a<P little.\n\n<p>The harbour is full tonight.</p>\n\nThe boats are in <p\n"
        let article = try ArticleReader.read(Data(markdown.utf8), name: "note.md", format: .markdown)
        #expect(article.headline == "Harbour")
        #expect(
            article.paragraphs == [
                "The tide mark <p is rising, a<P little.", "The harbour is full tonight.", "The boats are in <p",
            ])
    }

    @Test("closed front matter still gives the headline and byline")
    func closed() throws {
        let markdown =
            "---\ntitle: Harbour Lights\nauthor: Morgan Ellet\n---\n\nThe harbour was full on Saturday night to see the lanterns.\n"
        let article = try ArticleReader.read(Data(markdown.utf8), name: "note.md", format: .markdown)
        #expect(article.headline == "Harbour Lights")
        #expect(article.byline == "Morgan Ellet")
    }

}

extension ArticleReaderTests {
    @Test("an embedded Instagram post is not read: its caption nor 'A post shared by …' (corpus: The Local)")
    func instagramEmbed() throws {
        let html = """
            <html><head><title>Tattooed fan honours health chief</title></head><body><article>
            <h1>Tattooed fan honours health chief</h1>
            <p>A Swedish man has had the face of the state epidemiologist tattooed on his arm, saying he wanted to thank him.</p>
            <p>The tattoo artist said she had drawn many faces that spring, and that this was the most popular one by far.</p>
            <blockquote class="instagram-media" data-instgrm-captioned="">
            <div><p><a href="https://www.instagram.com/p/x/">Ni kan inte ana vad jag gjorde idag #pandemys</a></p>
            <p>A post shared by <a href="https://www.instagram.com/artist/">the artist (@artist.name)</a> on Apr 27, 2020 at 9:24am PDT</p></div>
            </blockquote>
            <p>Sweden has not imposed the lockdown measures seen across Europe, urging people to keep their distance instead.</p>
            </article></body></html>
            """
        let article = try ArticleReader.read(Data(html.utf8), name: "thelocal.html")
        #expect(
            article.paragraphs == [
                "A Swedish man has had the face of the state epidemiologist tattooed on his arm, saying he wanted to thank him.",
                "The tattoo artist said she had drawn many faces that spring, and that this was the most popular one by far.",
                "Sweden has not imposed the lockdown measures seen across Europe, urging people to keep their distance instead.",
            ])
    }
}

extension ArticleReaderTests {
    @Test(
        "a list of short points is read as one paragraph under its heading; a list of sentences item by item, a list of links not at all (corpus: Engadget)"
    )
    func listPoints() throws {
        let html = """
            <html><head><title>Ferry review: the night crossing</title></head><body><article>
            <h1>Ferry review: the night crossing</h1>
            <p>The night ferry to Keswick Island will run three times a week from November, the council said on Monday.</p>
            <h5 class="list-header">Pros</h5>
            <ul><li>Quiet, clean cabins for the price</li><li>Punctual</li><li>Friendly crew</li></ul>
            <p>What we would change:</p>
            <ol><li>Expensive</li><li>The café closes at nine</li></ol>
            <ul><li>The crossing took two hours.</li><li>The cabins were clean and quiet.</li></ul>
            <ul><li><a href="/a">Island buses to run later</a></li><li><a href="/b">New pier opens</a></li></ul>
            <p>The harbour master said the timetable would be reviewed in spring, after the first full season.</p>
            </article></body></html>
            """
        let article = try ArticleReader.read(Data(html.utf8), name: "ferry.html")
        #expect(
            article.paragraphs == [
                "The night ferry to Keswick Island will run three times a week from November, the council said on Monday.",
                "Pros: Quiet, clean cabins for the price; Punctual; Friendly crew.",
                "What we would change: Expensive; The café closes at nine.",
                "The crossing took two hours.",
                "The cabins were clean and quiet.",
                "The harbour master said the timetable would be reviewed in spring, after the first full season.",
            ])
    }

    @Test("an embedded tweet is not read: its text nor '— Name (@handle) date' (corpus: Times of Israel)")
    func tweetEmbed() throws {
        let html = """
            <html><head><title>Ferry timetable changes for the winter</title></head><body><article>
            <h1>Ferry timetable changes for the winter</h1>
            <p>The night ferry to Keswick Island will run three times a week from November, the council said on Monday.</p>
            <p>Fishermen had asked for a daily crossing, and the harbour master welcomed the change on social media:</p>
            <blockquote class="twitter-tweet" data-width="550" data-dnt="true">
            <p lang="en" dir="ltr">Happy to see the harbour busy again this winter. <a href="https://t.co/AbC123xyZ">pic.twitter.com/AbC123xyZ</a></p>
            <p>&mdash; Port Alder Harbour (@portalder) <a href="https://twitter.com/portalder/status/1">October 2, 2026</a></p>
            </blockquote>
            <p>The harbour master said the change would be reviewed in spring, after the first full season of crossings.</p>
            </article></body></html>
            """
        let article = try ArticleReader.read(Data(html.utf8), name: "ferry.html")
        #expect(
            article.paragraphs == [
                "The night ferry to Keswick Island will run three times a week from November, the council said on Monday.",
                "Fishermen had asked for a daily crossing, and the harbour master welcomed the change on social media:",
                "The harbour master said the change would be reviewed in spring, after the first full season of crossings.",
            ])
    }
}

extension ArticleReaderTests {
    @Test(
        "short lines after the story that end no sentence go, and the author bio they hid with them; a story's own last sentence stays (corpus: Washington Post, Page Six, Phys.org)"
    )
    func pageEnd() throws {
        let html = """
            <html><head><title>Ferry timetable changes for the winter</title>
            <meta name="author" content="Ada Lind"></head><body><article>
            <h1>Ferry timetable changes for the winter</h1>
            <p>The night ferry to Keswick Island will run three times a week from November, the council said on Monday.</p>
            <p>Fishermen had asked for a daily crossing, and the harbour master said the change would be reviewed in spring.</p>
            <p>Ada Lind covers the islands. Since joining the Gazette, she has covered transport and fisheries.</p>
            <p>Play right from this page</p>
            </article></body></html>
            """
        let article = try ArticleReader.read(Data(html.utf8), name: "ferry.html")
        #expect(article.byline == "Ada Lind")
        #expect(
            article.paragraphs == [
                "The night ferry to Keswick Island will run three times a week from November, the council said on Monday.",
                "Fishermen had asked for a daily crossing, and the harbour master said the change would be reviewed in spring.",
            ])
        #expect(Article.isTrailingLine("Relevant PhysicsForums posts"))
        #expect(Article.isTrailingLine("Allergies: How Much Do You Know?"))
        #expect(!Article.isTrailingLine("What happens next?"))
        #expect(Article.isTrailingLine("Millions of job openings!"))
        #expect(!Article.isTrailingLine("The harbour master, for one, could not wait to see the lanterns rise again!"))
        #expect(!Article.isTrailingLine("The ferry runs on."))
        #expect(
            !Article.isTrailingLine(
                "He said the ferry would run every night of the week from now on until the end of the year"))
    }
}

extension ArticleReaderTests {
    @Test(
        "the notice a page shows readers who block its ads, and its steps to let them through, is not read (corpus: Observer)"
    )
    func adBlockerNotice() throws {
        let html = """
            <html><head><title>Museum buys a national treasure</title></head><body>
            <div id="page"><div class="entry-content">
            <h1>Museum buys a national treasure</h1>
            <p>The museum has bought a sixteenth-century book of hours, classified as a national treasure, with the help of a luxury group.</p>
            <p>The group, which has helped with seven such purchases, is entitled to a tax break of up to ninety percent on the price.</p>
            <p>The book will go on show in the spring, the museum said, after conservators have examined its binding and its pages.</p>
            </div></div>
            <div id="adb-notification" class="adb-notification">
            <div class="message"><h3>We noticed you're using an ad blocker.</h3>
            <p>We get it: you like to have control of your own internet experience.<br> But advertising revenue helps support our journalism.<br><br> To read our full stories, please turn off your ad blocker.</p></div>
            <div class="message"><h3>How Do I Whitelist Observer?</h3>
            <p>Below are steps you can take in order to whitelist Observer.com on your browser, one browser at a time:</p>
            <h3>For Adblock:</h3>
            <p>Click the AdBlock button on your browser and select <strong>Don't run on pages on this domain</strong>.</p></div>
            </div></body></html>
            """
        let article = try ArticleReader.read(Data(html.utf8), name: "observer.html")
        #expect(
            article.paragraphs == [
                "The museum has bought a sixteenth-century book of hours, classified as a national treasure, with the help of a luxury group.",
                "The group, which has helped with seven such purchases, is entitled to a tax break of up to ninety percent on the price.",
                "The book will go on show in the spring, the museum said, after conservators have examined its binding and its pages.",
            ])
    }
}

extension ArticleReaderTests {
    @Test(
        "a site's own title in the page's metadata gives way to the headline its <title> and <h1> agree on, and its description goes with it (corpus: Yahoo); a variant of the same headline does not"
    )
    func siteTitle() throws {
        func read(og: String, title: String, h1: String) throws -> Article {
            let html = """
                <html><head><meta property="og:title" content="\(og)"><title>\(title)</title>
                <meta property="og:description" content="The latest news and headlines from Harbour News."></head>
                <body><article><h1>\(h1)</h1>
                <p>An unmanned cargo ship heading to the space station broke up in the atmosphere on Thursday, the agency said.</p>
                <p>Local people reported seeing a flash of light and hearing a loud thud west of the region's capital.</p>
                </article></body></html>
                """
            return try ArticleReader.read(Data(html.utf8), name: "page.html")
        }
        let site = try read(
            og: "Harbour News - Latest News &amp; Headlines", title: "Cargo ship breaks up over Siberia",
            h1: "Cargo ship breaks up over Siberia")
        #expect(site.headline == "Cargo ship breaks up over Siberia")
        #expect(site.dek == nil)
        let variant = try read(
            og: "Seven secrets that hotel owners keep", title: "The seven secrets that hotel owners keep",
            h1: "The seven secrets that hotel owners keep")
        #expect(variant.headline == "Seven secrets that hotel owners keep")
        #expect(variant.dek == "The latest news and headlines from Harbour News.")
    }
}

extension ArticleReaderTests {
    @Test(
        "a time-and-credit line above the story is an author line, not a story paragraph; the page's shortened headline stays its text, and in a paste is no standfirst (corpus: TMZ)"
    )
    func headlineAgainAndCredit() throws {
        let story = [
            "Lupita Nyong'o's now-famous Oscar dress, adorned in pearls, was stolen right out of her hotel room, according to sources who spoke on Thursday.",
            "The dress is made of six thousand white pearls and was valued at one hundred and fifty thousand dollars by the designer who made it.",
        ]
        let html = """
            <html><head><title>Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!</title></head><body><article>
            <p>$150K Pearl Oscar Dress ... STOLEN!!!!</p>
            <p>2/26/2015 7:11 AM PST BY TMZ STAFF</p>
            <p>\(story[0])</p><p>\(story[1])</p>
            </article></body></html>
            """
        // (The script does not read the shortened headline: see ScriptWriterTests.headlineAgain.)
        #expect(
            try ArticleReader.read(Data(html.utf8), name: "tmz.html").paragraphs
                == ["$150K Pearl Oscar Dress ... STOLEN!!!!"] + story)
        let paste = """
            Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!

            $150K Pearl Oscar Dress ... STOLEN!!!!
            2/26/2015 7:11 AM PST BY TMZ STAFF

            \(story[0])

            \(story[1])
            """
        let pasted = try ArticleReader.read(Data(paste.utf8), name: "tmz.txt")
        #expect(pasted.dek == nil)
        #expect(pasted.byline == "TMZ STAFF")
        #expect(pasted.paragraphs == story)
    }
}
