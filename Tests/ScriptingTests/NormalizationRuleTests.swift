import ArticleReading
@testable import Scripting
import Testing

/// The rules' patterns are compiled when a text first needs them, so a pattern that could not
/// compile would otherwise wait for the one text that reaches it.
@Suite struct NormalizationRuleTests {
    @Test("every normalisation rule's pattern compiles")
    func patternsCompile() {
        let rules = TextNormalizer.rules + TextNormalizer.wordRules
        #expect(rules.count > 50)
        #expect(rules.filter { !$0.pattern.compiles }.isEmpty)
    }
}
