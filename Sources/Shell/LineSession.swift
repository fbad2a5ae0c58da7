/// What a line reader drives: one line in, text out, plus what the prompt and Tab
/// completion need. The terminal layer (libedit or a plain pipe reader) talks only to this.
public protocol LineSession: AnyObject {
    /// The prompt to show before the next line (plain text, no escape codes).
    var prompt: String { get }
    /// Runs one line the learner typed. Output is already newline-terminated.
    func handle(line: String) -> LineResult
    /// Completion candidates for `word`, given everything before it on the line.
    func completions(before: String, word: String) -> [String]
}

public struct LineResult: Sendable, Equatable {
    public var output: String
    public var errorOutput: String
    /// Set when the learner asked to leave (`exit`, `quit`).
    public var exit: Bool
    /// The command failed (kubectl would exit 1). Warnings on stderr do not make a failure.
    public var failed: Bool
    public init(output: String = "", errorOutput: String = "", exit: Bool = false, failed: Bool = false) {
        self.output = output; self.errorOutput = errorOutput; self.exit = exit; self.failed = failed
    }
}
