import ArgumentParser
import Foundation
import Rendering

struct CacheCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cache",
        abstract: "Manage the cache of spoken segments.",
        discussion: """
            Rendering keeps every spoken segment in \(SegmentCache.defaultFolder().path) \
            ($XDG_CACHE_HOME/briefcast/segments), so a re-run on unchanged stories speaks nothing.
            """,
        subcommands: [Prune.self]
    )

    struct Prune: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove cached segments not used for a while (or all of them).")

        @Option(
            name: .customLong("older-than"), help: ArgumentHelp("Days without use (default 30).", valueName: "days"))
        var days = 30

        @Flag(help: "Remove every cached segment.")
        var all = false

        func run() throws {
            let cache = SegmentCache(folder: SegmentCache.defaultFolder())
            let removed = cache.prune(olderThan: all ? nil : days)
            let megabytes = String(format: "%.1f", Double(removed.bytes) / 1_048_576)
            print("\(cache.folder.path): removed \(removed.files) segments (\(megabytes) MB)")
        }
    }
}
