import Testing
import Terminal

struct ANSIStyleTests {
    @Test("colour only on a terminal without NO_COLOR or TERM=dumb", arguments: [
        (true, [:], true),
        (false, [:], false),
        (true, ["NO_COLOR": "1"], false),
        (true, ["NO_COLOR": ""], true),
        (true, ["TERM": "dumb"], false),
        (true, ["TERM": "xterm-256color"], true),
    ] as [(Bool, [String: String], Bool)])
    func detects(terminal: Bool, environment: [String: String], enabled: Bool) {
        #expect(ANSIStyle.detect(stdoutIsTerminal: terminal, environment: { environment[$0] }).enabled == enabled)
    }

    @Test func plainWhenDisabled() {
        #expect(ANSIStyle(enabled: false).apply("Running", .green) == "Running")
        #expect(ANSIStyle(enabled: false).applyInPrompt("kubetutor>", .bold) == "kubetutor>")
    }

    @Test func escapesWhenEnabled() {
        #expect(ANSIStyle(enabled: true).apply("Running", .bold, .green) == "\u{1B}[1;32mRunning\u{1B}[0m")
    }

    @Test("prompt escapes are marked as taking no columns")
    func promptEscapesAreMarked() {
        #expect(ANSIStyle(enabled: true).applyInPrompt("k>", .blue)
            == "\u{1}\u{1B}[34m\u{2}k>\u{1}\u{1B}[0m\u{2}")
    }
}
