import ArgumentParser

/// How a command prints what it found: for reading, or for programs.
enum PrintFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
