import Foundation

/// Work started on a thread of its own now, its result waited for later: what a command needs
/// beside its main line of work (the voices, while the article is read and its script written).
final class Background<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Value, any Error>?

    init(_ work: @escaping @Sendable () throws -> Value) {
        let thread = Thread { [self] in
            result = Result { try work() }
            done.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// The work's value, or its error, once it is done.
    func value() throws -> Value {
        done.wait()
        done.signal()
        return try result!.get()
    }
}
