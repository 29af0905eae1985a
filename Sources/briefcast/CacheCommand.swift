import ArgumentParser
import Foundation
import Rendering

struct CacheCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cache",
        abstract: "Manage the caches of spoken segments and pages read.",
        discussion: """
            Rendering keeps every spoken segment in \(SegmentCache.defaultFolder().path) \
            ($XDG_CACHE_HOME/briefcast/segments) and every page it read in \
            \(ReadingCache.defaultFolder().path), so a re-run on unchanged stories reads and speaks \
            nothing again.
            """,
        subcommands: [Prune.self]
    )

    struct Prune: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove cached segments and pages not used for a while (or all of them).")

        @Option(
            name: .customLong("older-than"), help: ArgumentHelp("Days without use (default 30).", valueName: "days"))
        var days = 30

        @Flag(help: "Remove every cached segment and page.")
        var all = false

        func run() throws {
            let segments = SegmentCache(folder: SegmentCache.defaultFolder())
            report(segments.prune(olderThan: all ? nil : days), in: segments.folder, of: "segments")
            let readings = ReadingCache(folder: ReadingCache.defaultFolder())
            report(readings.prune(olderThan: all ? nil : days), in: readings.folder, of: "pages")
        }

        private func report(_ removed: (files: Int, bytes: Int), in folder: URL, of kind: String) {
            let megabytes = String(format: "%.1f", Double(removed.bytes) / 1_048_576)
            print("\(folder.path): removed \(removed.files) \(kind) (\(megabytes) MB)")
        }
    }
}
