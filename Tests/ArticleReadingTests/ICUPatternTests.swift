import ArticleReading
import Testing

/// A pattern's capturing groups made groups that only group (what the page-furniture patterns
/// run as): the groups change, what the pattern matches does not.
@Suite struct ICUPatternTests {
    @Test(
        "capturing groups become (?:…); escaped and bracketed parentheses, named groups, look-arounds and flags stay",
        arguments: [
            (#"(a|b)c"#, #"(?:a|b)c"#),
            (#"((a)b)"#, #"(?:(?:a)b)"#),
            (#"\((x)\)"#, #"\((?:x)\)"#),
            (#"[^()\/]{1,40}"#, #"[^()\/]{1,40}"#),
            (#"[\](](z)"#, #"[\](](?:z)"#),
            (#"[[a-z]&&[^(]](y)"#, #"[[a-z]&&[^(]](?:y)"#),
            (#"(?i)(?<name>x)(?=y)(?<!z)(?:w)"#, #"(?i)(?<name>x)(?=y)(?<!z)(?:w)"#),
        ])
    func withoutCaptures(pattern: String, expected: String) {
        #expect(ICUPattern.withoutCaptures(pattern) == expected)
    }

    @Test("a pattern matches the same lines without its captures")
    func sameMatches() {
        let pattern = #"(?i)(share|post|send) (on|to|via|this) [\w ]{1,30}|\((getty images|ap photo[^)]*)\)"#
        let lines = [
            "Share on Facebook", "send this to a friend", "(Getty Images)", "(AP Photo/Jane Doe)", "Share it",
            "(Reuters)",
        ]
        let with = ICUPattern(whole: pattern)
        let without = ICUPattern(whole: ICUPattern.withoutCaptures(pattern))
        #expect(lines.map(without.matches) == lines.map(with.matches))
        #expect(lines.map(without.matches) == [true, true, true, true, false, false])
    }
}
