import Foundation

/// A one-line bar on a terminal's standard error, redrawn in place: `Speaking [#####     ] 48%`.
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let width = 30
    private var shown = -1

    init(label: String) {
        self.label = label
    }

    /// Only on a terminal.
    static func onTerminal(label: String) -> ProgressBar? {
        isatty(STDERR_FILENO) != 0 ? ProgressBar(label: label) : nil
    }

    func update(_ done: Int, of total: Int) {
        let percent = total == 0 ? 100 : done * 100 / total
        guard percent != shown else { return }
        shown = percent
        let filled = width * percent / 100
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) [\(bar)] \(percent)%".utf8))
        if done >= total { finish() }
    }

    /// Clears the line.
    func finish() {
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
