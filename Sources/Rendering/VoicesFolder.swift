import Foundation

/// Finds the `Voices/` folder: an explicit path, then `$BRIEFCAST_VOICES`, then `./Voices`,
/// then a `Voices` folder above the executable (a build inside the repository), then
/// `/usr/local/share/briefcast/Voices`.
public enum VoicesFolder {
    public static let environmentVariable = "BRIEFCAST_VOICES"

    public static func locate(
        explicit: String?,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
        executable: URL = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
    ) -> URL {
        if let explicit { return URL(fileURLWithPath: explicit) }
        if let fromEnvironment = environment[environmentVariable], !fromEnvironment.isEmpty {
            return URL(fileURLWithPath: fromEnvironment)
        }
        var candidates = [workingDirectory.appendingPathComponent("Voices")]
        var ancestor = executable.deletingLastPathComponent()
        while ancestor.path != "/" && !ancestor.path.isEmpty {
            candidates.append(ancestor.appendingPathComponent("Voices"))
            ancestor = ancestor.deletingLastPathComponent()
        }
        candidates.append(URL(fileURLWithPath: "/usr/local/share/briefcast/Voices"))
        let found = candidates.first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("narrator.yml").path)
        }
        return found ?? candidates[0]
    }
}
