import Foundation
import Scripting
import TestSupport
import Testing

/// The English Golden Rules for sentence boundaries (pySBD, MIT), one test case per rule.
@Suite struct GoldenRulesTests {
    struct Case: Decodable, Sendable, CustomTestStringConvertible {
        var id: String
        var title: String
        var text: String
        var sentences: [String]
        var testDescription: String { "\(id): \(title)" }
    }

    static let cases: [Case] = {
        let lines = (try? Fixtures.text("golden-rules.jsonl"))?.split(separator: "\n") ?? []
        return lines.compactMap { try? JSONDecoder().decode(Case.self, from: Data($0.utf8)) }
    }()

    @Test("splits as the rule says", arguments: cases)
    func rule(_ rule: Case) {
        #expect(SentenceSplitter.sentences(in: rule.text) == rule.sentences)
    }

    @Test("every rule was loaded")
    func loaded() {
        #expect(Self.cases.count == 29)
    }
}
