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
        // Neither a sentence before the name nor a sentence's first word is a role.
        #expect(SpeakerTracker.role(before: "in the", run: "US. Forrest Jones", name: "Forrest Jones") == nil)
        #expect(SpeakerTracker.role(before: "", run: "Enter Stuart R. Kaplan", name: "Stuart R. Kaplan") == nil)
    }

    @Test("a name is not read across a sentence's end, and an institution is no person")
    func names() {
        let names = [
            ("in the United States. Kaplan", false), ("Rothman. Rothman", false), ("Enter Stuart R. Kaplan", true),
            ("C. Eugene Steuerle", false), ("Dr. Ana Ruiz", false), ("the Wharton School", false),
            ("Brooklyn Daily Eagle", false), ("U.S. Games Systems", false),
            // A sentence's first word before a name is a role, but a doubled first name is a name
            // (corpus: Page Six's "Dee Dee Myers —", cued as "Dee Myers").
            ("Fisherman Tomas Reilly", true), ("Dee Dee Myers", true),
        ].map { SpeakerTracker.personName(in: $0.0.drop { $0.isLowercase || $0 == " " }, startsSentence: $0.1) }
        #expect(
            names == [
                "Kaplan", "Rothman", "Stuart R. Kaplan", "C. Eugene Steuerle", "Ana Ruiz", nil, nil, nil,
                "Tomas Reilly",
                "Dee Dee Myers",
            ])
    }

    @Test("runs of capitalised words, across spaces and within words, with their full stops, apostrophes and hyphens")
    func capitalisedRuns() {
        let text: Substring =
            "Longtime Kremlin spokesman Dmitry Peskov told TASS. Apple’s iPhone and O'Brien-Smith met Dr. Ruiz\nToday É"
        #expect(
            SpeakerTracker.capitalisedRuns(in: text).map { String(text[$0]) } == [
                "Longtime Kremlin", "Dmitry Peskov", "TASS. Apple’s", "Phone", "O'Brien-Smith", "Dr. Ruiz\nToday É",
            ])
    }

    @Test("a surname keeps the particles before it (corpus: CityLab's 'de Miranda', cued again as 'Miranda')")
    func surnames() {
        let names = ["Luis de Miranda", "De Miranda", "Ludwig van der Berg", "Dmitry Peskov", "Peskov"]
        #expect(
            names.map { Speaker(name: $0, isPerson: true).surname } == [
                "de Miranda", "De Miranda", "van der Berg", "Peskov", "Peskov",
            ])
        #expect(Speaker(name: "a White House spokeswoman", isPerson: false).surname == "a White House spokeswoman")
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
