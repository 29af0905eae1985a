import Foundation
import Speech

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

extension VoicesFolder {
    /// The voices folder's own `lexicon` (when it has one) and the user's files, later ones
    /// winning; a user file that is not there is an error naming it.
    public static func lexicon(in folder: URL, adding files: [String]) throws -> Lexicon {
        let bundled = folder.appendingPathComponent("lexicon")
        for file in files where !FileManager.default.fileExists(atPath: file) {
            throw LexiconError.unreadable(path: file)
        }
        let own = FileManager.default.fileExists(atPath: bundled.path) ? [bundled] : []
        return try Lexicon.load(own + files.map { URL(fileURLWithPath: $0) })
    }
}
