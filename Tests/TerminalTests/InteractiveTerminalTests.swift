import Glibc
import Testing

/// The built `kubetutor` on a real (pseudo-)terminal: what a learner sees.
struct InteractiveTerminalTests {
    /// `swift test` builds the executable next to the test bundle.
    static var executable: String {
        let bundle = CommandLine.arguments[0]
        let folder = bundle.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        return (folder.isEmpty ? "." : folder) + "/kubetutor"
    }

    @Test("Tab completes, Ctrl-C keeps the shell alive, Ctrl-D exits 0, history survives a restart",
          .timeLimit(.minutes(1)))
    func learnerAtATerminal() throws {
        try #require(access(Self.executable, X_OK) == 0, "no kubetutor binary at \(Self.executable)")
        let home = try ScratchDirectory()
        defer { home.remove() }
        let environment = ["HOME": home.path, "TERM": "xterm", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]

        let first = try PseudoTerminalProcess(executable: Self.executable, arguments: [], environment: environment)
        defer { first.finish() }
        try first.expect("kubetutor>")
        first.type("kub\t")
        try first.expect("ectl ")
        first.type("\r")
        try first.expect("kubetutor>")
        first.type("half")
        try first.expect("half")
        first.type("\u{3}")
        try first.expect("^C\r\n")
        try first.expect("kubetutor>")
        // Ctrl-C right behind a key, before libedit is back in read(): still a fresh prompt.
        first.type("x\u{3}")
        try first.expect("^C\r\n")
        try first.expect("kubetutor>")
        #expect(try Self.leave(first) == 0)

        // The completed line was saved, and Up brings it back in a new run.
        let historyFile = home.path + "/.local/state/kubetutor/history"
        #expect(access(historyFile, R_OK) == 0)
        let second = try PseudoTerminalProcess(executable: Self.executable, arguments: [], environment: environment)
        defer { second.finish() }
        try second.expect("kubetutor>")
        second.type("\u{1B}[A")
        try second.expect("kubectl")
        second.type("\u{15}")  // Ctrl-U empties the line, so Ctrl-D means "leave"
        #expect(try Self.leave(second) == 0)
    }

    /// Ctrl-D on an empty line. A key typed within milliseconds of a Ctrl-C can be flushed
    /// by the tty before libedit reads it, or a key meant for the old line can land on the
    /// new one (a person never types that fast), so each try empties the line with Ctrl-U
    /// first and the keys are sent again if the shell is still there a moment later.
    static func leave(_ process: PseudoTerminalProcess) throws -> Int32 {
        for _ in 0..<5 {
            process.type("\u{15}\u{4}")
            if let status = try? process.waitForExit(within: .seconds(2)) { return status }
        }
        return try process.waitForExit()
    }
}
