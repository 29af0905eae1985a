import AudioFiles
import Foundation
import TestSupport
import Testing

@Suite struct StaleTemporariesTests {
    @Test("temporaries of processes that are gone are removed; a running process's and other files stay")
    func removesOnlyStale() throws {
        let folder = try TestFolder.make()
        // A process number that cannot be running: above the kernel's maximum.
        let gone = 4_194_999
        let names = [
            ".briefing-2026-11-27.wav.\(gone)-1A2B3C4D.tmp",
            ".briefcast-\(gone)-0F1E2D3C-0000-0000-0000-000000000000.pcm",
            ".feed.xml.\(getpid())-1A2B3C4D.tmp",
            "briefing-2026-11-27.wav",
            ".briefcast-state.json",
        ]
        for name in names {
            FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: nil)
        }
        let removed = StaleTemporaries.remove(in: folder)
        #expect(removed.sorted() == names.prefix(2).sorted())
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == names.suffix(3).sorted())
    }
}
