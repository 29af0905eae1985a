@testable import AudioFiles
import Foundation
import TestSupport
import Testing

/// The transcript beside the audio, read back whole.
@Suite struct SidecarsTests {
    @Test("cue times are hours:minutes:seconds.milliseconds, zero-padded; markup in text is escaped")
    func transcript() throws {
        let folder = try TestFolder.make("sidecars")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("story.vtt")
        let hour = 3_600 * 22_050
        let cues = [
            TranscriptCue(start: 0, end: 11_025, text: "Rates rose <sharply> & fast.", voice: nil),
            TranscriptCue(start: 11_025, end: hour + 61 * 22_050 + 22, text: "“We will see.”", voice: "A & B"),
            TranscriptCue(start: 10 * hour, end: 10 * hour + 22_050 * 9 / 10, text: "Late.", voice: nil),
        ]
        try Sidecars.writeTranscript(cues, sampleRate: 22_050, to: file)
        #expect(
            try String(contentsOf: file, encoding: .utf8) == """
                WEBVTT

                1
                00:00:00.000 --> 00:00:00.500
                Rates rose &lt;sharply&gt; &amp; fast.

                2
                00:00:00.500 --> 01:01:01.001
                <v A &amp; B>“We will see.”

                3
                10:00:00.000 --> 10:00:00.900
                Late.

                """)
    }
}
