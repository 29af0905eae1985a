import Foundation

/// Processes as /proc lists them: what the tests check about workers and leftovers.
public enum ProcessTable {
    public struct Entry: Equatable, Sendable {
        public var pid: pid_t
        /// The command name (the executable's or script's file name, at most 15 characters).
        public var name: String
        /// "R", "S", "Z" (a zombie, not yet waited for) and so on.
        public var state: String
        public var parent: pid_t
    }

    public static func entry(_ pid: pid_t) -> Entry? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")")
        else { return nil }
        let fields = stat[stat.index(close, offsetBy: 2)...].split(separator: " ")
        guard fields.count > 1, let parent = pid_t(fields[1]) else { return nil }
        return Entry(
            pid: pid, name: String(stat[stat.index(after: open)..<close]), state: String(fields[0]), parent: parent)
    }

    /// The children of `pid`, zombies included.
    public static func children(of pid: pid_t) -> [Entry] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { pid_t($0) }.compactMap(entry).filter { $0.parent == pid }
    }

    /// Whether `pid` is running (a zombie is not).
    public static func isAlive(_ pid: pid_t) -> Bool {
        entry(pid).map { $0.state != "Z" } ?? false
    }
}
