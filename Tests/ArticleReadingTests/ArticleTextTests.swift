import ArticleReading
import Foundation
import TestSupport
import Testing

@Suite struct ArticleTextTests {
    static let folder: URL = {
        let url = TestFolder.root.appendingPathComponent("articletext")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    static func file(_ name: String, _ bytes: [UInt8]) -> String {
        let url = folder.appendingPathComponent(name)
        FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
        return url.path
    }

    @Test("bad inputs are refused with an error naming the file")
    func badInputs() {
        let empty = Self.file("empty.txt", [])
        let blank = Self.file("blank.txt", Array(" \n\n\t\n".utf8))
        let binary = Self.file("binary.bin", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2, 3])
        let latin1 = Self.file("latin1.txt", Array("Caf".utf8) + [0xE9, 0x20] + Array("ouvert".utf8))
        let missing = Self.folder.appendingPathComponent("missing.txt").path
        let cases: [(String, ReadingError)] = [
            (missing, .missing(path: missing)),
            (Self.folder.path, .isDirectory(path: Self.folder.path)),
            (empty, .empty(path: empty)),
            (blank, .empty(path: blank)),
            (binary, .binary(path: binary)),
            (latin1, .invalidUTF8(path: latin1, byteOffset: 3)),
        ]
        for (path, expected) in cases {
            #expect(throws: expected) { try ArticleText.load(path) }
            #expect(expected.errorDescription?.hasPrefix(path) == true)
            #expect(expected.errorDescription?.contains("\n") == false)
        }
    }

    @Test("a UTF-8 byte-order mark is dropped")
    func byteOrderMark() throws {
        let path = Self.file("bom.txt", [0xEF, 0xBB, 0xBF] + Array("Headline\n\nBody text here.".utf8))
        #expect(try ArticleText.load(path).text == "Headline\n\nBody text here.")
    }
}

/// Control characters, direction overrides and line separators (the fuzzer found a headline
/// ending in a vertical tab) never reach the script.
@Suite struct InvisibleCharacterTests {
    @Test("a paste with controls and bidi overrides reads as the same paste without them")
    func paste() throws {
        let dirty =
            "Harbour reopens\u{0B}after storm\u{202E}\n\n\u{2066}The harbour\u{2069} reopened on Monday\u{0007}, officials said.\u{2028}Ferries ran again.\u{200F}\n"
        let clean =
            "Harbour reopens\nafter storm\n\nThe harbour reopened on Monday, officials said.\nFerries ran again.\n"
        let read = try ArticleReader.read(Data(dirty.utf8), name: "dirty.txt")
        let expected = try ArticleReader.read(Data(clean.utf8), name: "clean.txt")
        #expect(read == expected)
    }

    @Test("an HTML page's overrides and controls, written as character references, are dropped")
    func html() throws {
        let page = """
            <html><head><title>Harbour&#x202E; reopens</title></head><body><article>
            <h1>Harbour&#x202E; reopens</h1>
            <p>The harbour&#x2067; reopened&#x2069; on Monday after the storm, officials said on the quay.&#x0B;</p>
            <p>Ferries ran again by noon, and the fish market opened its doors to the first buyers.</p>
            </article></body></html>
            """
        let article = try ArticleReader.read(Data(page.utf8), name: "page.html")
        #expect(article.headline == "Harbour reopens")
        #expect(
            article.paragraphs.first
                == "The harbour reopened on Monday after the storm, officials said on the quay.")
    }
}
