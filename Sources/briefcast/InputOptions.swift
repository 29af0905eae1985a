import ArgumentParser
import ArticleReading

/// The article to read and, optionally, what kind of input it is.
struct InputOptions: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "The article: a text paste, a saved HTML page or a Markdown file; - reads standard input.",
            valueName: "input"
        )
    )
    var input: String

    @Option(
        name: .customLong("input-format"),
        help: "html, markdown or text (default: detected from the content)."
    )
    var format: InputFormat?
}

extension InputFormat: ExpressibleByArgument {}
