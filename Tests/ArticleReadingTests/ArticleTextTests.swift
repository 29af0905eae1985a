import ArticleReading
import Foundation
import Testing

@Suite struct ArticleTextTests {
    static let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "briefcast-articletext-\(UUID().uuidString)")
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
