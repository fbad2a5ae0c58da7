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
        first.type("\u{4}")
        #expect(try first.waitForExit() == 0)

        // The completed line was saved, and Up brings it back in a new run.
        let historyFile = home.path + "/.local/state/kubetutor/history"
        #expect(access(historyFile, R_OK) == 0)
        let second = try PseudoTerminalProcess(executable: Self.executable, arguments: [], environment: environment)
        defer { second.finish() }
        try second.expect("kubetutor>")
        second.type("\u{1B}[A")
        try second.expect("kubectl")
        second.type("\u{15}")  // Ctrl-U empties the line, so Ctrl-D means "leave"
        second.type("\u{4}")
        #expect(try second.waitForExit() == 0)
    }
}
