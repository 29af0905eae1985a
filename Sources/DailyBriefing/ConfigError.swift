import Foundation

/// Why a config file cannot be used; names the file and, where it can, the line and key.
public enum ConfigError: LocalizedError, Equatable {
    case missing(path: String)
    case unreadable(path: String, reason: String)
    /// Not YAML at all.
    case syntax(path: String, line: Int?, problem: String)
    /// A key with a value it cannot take, or a key that means nothing.
    case invalid(path: String, line: Int?, key: String, problem: String)
    case exists(path: String)
    case cannotWrite(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .missing(let path):
            "\(path): no such config file (run `briefcast init` to write one)"
        case .unreadable(let path, let reason): "\(path): cannot be read (\(reason))"
        case .syntax(let path, let line, let problem): "\(Self.place(path, line)): not valid YAML: \(problem)"
        case .invalid(let path, let line, let key, let problem): "\(Self.place(path, line)): \(key): \(problem)"
        case .cannotWrite(let path, let reason): "\(path): cannot be written (\(reason))"
        case .exists(let path): "\(path): a config file is already there (use --force to replace it)"
        }
    }

    private static func place(_ path: String, _ line: Int?) -> String {
        line.map { "\(path):\($0)" } ?? path
    }
}
