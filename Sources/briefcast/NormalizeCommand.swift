import ArgumentParser
import Foundation
import Scripting

struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Rewrite written text as it will be spoken: one line in, one line out.",
        discussion: """
            Reads standard input (or the TEXT arguments) and prints each line with dates, money, \
            times, measures, numbers, addresses and abbreviations spelled the way a newsreader says them.
            """
    )

    @Argument(help: "Text to normalise; without it, standard input is read line by line.")
    var text: [String] = []

    func run() throws {
        if !text.isEmpty {
            print(TextNormalizer.spoken(text.joined(separator: " ")))
            return
        }
        while let line = readLine(strippingNewline: true) {
            print(TextNormalizer.spoken(line))
        }
    }
}
