import Foundation

/// The `briefcast` executable that `swift test` built beside the test bundle.
public enum BriefcastBinary {
    public static let url: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [
            beside.appendingPathComponent("briefcast"),
            beside.deletingLastPathComponent().appendingPathComponent("briefcast"),
            Fixtures.packageRoot.appendingPathComponent(".build/debug/briefcast"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    /// The environment a test run gets: the repository's voices, and a config folder of its own
    /// so the developer's `~/.config/briefcast/config.yml` is never read.
    public static var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["BRIEFCAST_VOICES"] = Fixtures.packageRoot.appendingPathComponent("Voices").path
        environment["XDG_CONFIG_HOME"] = TestFolder.root.appendingPathComponent("no-config").path
        // Nor the developer's segment cache: each test run gets one of its own.
        environment["XDG_CACHE_HOME"] = TestFolder.root.appendingPathComponent("cache").path
        return environment
    }

    /// Runs `briefcast` with `arguments` in `directory`, with the repository's voices.
    public static func run(
        _ arguments: [String],
        in directory: URL? = nil,
        path: String? = nil,
        input: Data? = nil
    ) throws -> Command.Output {
        var environment = environment
        if let path { environment["PATH"] = path }
        return try Command.run(url.path, arguments, environment: environment, directory: directory, input: input)
    }
}
