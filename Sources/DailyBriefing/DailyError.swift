import Foundation

/// Why a daily run stopped without a briefing.
public enum DailyError: LocalizedError, Equatable {
    case lockHeld(path: String, pid: Int32?)
    case cannotLock(path: String, reason: String)
    /// Every source failed, or none was given.
    case noSources(hint: String)
    case allSourcesFailed(count: Int)

    public var errorDescription: String? {
        switch self {
        case .lockHeld(let path, let pid):
            "\(path): another briefcast run\(pid.map { " (process \($0))" } ?? "") is working on this folder; try again when it ends"
        case .cannotLock(let path, let reason): "\(path): cannot take the lock (\(reason))"
        case .noSources(let hint): "no sources to read: \(hint)"
        case .allSourcesFailed(let count):
            count == 1
                ? "the only source could not be read; no briefing made"
                : "none of the \(count) sources could be read; no briefing made"
        }
    }
}
