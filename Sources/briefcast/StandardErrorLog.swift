import Foundation
import Logging

/// swift-log lines on standard error, one per event: plain for information, "warning:" and
/// "error:" before problems.
struct StandardErrorLog: LogHandler {
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let prefix =
            switch event.level {
            case .warning: "warning: "
            case .error, .critical: "error: "
            default: ""
            }
        FileHandle.standardError.write(Data("briefcast: \(prefix)\(event.message)\n".utf8))
    }

    /// Everything with `--verbose`; the story-by-story account on a terminal; only problems
    /// when nobody is watching (cron).
    static func logger(verbose: Bool) -> Logger {
        let level: Logger.Level = verbose ? .debug : isatty(STDERR_FILENO) != 0 ? .info : .warning
        return Logger(label: "briefcast") { _ in StandardErrorLog(logLevel: level) }
    }
}
