import ArticleReading
import Scripting
import Testing

/// Quotations in real news sentence shapes, each checked as the cue and quote it becomes.
@Suite struct QuoteAttributionTests {
    /// The cue and quote segments of a one-article script, as "cue ⟶ quote" lines.
    static func quotes(_ paragraphs: [String]) -> [String] {
        let segments = ScriptWriter.script(for: Article(headline: "Test", dek: "Dek.", paragraphs: paragraphs)).segments
        return zip(segments, segments.dropFirst(2)).compactMap { cue, quote in
            cue.kind == .cue && quote.kind == .quote ? "\(cue.text) ⟶ \(quote.text)" : nil
        }
    }

    static func spoken(_ paragraphs: [String]) -> [Segment] {
        ScriptWriter.script(for: Article(headline: "Test", dek: "Dek.", paragraphs: paragraphs)).segments
            .filter { $0.kind != .pause && $0.kind != .headline && $0.kind != .summary }
    }

    @Test("a quote split by its attribution becomes one cue and one quote")
    func splitQuote() {
        #expect(
            Self.quotes([
                "Mayor Lena Ortiz opened the bridge.",
                "“It took too long,” Ortiz said. “But it is built to last a century.”",
            ]) == ["Mayor Lena Ortiz said: ⟶ It took too long. But it is built to last a century."]
        )
    }

    @Test(
        "a quoted title running on into its sentence is no quotation; a quote within a quote still hands over (corpus: Reuters)"
    )
    func quotedTitles() {
        let paragraphs = [
            "“Harbour” director Ada Lind said the film could still win on Sunday",
            "But “Tides” actress Mia Holm said the prize should have gone to “Harbour.”",
            "“She looked at me and said, ‘You were not invited,’” Holm said.",
        ]
        #expect(Self.quotes(paragraphs) == ["Mia Holm said: ⟶ She looked at me and said, ‘You were not invited,’."])
        #expect(
            Self.spoken(paragraphs).prefix(2).map(\.text) == [
                "“Harbour” director Ada Lind said the film could still win on Sunday",
                "But “Tides” actress Mia Holm said the prize should have gone to “Harbour.”",
            ])
    }

    @Test(
        "the speaker named again after the quote goes on is not read; what they add is (corpus: Quanta, Vancouver Sun)")
    func namedAgain() {
        let paragraphs = [
            "Mayor Lena Ortiz opened the bridge.",
            "“It took too long,” Ortiz said. “But it is built to last,” she said, adding that the tolls would stay low. The crowd cheered.",
        ]
        #expect(
            Self.spoken(paragraphs).map(\.text) == [
                "Mayor Lena Ortiz opened the bridge.", "Mayor Lena Ortiz said:",
                "It took too long. But it is built to last.",
                "She added that the tolls would stay low.", "The crowd cheered.",
            ])
    }

    @Test(
        "a quotation after a sentence that quotes its speaker and names them at its end, or reports what someone named said, is theirs (corpus: Washington Post)"
    )
    func goingOn() {
        #expect(
            Self.quotes([
                "Former envoy Martin Indyk spoke on Monday.",
                "“Now it’s hard to see what could persuade them” to hold up their plans, Indyk said. “That has nothing to do with talks.",
                "The plan is “dead”, the critics said. “We do not agree,” Indyk said.",
                "The talks stalled, Indyk said. “Nothing moves on either side of the talks now.”",
                "Wayne King said he was not deterred by the short timeline. “I don’t expect anyone to hand me anything.”",
                "He said he was not deterred by the timeline. “I have always been a fighter at heart.”",
                "Officials said the timeline was short. “It gives nobody a fair chance to run.”",
            ]) == [
                "Former envoy Martin Indyk added: ⟶ That has nothing to do with talks.",
                "Indyk said: ⟶ We do not agree.", "A quote: ⟶ Nothing moves on either side of the talks now.",
                "Wayne King added: ⟶ I don’t expect anyone to hand me anything.",
                "A quote: ⟶ I have always been a fighter at heart.", "A quote: ⟶ It gives nobody a fair chance to run.",
            ]
        )
    }

    @Test("unbalanced curly marks (“…,“ he said. ”…”) are still read as one quote")
    func unbalancedMarks() {
        #expect(
            Self.quotes([
                "Coach Sam Reyes said the team had trained hard.",
                "“We were ready,“ he said. ”Nobody could have stopped us today.”",
            ]) == ["Coach Sam Reyes said: ⟶ We were ready. Nobody could have stopped us today."]
        )
    }

    @Test("he points past an institution and a sentence's end to the person (corpus: Atlas Obscura)")
    func pronounPastInstitution() {
        #expect(
            Self.quotes([
                "Enter Stuart R. Kaplan, a graduate of the Wharton School of Business in 1955. “I’m all yours,” he tells me.",
                "He sold decks across the United States. “It was a slow but sure explosion,” Kaplan says.",
            ]) == ["Stuart R. Kaplan tells me: ⟶ I’m all yours.", "Kaplan says: ⟶ It was a slow but sure explosion."]
        )
    }

    @Test("letters, a clause and a whole description go beside the name (corpus: ABC7, Fox News, Quanta, Politico)")
    func besideTheName() {
        #expect(
            Self.quotes([
                "The marina will reopen. \"We'll have a 50 slip marina,\" said Leigh Sears who is the concessions manager.",
                "Doctors agree. \"This study is groundbreaking,\" says Katie Allen, MD, PhD.",
                "Few noticed. “It is a common story,” wrote Jennifer Light, the department head for MIT’s Science, Technology and Society program, in an email.",
                "Some were angry. \"It looks very suspicious,\" said Jo Reyes, a councilwoman in Keswick, who was the 2010 nominee in the district.",
            ]) == [
                "Leigh Sears, who is the concessions manager, said: ⟶ We'll have a fifty slip marina.",
                "Katie Allen, MD, PhD, says: ⟶ This study is groundbreaking.",
                "Jennifer Light, the department head for MIT’s Science, Technology and Society program, wrote, in an email: ⟶ It is a common story.",
                "Jo Reyes, a councilwoman in Keswick, who was the twenty ten nominee in the district, said: ⟶ It looks very suspicious.",
            ]
        )
    }

    @Test("he and she point to the last person named as speaking, not the last name mentioned")
    func pronouns() {
        #expect(
            Self.quotes([
                "Senator Maria Lopez said she had spoken with Governor Tom Hale about the budget.",
                "“We are close to a deal,” she said.",
                "Hale said he wanted more time. “There is no rush,” he said.",
            ]) == [
                "Senator Maria Lopez said: ⟶ We are close to a deal.", "Governor Tom Hale said: ⟶ There is no rush.",
            ]
        )
    }

    @Test(
        "after an unnamed person speaks ('a spokesperson for the association said …'), 'he said' is theirs, not the last person named (corpus: The Guardian)"
    )
    func unnamedSpeaker() {
        let paragraphs = [
            "Jo Grady, the union's general secretary, said students would be shocked by the figures.",
            "“We need to have an honest conversation about casualisation,” Grady said.",
            "But a spokesperson for the Universities and Colleges Employers’ Association (UCEA) said its members had been reducing zero-hours contracts.",
            "“UCEA has worked with the unions to understand employment across the sector,” he said.",
            "Grady said the figures spoke for themselves. “Staff deserve better,” she said.",
        ]
        #expect(
            Self.quotes(paragraphs) == [
                "Jo Grady said: ⟶ We need to have an honest conversation about casualisation.",
                "He said: ⟶ UCEA has worked with the unions to understand employment across the sector.",
                "Grady said: ⟶ Staff deserve better.",
            ])
        let found = QuoteFinder.quotes(
            in:
                "Jo Grady said the figures were shocking, but a spokesperson for the association said members had cut contracts. “We have worked with the unions,” he said."
        )
        #expect(found == [QuoteFinder.Found(text: "We have worked with the unions,", speaker: nil)])
    }

    @Test(
        "what an attribution adds after the quotation (', adding that …') is read after it as the narrator's sentence, not in the cue (the seed)"
    )
    func addingAfterQuote() {
        #expect(
            Self.spoken([
                "“All those boats, and for no reason,” Ines Calloway said, referring to the wrecks in the bay, adding that the storm “never would have done it” with a sea wall."
            ]).map(\.text) == [
                "Ines Calloway said, referring to the wrecks in the bay:", "All those boats, and for no reason.",
                "Ines Calloway added that the storm “never would have done it” with a sea wall.",
            ])
    }

    @Test("a surname that is also a title ('Wayne King', then 'said King, who …') is the person's (corpus: Politico)")
    func titleWordSurname() {
        let paragraphs = [
            "The plans were kept so secret that Wayne King, the deputy harbour master who has been eyeing the seat, did not learn of them until Monday.",
            "“The first I heard anything about it was late Tuesday evening,” said King, who resigned from the harbour office on Friday.",
            "“I will run a clean race,” he said.",
        ]
        #expect(
            Self.quotes(paragraphs) == [
                "Wayne King, who resigned from the harbour office on Friday, said: ⟶ The first I heard anything about it was late Tuesday evening.",
                "King said: ⟶ I will run a clean race.",
            ])
    }

    @Test("full name and role on the first cue, surname after; one voice per speaker")
    func namesAndVoices() {
        let segments = Self.spoken([
            "“First,” said Dana Whitfield, the chief executive.",
            "“Second,” said Paul Greene.",
            "“Third,” Whitfield added.",
        ])
        let cues = segments.filter { $0.kind == .cue }.map(\.text)
        #expect(cues == ["Dana Whitfield, the chief executive, said:", "Paul Greene said:", "Whitfield added:"])
        let voices = segments.filter { $0.kind == .quote }.map { "\($0.speaker ?? "-"):\($0.voice)" }
        #expect(voices == ["Dana Whitfield:speaker 1", "Paul Greene:speaker 2", "Dana Whitfield:speaker 1"])
    }

    @Test("an introducing attribution becomes the cue, with the start of its sentence; whole sentences stay narration")
    func introduced() {
        let segments = Self.spoken([
            "Monroe spoke in Dayton. Asked whether she would run again, Rep. Alice Monroe said, “I have not decided.”"
        ])
        #expect(
            segments.map(\.text) == [
                "Monroe spoke in Dayton.", "Asked whether she would run again, Alice Monroe said:",
                "I have not decided.",
            ]
        )
        let role = Self.spoken(["Harbour master Ines Calloway said: “People have waited a long time for this.”"])
        #expect(role.map(\.text) == ["Harbour master Ines Calloway said:", "People have waited a long time for this."])
        // Corpus (Reuters): a semicolon where the colon goes.
        let semicolon = Self.spoken([
            "Director Bong Joon Ho said backstage that no one could predict the Oscars.",
            "Speaking through an interpreter he added; “It is true that the momentum is building.”",
        ])
        #expect(
            semicolon.map(\.text) == [
                "Director Bong Joon Ho said backstage that no one could predict the Oscars.",
                "Speaking through an interpreter Bong Joon Ho added:", "It is true that the momentum is building.",
            ])
    }

    @Test("quoted fragments and scare quotes stay in the narration")
    func fragments() {
        let paragraph = "He called it a “special operation” and said the talks would “continue for now.”"
        #expect(Self.quotes(["Officials met.", paragraph]).isEmpty)
        #expect(Self.spoken(["Officials met.", paragraph]).last?.text == paragraph)
    }

    @Test(
        "told, according to (after the quote or before it), a description as the speaker, no 'Both' in a name (corpus: Times of Israel, Vancouver Sun)"
    )
    func otherAttributions() {
        #expect(
            Self.quotes([
                "“The talks are over,” Kremlin spokesman Dmitry Peskov told TASS.",
                "“Nothing has changed,” according to a White House spokeswoman.",
                "She studied social work. Why? According to the Harbour Gazette, “She wanted to help people.”",
                "Both Tidewater and Keswick Ferries have raised fares. “We had no choice,” Tidewater said.",
                "\"That is a city, not a marina,\" said someone at the meeting.",
            ]) == [
                "Dmitry Peskov told TASS: ⟶ The talks are over.",
                "According to a White House spokeswoman: ⟶ Nothing has changed.",
                "According to the Harbour Gazette: ⟶ She wanted to help people.",
                "Tidewater said: ⟶ We had no choice.",
                "Someone at the meeting said: ⟶ That is a city, not a marina.",
            ]
        )
    }

    @Test("a quote with no speaker is cued as a quote, never with a guessed name")
    func unattributed() {
        let segments = Self.spoken(["“We will not give up on this town.” The sign hung over Main Street for years."])
        #expect(
            segments.map(\.text) == [
                "A quote:", "We will not give up on this town.", "The sign hung over Main Street for years.",
            ])
        #expect(segments[1].voice == .quote && segments[1].speaker == nil)
        // Narration that ends with a colon has said a quotation comes (corpus: Quanta, Salon).
        let introduced = Self.spoken([
            "After the talk, a question came from a member of the audience: “Did you change the tide tables at all?”"
        ])
        #expect(
            introduced.map(\.text) == [
                "After the talk, a question came from a member of the audience:",
                "Did you change the tide tables at all?",
            ])
        #expect(introduced[1].voice == .quote && introduced[1].chapter == "Quote")
    }

    @Test("a sentence split by its attribution (“…,” X said, “but …”) reads as one sentence")
    func splitMidSentence() {
        #expect(
            Self.quotes([
                "Fisherman Tomas Reilly told the Gazette the timetable suited visitors.",
                "“Three nights is a start,” Reilly said, “but the island needs a boat every night.”",
            ]) == ["Fisherman Tomas Reilly said: ⟶ Three nights is a start, but the island needs a boat every night."]
        )
    }

    @Test("a quotation running over paragraphs keeps its speaker and voice, with one cue")
    func multiParagraph() {
        let segments = Self.spoken([
            "“We waited ten years for this,” said Mayor Lena Ortiz. “The harbour will be busy again.",
            "“Nobody should doubt that.”",
            "The vote was close.",
        ])
        #expect(segments.map(\.kind) == [.cue, .quote, .quote, .body])
        #expect(segments[2].text == "Nobody should doubt that." && segments[2].speaker == "Lena Ortiz")
        #expect(segments[2].voice == segments[1].voice)
    }

    @Test(
        "a quotation opening with an editor's words in brackets, after 'X told him:', is X's, over both paragraphs (corpus: The Independent)"
    )
    func bracketOpening() {
        let segments = Self.spoken([
            "Former chief whip Mark Harper told him: “[These were] 12 pages of detailed laws, with criminal offences.",
            "“That’s why we need to scrutinise the detail of the legislation.”",
        ])
        #expect(
            segments.map { "\($0.kind): \($0.text)" } == [
                "cue: Former chief whip Mark Harper told him:",
                "quote: These were twelve pages of detailed laws, with criminal offences.",
                "quote: That’s why we need to scrutinise the detail of the legislation.",
            ])
        #expect(segments[2].speaker == "Mark Harper")
    }

    @Test(
        "a party label after the name ('Rep. Earl Blumenauer (D-Ore.) said') goes beside it, said in full; it was not an attribution at all (quotes corpus: HuffPost)"
    )
    func partyLabel() {
        #expect(
            Self.quotes([
                "Rep. Gregory Meeks (D-N.Y.) said the members were reassured.",
                "“There’s tremendous energy in a whole host of races,” Rep. Earl Blumenauer (D-Ore.) said.",
                "“That is a problem for the party,” said Rep. Jim Clyburn (D-S.C.), a member of the leadership.",
            ]) == [
                "Earl Blumenauer, Democrat of Oregon, said: ⟶ There’s tremendous energy in a whole host of races.",
                "Jim Clyburn, Democrat of South Carolina, a member of the leadership, said: ⟶ That is a problem for the party.",
            ])
    }

    @Test(
        "a name, then its description up to an organisation before the verb, is the speaker ('Anthony Anton, president of Washington Restaurant Association stated') (quotes corpus: Western Journal)"
    )
    func describedBeforeVerb() {
        #expect(
            Self.quotes([
                "Restaurant owners met on Monday to discuss the wage rise.",
                "Anthony Anton, president and CEO of Washington Restaurant Association stated, “It’s not a political problem; it’s a math problem.”",
            ]) == [
                "Anthony Anton, president and CEO of Washington Restaurant Association, stated: ⟶ It’s not a political problem; it’s a math problem."
            ])
    }

    @Test(
        "a participle's speaker is the subject of the whole sentence, past 'Mr.' and an opening that sets the scene ('Back in 1999, Mr. Trump …, telling CNBC:') (quotes corpus: New York Times)"
    )
    func participleSubject() {
        #expect(
            Self.quotes([
                "Republican opponents have highlighted his comments about Bill Clinton.",
                "Back in 1999, Mr. Trump expressed admiration for Mr. Clinton's retail political skills, telling CNBC: “I wish I could be like that. I just can't.”",
            ]) == ["Trump told CNBC: ⟶ I wish I could be like that. I just can't."])
    }

    @Test(
        "an attribution running on into another speaker's ('“…,” Cruz said as the heckler yelled: “You suck!”') ends where theirs begins (quotes corpus: USA Today)"
    )
    func secondSpeaker() {
        #expect(
            Self.quotes([
                "Cruz spoke in Indiana on Monday.",
                "“Apparently there is a young man who is having some problems,” Cruz said as the heckler yelled: “You suck!”",
            ]) == [
                "Cruz said: ⟶ Apparently there is a young man who is having some problems.",
                "The heckler yelled: ⟶ You suck!",
            ])
    }

    @Test("a participle hands the quotation to the sentence's subject: “…, saying, …”")
    func participle() {
        let segments = Self.spoken([
            "Donald Trump on Thursday ratcheted up his attacks on Marco Rubio, saying, “He is weak on immigration.”"
        ])
        #expect(
            segments.map(\.text) == [
                "Donald Trump on Thursday ratcheted up his attacks on Marco Rubio.", "Donald Trump said:",
                "He is weak on immigration.",
            ]
        )
    }
}

@Suite struct AbbreviatedSubjectTests {
    @Test("an abbreviation ending the sentence before is not part of the speaker's name")
    func abbreviationBeforeName() {
        let article = Article(
            headline: "Tarot", paragraphs: ["Stuart Kaplan sells decks across the U.S. Kaplan says, “Tarot is a book.”"]
        )
        let cues = ScriptWriter.script(for: article).segments.filter { $0.kind == .cue }.map(\.text)
        #expect(cues == ["Stuart Kaplan says:"])
    }
}

extension AbbreviatedSubjectTests {
    @Test("the speaker's name repeated after a sentence that ended with it is one name")
    func nameEndingSentenceBefore() {
        let article = Article(
            headline: "Chaos",
            paragraphs: ["The credit went to Daniel Rothman. Rothman said now, “He just gives it all away.”"])
        let cues = ScriptWriter.script(for: article).segments.filter { $0.kind == .cue }.map(\.text)
        #expect(cues == ["Daniel Rothman said now:"])
    }
}

extension AbbreviatedSubjectTests {
    @Test("two descriptions of the speaker after the name both go before the verb")
    func twoDescriptions() {
        let article = Article(
            headline: "Debt",
            paragraphs: [
                "“We will spend more on interest than on kids,” said Marc Goldwein, senior policy director at the Committee for a Responsible Federal Budget, a research and advocacy organization."
            ])
        let cues = ScriptWriter.script(for: article).segments.filter { $0.kind == .cue }.map(\.text)
        #expect(
            cues == [
                "Marc Goldwein, senior policy director at the Committee for a Responsible Federal Budget, a research and advocacy organization, said:"
            ])
    }
}
