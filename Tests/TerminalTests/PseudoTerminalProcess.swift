import Glibc

/// Runs a program on a fresh pseudo-terminal, in a session of its own, and lets a test
/// type at it and wait for what it draws — like `expect`.
///
/// Why not Foundation's `Process`: it makes the child a process-group leader, so the
/// child cannot call `setsid`, and it passes on the test runner's blocked signals, so a
/// stuck child ignores SIGTERM. Here `posix_spawn` starts the child in a new session
/// with default signal handling; opening the terminal there makes it the controlling
/// terminal, so a typed Ctrl-C really raises SIGINT — and libedit's `kill(0, SIGINT)`
/// reaches only the child, never the test runner.
///
/// Every wait has a deadline, and `finish()` always kills and reaps the child, so a
/// misbehaving program fails the test instead of hanging it.
final class PseudoTerminalProcess {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let master: Int32
    private let pid: pid_t
    private var exitStatus: Int32?
    /// Everything the program has drawn so far.
    private(set) var transcript: [UInt8] = []
    /// How far `expect` has matched; later expectations look only after this.
    private var cursor = 0

    init(executable: String, arguments: [String], environment: [String: String]) throws {
        var master: Int32 = 0, slave: Int32 = 0
        var size = winsize(ws_row: 24, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else {
            throw Failure(description: "openpty failed: errno \(errno)")
        }
        defer { close(slave) }
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        let slaveName = String(cString: ttyname(slave))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, slaveName, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        posix_spawn_file_actions_addclose(&actions, slave)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        let setsid: Int32 = 0x80  // POSIX_SPAWN_SETSID, which Glibc's module does not export
        posix_spawnattr_setflags(&attributes, Int16(setsid | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard result == 0 else {
            close(master)
            throw Failure(description: "cannot start \(executable): \(String(cString: strerror(result)))")
        }
        self.master = master
        self.pid = pid
    }

    /// Types `keys` as if on a keyboard (use "\r" for Enter, "\u{3}" for Ctrl-C).
    func type(_ keys: String) {
        var keys = keys
        keys.withUTF8 { bytes in _ = write(master, bytes.baseAddress, bytes.count) }
    }

    /// Waits until `text` appears after what earlier expectations matched.
    func expect(_ text: String, within timeout: Duration = .seconds(10)) throws {
        let wanted = Array(text.utf8)
        let deadline = ContinuousClock.now + timeout
        while true {
            if let end = match(wanted) {
                cursor = end
                return
            }
            guard ContinuousClock.now < deadline, readAvailable(waitingMilliseconds: 50) else {
                throw Failure(description: "expected \(text.debugDescription); the screen showed \(String(decoding: transcript, as: UTF8.self).debugDescription)")
            }
        }
    }

    /// Waits for the program to exit on its own and returns its exit code (or 128+signal).
    func waitForExit(within timeout: Duration = .seconds(10)) throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while exitStatus == nil {
            reap(options: WNOHANG)
            if exitStatus != nil { break }
            guard ContinuousClock.now < deadline else {
                throw Failure(description: "the program did not exit; the screen showed \(String(decoding: transcript, as: UTF8.self).debugDescription)")
            }
            _ = readAvailable(waitingMilliseconds: 20)
        }
        return exitStatus!
    }

    /// Kills the program if it is still running, reaps it and closes the terminal.
    func finish() {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            reap(options: 0)
        }
        close(master)
    }

    private func match(_ wanted: [UInt8]) -> Int? {
        guard transcript.count - cursor >= wanted.count else { return nil }
        for start in cursor...(transcript.count - wanted.count)
        where transcript[start..<(start + wanted.count)].elementsEqual(wanted) {
            return start + wanted.count
        }
        return nil
    }

    /// Reads whatever the program has drawn. False once the terminal is closed for good.
    private func readAvailable(waitingMilliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, waitingMilliseconds)
        if ready < 0 { return errno == EINTR }
        if ready == 0 { return true }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if count > 0 {
            transcript += buffer[..<count]
            return true
        }
        // EIO: every process holding the terminal has gone.
        return count < 0 && errno == EINTR
    }

    private func reap(options: Int32) {
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, options)
            if result == pid { break }
            if result == 0 { return }
            if result < 0 && errno == EINTR { continue }
            return
        }
        // The wait-status layout WIFEXITED/WEXITSTATUS decode: low 7 bits hold the signal.
        let signal = status & 0x7F
        exitStatus = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}
