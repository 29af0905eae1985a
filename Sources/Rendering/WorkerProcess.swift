import Foundation

/// A child process started with `posix_spawn`, its standard input and output on pipes, waited
/// for with `waitpid` — without Foundation's `Process`, whose wait polls and costs some 50 ms.
/// Its handles are used from one thread each (a writer and a reader).
final class WorkerProcess: @unchecked Sendable {
    let pid: pid_t
    /// Writes to the child's standard input.
    let input: FileHandle
    /// Reads the child's standard output.
    let output: FileHandle

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
        // A worker that dies must not take this process with it when its input is written to:
        // writes to a closed pipe fail (EPIPE) instead of raising SIGPIPE here. The worker
        // itself gets the default back.
        signal(SIGPIPE, SIG_IGN)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        for descriptor in toChild + fromChild { posix_spawn_file_actions_addclose(&actions, descriptor) }
        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable.path, &actions, &attributes, argv, environ)
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

    /// Waits for the child to end; true when it exited with status 0.
    @discardableResult
    func wait() -> Bool {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // Exited normally (low 7 bits zero) with code 0.
        return status & 0x7F == 0 && (status >> 8) & 0xFF == 0
    }

    private static func failure(_ call: String, code: Int32 = errno) -> Error {
        CocoaError(
            .fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "\(call): \(String(cString: strerror(code)))"])
    }
}
