import ArgumentParser
import AudioFiles
import DailyBriefing
import Foundation

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented example config for `briefcast daily`.",
        discussion: "Default place: \(BriefingConfig.defaultLocationDescription). Prints the path written."
    )

    @Option(help: ArgumentHelp("Where to write it.", valueName: "file"))
    var config: String?

    @Flag(help: "Replace a config file that is already there.")
    var force = false

    func run() throws {
        let file = config.map { URL(fileURLWithPath: $0) } ?? BriefingConfig.defaultLocation()
        if FileManager.default.fileExists(atPath: file.path) && !force { throw ConfigError.exists(path: file.path) }
        do {
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw ConfigError.cannotWrite(path: file.path, reason: "its folder cannot be made")
        }
        try OutputFile.write(Data(ExampleConfig.text.utf8), to: file)
        print(file.path)
    }
}
