import Foundation
import Speech
import TestSupport
import Testing

@Suite struct VoiceRateTests {
    @Test("--rate sets the narrator's pace and keeps every other voice in proportion, within espeak-ng's range")
    func proportional() throws {
        let library = try VoiceLibrary.load(from: Fixtures.packageRoot.appendingPathComponent("Voices"))
        let fast = library.atRate(library.narrator.rate * 2)
        #expect(fast.narrator.rate == library.narrator.rate * 2)
        #expect(fast.headline.rate == library.headline.rate * 2)
        #expect(zip(fast.speakers, library.speakers).allSatisfy { $0.rate == min($1.rate * 2, 450) })
        let slowest = library.atRate(80)
        #expect(slowest.profiles.allSatisfy { VoiceProfile.rates.contains($0.rate) })
        // The headline, slower than the narrator, stops at espeak-ng's slowest.
        #expect(slowest.headline.rate == 80)
    }
}
