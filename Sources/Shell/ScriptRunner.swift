/// Script mode: one command a line, `#` comments, carry on after a failure.
public enum ScriptRunner {
    public struct Result: Sendable {
        public var output: String
        public var errorOutput: String
        public var failed: Bool
    }

    /// Runs `text` in a fresh session. With `echo`, everything (errors included) goes to
    /// `output` as a transcript: `$ COMMAND` then what it printed.
    ///
    /// With `keepSession`, the session is never freed: a process about to exit leaves that to
    /// the system, which takes it back at once, where releasing a 150,000-pod cluster object by
    /// object takes most of a second.
    public static func run(_ text: String, options: SessionOptions, echo: Bool, keepSession: Bool = false) -> Result {
        let session = Session(options: options)
        if keepSession { _ = Unmanaged.passRetained(session) }
        var out = "", err = "", failed = false
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw).trimmingSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            if echo { out += "$ \(line)\n" }
            let r = session.handle(line: line)
            out += r.output
            if echo { out += r.errorOutput } else { err += r.errorOutput }
            if r.failed { failed = true }
            if r.exit { break }
        }
        return Result(output: out, errorOutput: err, failed: failed)
    }
}
