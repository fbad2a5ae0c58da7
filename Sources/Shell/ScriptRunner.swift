/// Script mode: one command a line, `#` comments, carry on after a failure.
public enum ScriptRunner {
    public struct Result: Sendable {
        public var output: String
        public var errorOutput: String
        public var failed: Bool
    }

    /// Runs `text` in a fresh session. With `echo`, everything (errors included) goes to
    /// `output` as a transcript: `$ COMMAND` then what it printed.
    public static func run(_ text: String, options: SessionOptions, echo: Bool) -> Result {
        let session = Session(options: options)
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
