/// Whether a quoted person is a woman or a man, as far as the article says ("she said",
/// "Mrs. Bush"), so they can be given a voice to match.
public enum Gender: String, Sendable, Hashable, CaseIterable {
    case female, male

    /// From a pronoun or a title: "she", "Mrs.", "Ms." → female; "he", "Mr." → male.
    static func from(_ word: some StringProtocol) -> Gender? {
        switch word.lowercased() {
        case "she", "her", "mrs.", "mrs", "ms.", "ms", "miss", "madam", "lady", "queen", "princess": .female
        case "he", "him", "his", "mr.", "mr", "sir", "lord", "king", "prince": .male
        default: nil
        }
    }
}
