import ArgumentParser

/// How the spoken script is written.
struct ScriptOptions: ParsableArguments {
    @Option(
        name: .customLong("summary-sentences"),
        help: "Sentences in the summary when the article has no standfirst (1-3)."
    )
    var summarySentences: Int = 2

    func validate() throws {
        guard (1...3).contains(summarySentences) else {
            throw ValidationError("--summary-sentences must be 1, 2 or 3")
        }
    }
}
