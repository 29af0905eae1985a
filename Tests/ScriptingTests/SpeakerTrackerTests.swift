import Testing

@testable import Scripting

@Suite struct SpeakerTrackerTests {
    @Test("roles come from titles in the name's run or a role word before it")
    func roles() {
        #expect(
            SpeakerTracker.role(before: "", run: "Russian President Vladimir Putin", name: "Vladimir Putin")
                == "Russian President")
        #expect(
            SpeakerTracker.role(before: "Longtime Kremlin spokesman", run: "Dmitry Peskov", name: "Dmitry Peskov")
                == "Kremlin spokesman")
        #expect(SpeakerTracker.role(before: "the", run: "Ana Ruiz", name: "Ana Ruiz") == nil)
        // A name longer than its run (a possessive trimmed away) is no role and no crash.
        #expect(SpeakerTracker.role(before: "", run: "Delaware’s", name: "Delaware Democratic") == nil)
    }

    @Test("he and she follow the last person named as speaking")
    func pronouns() {
        var tracker = SpeakerTracker()
        tracker.observe("Senator Maria Lopez said she had spoken with Governor Tom Hale.")
        #expect(tracker.resolve("she") == Speaker(name: "Maria Lopez", isPerson: true))
        #expect(tracker.resolve("Hale") == Speaker(name: "Tom Hale", isPerson: true))
        #expect(
            tracker.resolve("a White House spokeswoman") == Speaker(name: "a White House spokeswoman", isPerson: false))
    }
}
