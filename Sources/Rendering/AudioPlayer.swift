import Foundation

/// A system program that plays a WAV file: the first of `paplay`, `aplay` and `ffplay` on PATH.
public struct AudioPlayer: Equatable, Sendable {
    public static let candidates: [(name: String, arguments: [String])] = [
        ("paplay", []), ("aplay", ["-q"]), ("ffplay", ["-nodisp", "-autoexit", "-loglevel", "error"]),
    ]

    public var executable: String
    public var arguments: [String]

    /// The first player found on `path` (a PATH-style list), or nil.
    public static func find(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> AudioPlayer? {
        let directories = (path ?? "").split(separator: ":").map(String.init)
        for candidate in candidates {
            for directory in directories {
                let executable = URL(fileURLWithPath: directory).appendingPathComponent(candidate.name).path
                if FileManager.default.isExecutableFile(atPath: executable) {
                    return AudioPlayer(executable: executable, arguments: candidate.arguments)
                }
            }
        }
        return nil
    }

    /// Plays `file` and waits until it ends.
    public func play(_ file: String) throws(PlaybackError) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments + [file]
        do {
            try process.run()
        } catch {
            throw .failed(player: executable, status: -1)
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw .failed(player: executable, status: process.terminationStatus)
        }
    }
}
