import Foundation

/// A child process started with `posix_spawn`, its standard input and output on pipes, waited
/// for with `waitpid` — without Foundation's `Process`, whose wait polls and costs some 50 ms.
/// Its input is written from one thread and its output read from another. Every running child
/// is listed, so an interrupted run can stop them all (``stopAll()``) and leave none behind.
final class WorkerProcess: @unchecked Sendable {
    let pid: pid_t
    /// Writes to the child's standard input.
    let input: FileHandle
    /// Reads the child's standard output.
    let output: FileHandle
    /// Guards `ending`: a child is reaped, and killed, only while holding it, so a kill never
    /// reaches a process that took a reaped child's pid.
    private let lock = NSLock()
    private var ending: Ending?
    /// Output read but not yet returned as a line.
    private var unread = Data()
    /// The child's first line, once read; guarded by `greetingLock`.
    private var greeting: Read?
    private let greetingLock = NSLock()

    /// How a child ended.
    enum Ending: Equatable, CustomStringConvertible {
        case exited(Int32)
        case signalled(Int32)

        var succeeded: Bool { self == .exited(0) }

        var description: String {
            switch self {
            case .exited(let code): "exited with status \(code)"
            case .signalled(let number): "crashed (signal \(number)\(Self.names[number].map { ", \($0)" } ?? ""))"
            }
        }

        static let names: [Int32: String] = [
            SIGSEGV: "SIGSEGV", SIGABRT: "SIGABRT", SIGBUS: "SIGBUS", SIGILL: "SIGILL", SIGFPE: "SIGFPE",
            SIGKILL: "SIGKILL", SIGTERM: "SIGTERM", SIGTRAP: "SIGTRAP",
        ]
    }

    /// What reading a line of output found.
    enum Read {
        case line(Data)
        /// The child closed its output (it ended).
        case closed
        /// Nothing within the time allowed.
        case timedOut
    }

    /// What reading samples found.
    enum SampleRead {
        case samples([Int16])
        case closed
        case timedOut
    }

    /// Linux's `F_SETPIPE_SZ`, which Glibc's Swift module leaves out (a macro).
    private static let setPipeSize: Int32 = 1031

    private static let running = NSLock()
    nonisolated(unsafe) private static var children: Set<pid_t> = []

    init(executable: URL, arguments: [String]) throws {
        var toChild: [Int32] = [0, 0]
        var fromChild: [Int32] = [0, 0]
        // Close-on-exec: a second worker must not hold the first one's pipes open.
        guard pipe(&toChild) == 0 else { throw Self.failure("pipe") }
        guard pipe(&fromChild) == 0 else {
            close(toChild[0])
            close(toChild[1])
            throw Self.failure("pipe")
        }
        for descriptor in toChild + fromChild { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        // Samples come back through the pipe: a megabyte of room (not 64 KiB) lets a worker
        // hand over a segment in a few writes.
        _ = fcntl(fromChild[0], Self.setPipeSize, 1 << 20)
        // A worker that dies must not take this process with it when its input is written to:
        // writes to a closed pipe fail (EPIPE) instead of raising SIGPIPE here. The worker gets
        // the default back, as it does for the signals an interrupted run handles.
        signal(SIGPIPE, SIG_IGN)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for number in [SIGPIPE, SIGINT, SIGTERM, SIGHUP] { sigaddset(&defaults, number) }
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        for descriptor in toChild + fromChild { posix_spawn_file_actions_addclose(&actions, descriptor) }
        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let status = Self.running.withLock {
            let status = posix_spawn(&pid, executable.path, &actions, &attributes, argv, environ)
            if status == 0 { Self.children.insert(pid) }
            return status
        }
        close(toChild[0])
        close(fromChild[1])
        guard status == 0 else {
            close(toChild[1])
            close(fromChild[0])
            throw Self.failure("posix_spawn", code: status)
        }
        self.pid = pid
        input = FileHandle(fileDescriptor: toChild[1], closeOnDealloc: true)
        output = FileHandle(fileDescriptor: fromChild[0], closeOnDealloc: true)
    }

    /// The child's first line, read by whichever thread asks first (waiting at most `seconds`)
    /// and kept for the others; ask before reading any other line.
    func firstLine(within seconds: Double) -> Read {
        greetingLock.withLock {
            if let greeting { return greeting }
            let read = readLine(within: seconds)
            greeting = read
            return read
        }
    }

    /// The next line the child writes, waiting at most `seconds`.
    func readLine(within seconds: Double) -> Read {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            if let newline = unread.firstIndex(of: 0x0A) {
                let line = Data(unread[unread.startIndex..<newline])
                unread = Data(unread[(newline + 1)...])
                return .line(line)
            }
            switch waitForOutput(until: deadline) {
            case .readable: break
            case .closed: return .closed
            case .timedOut: return .timedOut
            }
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let count = read(output.fileDescriptor, &chunk, chunk.count)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return .closed }
            unread.append(contentsOf: chunk[..<count])
        }
    }

    /// The next `count` samples the child writes, waiting at most `seconds` for each part.
    func readSamples(_ count: Int, within seconds: Double) -> SampleRead {
        var ending: SampleRead?
        // Read straight into the array's fresh memory: zeroing it first cost as much again.
        let samples = [Int16](unsafeUninitializedCapacity: count) { buffer, initialized in
            let bytes = UnsafeMutableRawBufferPointer(buffer)
            var filled = min(unread.count, bytes.count)
            bytes.copyBytes(from: unread.prefix(filled))
            unread = Data(unread.dropFirst(filled))
            var deadline = Date().addingTimeInterval(seconds)
            while filled < bytes.count {
                switch waitForOutput(until: deadline) {
                case .readable: break
                case .closed: ending = .closed
                case .timedOut: ending = .timedOut
                }
                if ending != nil { return }
                let count = read(output.fileDescriptor, bytes.baseAddress! + filled, bytes.count - filled)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else {
                    ending = .closed
                    return
                }
                filled += count
                // A worker still sending is a worker still alive.
                deadline = Date().addingTimeInterval(seconds)
            }
            initialized = count
        }
        return ending ?? .samples(samples)
    }

    private enum Waited {
        case readable
        case closed
        case timedOut
    }

    /// Waits until the child's output has something to read, or is closed, or `deadline` passes.
    private func waitForOutput(until deadline: Date) -> Waited {
        while true {
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { return .timedOut }
            var watch = pollfd(fd: output.fileDescriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&watch, 1, Int32(min(left * 1000, Double(Int32.max)).rounded(.up)))
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else { return ready == 0 ? .timedOut : .closed }
            return .readable
        }
    }

    /// Waits for the child to end (from any number of threads; each gets the same answer).
    @discardableResult
    func wait() -> Ending {
        // Waits without reaping, so the pid stays this child's until it is reaped below.
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) == -1 && errno == EINTR {}
        return lock.withLock {
            if let ending { return ending }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            Self.running.withLock { _ = Self.children.remove(pid) }
            // Exited (low 7 bits zero) with the code in the next byte, else killed by a signal.
            let ended: Ending = status & 0x7F == 0 ? .exited((status >> 8) & 0xFF) : .signalled(status & 0x7F)
            ending = ended
            return ended
        }
    }

    /// Stops the child at once and waits for it.
    @discardableResult
    func stop() -> Ending {
        lock.withLock {
            if ending == nil { kill(pid, SIGKILL) }
        }
        return wait()
    }

    /// Stops every running child of this process, for an interrupted run; waits for none of
    /// them (the interrupted process ends next, and its children are reaped by init).
    static func stopAll() {
        for pid in running.withLock({ children }) { kill(pid, SIGKILL) }
    }

    private static func failure(_ call: String, code: Int32 = errno) -> Error {
        CocoaError(
            .fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "\(call): \(String(cString: strerror(code)))"])
    }
}
