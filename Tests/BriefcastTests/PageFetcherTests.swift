import ArticleReading
import Foundation
import Rendering
import TestSupport
import Testing

/// Fetching pages from a server the tests start on 127.0.0.1 — never the internet.
@Suite(.serialized) struct PageFetcherTests {
    @Test("fetches a page with Briefcast's User-Agent and reads it")
    func fetches() throws {
        let server = try TestServer()
        defer { server.stop() }
        let agent = try PageFetcher().fetch(server.url("user-agent"))
        #expect(String(decoding: agent, as: UTF8.self) == PageFetcher.userAgent)
        let article = try ArticleLoader.load(server.url("redirect/ars-1.html"))
        #expect(article.headline == "Just-released Minecraft exploit makes it easy to crash game servers")
    }

    @Test(
        "every failure names the URL and says what went wrong",
        arguments: [
            ("missing", "the server answered 404"),
            ("broken", "the server answered 500"),
            ("loop", "redirects (a redirect loop?)"),
            ("slow", "timed out"),
            ("huge", "larger than 1 MB"),
        ]
    )
    func failures(path: String, reason: String) throws {
        let server = try TestServer()
        defer { server.stop() }
        let fetcher = PageFetcher(timeout: 1, byteLimit: 1_048_576, redirectLimit: 5)
        let error = try #require(throws: ReadingError.self) { try fetcher.fetch(server.url(path)) }
        let message = try #require(error.errorDescription)
        #expect(message.hasPrefix(server.url(path) + ": could not be fetched: "))
        #expect(message.contains(reason), "\(message)")
    }

    @Test("only http and https addresses are fetched")
    func schemes() {
        #expect(throws: ReadingError.badURL(url: "http://")) { try PageFetcher().fetch("http://") }
        #expect(!PageFetcher.isURL("ftp://example.org/a") && PageFetcher.isURL("HTTPS://example.org/a"))
    }

    @Test("the command line reads a URL like a file")
    func commandLine() throws {
        let server = try TestServer()
        defer { server.stop() }
        let result = try BriefcastBinary.run(["extract", server.url("nytimes-2.html"), "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(object["title"] as? String == "Yahoo’s Sale to Verizon Leaves Shareholders With Little Say")
        #expect(object["byline"] as? String == "Steven Davidoff Solomon")
        let missing = try BriefcastBinary.run(["script", server.url("missing")])
        #expect(missing.status != 0)
        #expect(
            missing.standardError
                == "Error: \(server.url("missing")): could not be fetched: the server answered 404 Not Found\n")
    }
}
