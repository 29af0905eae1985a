/// The direct quotations in a paragraph and who said each, as the `quotes` command reports
/// them: one entry per quoted piece, so a quotation split by its attribution is two entries
/// with one speaker.
public enum QuoteFinder {
    public struct Found: Equatable, Sendable, Encodable {
        public var text: String
        /// The speaker's name (full when the paragraph gives it), a description ("a White
        /// House spokeswoman"), or nil when the paragraph does not say.
        public var speaker: String?

        public init(text: String, speaker: String?) {
            self.text = text
            self.speaker = speaker
        }
    }

    public static func quotes(in paragraph: String) -> [Found] {
        var tracker = SpeakerTracker()
        var found: [Found] = []
        for part in QuotedParagraph(paragraph, lenient: true).parts {
            switch part {
            case .narration(let text):
                tracker.observe(Substring(text))
            case .quote(_, let pieces, let attribution):
                // Without an attribution of its own, a quotation belongs to whoever the paragraph
                // last had speaking ("Trump said the plan was “a disaster”"). An unresolved
                // pronoun names nobody.
                let resolved = attribution.map { tracker.resolve($0.subject) }
                let speaker =
                    resolved.flatMap {
                        $0.isPerson || !SpeakerTracker.pronouns.contains($0.name.lowercased()) ? $0.name : nil
                    }
                    ?? (attribution == nil ? tracker.lastSpeaker : nil)
                found += pieces.map { Found(text: $0, speaker: speaker) }
            }
        }
        return found
    }
}
