import Foundation

/// A segment the worker processes could not speak, twice: what happened, said of the file
/// being made ("…/briefing.wav: segment 7 (“The central library…”): the speech worker crashed
/// (signal 11, SIGSEGV), and again on a second try").
public struct WorkerFailure: LocalizedError, Equatable {
    public var message: String
    /// The output file the render was making, once the renderer knows it.
    public var destination: String?

    public var errorDescription: String? {
        destination.map { "\($0): \(message)" } ?? message
    }
}
