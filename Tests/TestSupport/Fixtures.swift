import Foundation

/// Real files the tests read: the fixtures folder beside the test targets.
public enum Fixtures {
    /// `Tests/Fixtures`.
    public static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The repository root.
    public static let packageRoot = directory.deletingLastPathComponent().deletingLastPathComponent()

    public static func url(_ name: String) -> URL { directory.appendingPathComponent(name) }

    public static func path(_ name: String) -> String { url(name).path }

    public static func text(_ name: String) throws -> String {
        try String(contentsOf: url(name), encoding: .utf8)
    }
}
