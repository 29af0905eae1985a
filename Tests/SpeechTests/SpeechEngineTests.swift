import Foundation
import Speech
import TestSupport
import Testing

/// The engine is process-global and not thread-safe: these run one at a time.
@Suite(.serialized) struct SpeechEngineTests {
    static let narrator = VoiceProfile(name: "narrator", role: .narrator, voice: "en-us", rate: 175, pitch: 50)

    /// The words of `text` (letters, joined by hyphens) where the engine started no word. It
    /// reports a hyphenated word as one word, and a word after a mark as starting at the mark,
    /// so a word counts as spoken when any of its letters, or the scalar before it, is covered.
    static func unspokenWords(_ text: String) throws -> [String] {
        let engine = try SpeechEngine.shared()
        let sink = SampleCounter()
        let utterance = try engine.speak(text, as: narrator, into: sink)
        #expect(utterance.sampleCount == sink.samples.count)
        #expect(utterance.sampleCount > 0)
        let scalars = Array(text.unicodeScalars)
        var covered = Array(repeating: false, count: scalars.count)
        for word in utterance.words {
            for offset in word.textOffset..<min(scalars.count, word.textOffset + max(word.length, 1)) where offset >= 0
            {
                covered[offset] = true
            }
        }
        var missing: [String] = []
        var current = ""
        var currentCovered = false
        for (offset, scalar) in scalars.enumerated() {
            if CharacterSet.letters.contains(scalar) || (scalar == "-" && !current.isEmpty) {
                current.unicodeScalars.append(scalar)
                currentCovered = currentCovered || covered[offset]
            } else {
                if current.count > 1 && !currentCovered { missing.append(current) }
                current = ""
                currentCovered = false
            }
        }
        if current.count > 1 && !currentCovered { missing.append(current) }
        return missing
    }

    @Test(
        "markup in article text is spoken as text and loses no words",
        arguments: [
            "Before <voice name=\"en-us+f3\">inside</voice> after the tag.",
            "Listen <audio src=\"/etc/passwd\">fallback words</audio> then carry on.",
            "The phonemes [[h@'loU]] stay plain brackets and words.",
            "If a < b then everything after the bracket still counts here.",
            "Ampersands & quotes \" and > signs are read too.",
        ]
    )
    func markupIsText(text: String) throws {
        let unspoken = try Self.unspokenWords(text)
        #expect(unspoken == [])
    }

    @Test("an <audio> element never makes the engine open a file")
    func audioElementOpensNothing() throws {
        let marker = TestFolder.root.appendingPathComponent(
            "briefcast-should-not-exist-\(UUID()).wav")
        let engine = try SpeechEngine.shared()
        _ = try engine.speak(
            "<audio src=\"\(marker.path)\"/> `touch \(marker.path)`", as: Self.narrator, into: SampleCounter())
        #expect(!FileManager.default.fileExists(atPath: marker.path))
    }

    @Test("word events point at the words of the original text")
    func wordPositions() throws {
        let engine = try SpeechEngine.shared()
        let text = "Cats & dogs <sleep> late."
        let utterance = try engine.speak(text, as: Self.narrator, into: SampleCounter())
        let scalars = Array(text.unicodeScalars)
        let words = utterance.words.map {
            String(String.UnicodeScalarView(scalars[$0.textOffset..<($0.textOffset + $0.length)]))
        }
        #expect(words.contains("Cats") && words.contains("dogs") && words.contains("sleep") && words.contains("late"))
        #expect(utterance.words.map(\.sample) == utterance.words.map(\.sample).sorted())
    }

    @Test("an unknown voice is reported by name")
    func unknownVoice() throws {
        let profile = VoiceProfile(name: "x", role: .narrator, voice: "xx-nowhere")
        #expect(throws: SpeechError.unknownVoice("xx-nowhere")) {
            try SpeechEngine.shared().speak("Hello.", as: profile, into: SampleCounter())
        }
    }

    @Test("the engine lists English voices and the variants profiles use")
    func voices() throws {
        let voices = try SpeechEngine.shared().voices()
        #expect(voices.contains { !$0.isVariant && $0.identifier == "en-us" })
        #expect(voices.contains { $0.isVariant && $0.identifier == "m3" })
        #expect(!voices.contains { $0.file.hasPrefix("mb/") })
    }
}
