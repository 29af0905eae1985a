/// How a `briefcast daily` run ended, as its exit status — for cron and scripts.
public enum DailyExitCode: Int32, CaseIterable, Sendable {
    /// A briefing was made from every source.
    case success = 0
    /// No briefing was made: every source failed, or rendering failed.
    case noBriefing = 1
    /// Nothing new since the last briefing; the briefing and feed are untouched.
    case nothingNew = 2
    /// A briefing was made, but some sources (or stories) could not be read.
    case someSourcesFailed = 3
    /// Another run holds the output folder's lock.
    case lockHeld = 4
    /// The config file (or an option) is wrong.
    case configError = 5

    public var meaning: String {
        switch self {
        case .success: "a briefing was made from every source"
        case .noBriefing: "no briefing made (every source failed, or rendering failed)"
        case .nothingNew: "nothing new since the last briefing; files untouched"
        case .someSourcesFailed: "a briefing was made, but some sources or stories could not be read"
        case .lockHeld: "another run is working on the output folder"
        case .configError: "the config file or an option is wrong"
        }
    }
}
