import Rendering
import Scripting

/// What a daily run did.
public enum DailyOutcome: Sendable {
    /// The briefing was rendered to `audio`; `failures` are the sources that could not be read.
    case made(Briefing, audio: RenderedAudio, failures: [SourceFailure])
    /// No story was new; nothing was written.
    case nothingNew(failures: [SourceFailure])
    /// `--dry-run`: the briefing's script, nothing written.
    case planned(Briefing, failures: [SourceFailure])

    public var exitCode: DailyExitCode {
        switch self {
        case .made(_, _, let failures), .planned(_, let failures):
            failures.isEmpty ? .success : .someSourcesFailed
        case .nothingNew: .nothingNew
        }
    }
}
