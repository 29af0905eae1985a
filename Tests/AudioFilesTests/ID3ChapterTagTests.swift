import AudioFiles
import Foundation
import Testing

@Suite struct ID3ChapterTagTests {
    @Test("chapters written into an ID3v2.3 tag read back whole, titles in any script, links kept")
    func roundTrip() {
        let chapters = [
            Chapter(label: "Introduction", sample: 0),
            Chapter(label: "1. Zelenskyy’s “peace plan” — Київ", sample: 22_050, url: "https://example.com/a"),
            Chapter(label: "Closing", sample: 66_150),
        ]
        let tag = ID3ChapterTag.tag(
            chapters: chapters, sampleRate: 22_050, duration: 4_000, metadata: AudioMetadata(title: "Briefing"))
        #expect(ID3ChapterTag.size(of: Data(tag)) == tag.count)
        #expect(
            ID3ChapterTag.chapters(in: Data(tag) + Data([0xFF, 0xFB])) == [
                ID3ChapterTag.Entry(title: "Introduction", start: 0, end: 1_000),
                ID3ChapterTag.Entry(
                    title: "1. Zelenskyy’s “peace plan” — Київ", start: 1_000, end: 3_000, url: "https://example.com/a"),
                ID3ChapterTag.Entry(title: "Closing", start: 3_000, end: 4_000),
            ])
    }

    @Test("a file without an ID3v2 tag has no chapters and no tag size")
    func noTag() {
        #expect(ID3ChapterTag.chapters(in: Data([0xFF, 0xFB, 0x90, 0x64])).isEmpty)
        #expect(ID3ChapterTag.size(of: Data([0xFF, 0xFB, 0x90, 0x64])) == 0)
    }
}
