import AudioFiles
import Foundation

/// Ctrl-C (SIGINT), `kill` (SIGTERM) and a closed terminal (SIGHUP) end a run cleanly: the
/// worker processes are stopped, every temporary file this process made is removed, and the
/// process then ends by the same signal, so the shell or cron sees the conventional status
/// (130 for SIGINT, 143 for SIGTERM). Finished files are never touched: each one was renamed
/// into place whole, or not at all.
public enum Interruption {
    public static let signals = [SIGINT, SIGTERM, SIGHUP]
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []
    private static let once = NSLock()

    /// Handles the signals from now on (a second call does nothing).
    public static func handle() {
        once.withLock {
            guard sources.isEmpty else { return }
            for number in signals {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { end(by: number) }
                source.resume()
                sources.append(source)
            }
        }
    }

    private static func end(by number: Int32) -> Never {
        WorkerProcess.stopAll()
        TemporaryFiles.shared.removeAll()
        signal(number, SIG_DFL)
        var only = sigset_t()
        sigemptyset(&only)
        sigaddset(&only, number)
        pthread_sigmask(SIG_UNBLOCK, &only, nil)
        raise(number)
        // Not reached: the default action ends the process.
        _exit(128 + number)
    }
}
