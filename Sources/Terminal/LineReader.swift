/// What one attempt to read a line produced.
public enum LineInput: Equatable, Sendable {
    /// A line the learner entered, without its newline.
    case line(String)
    /// Ctrl-C abandoned a half-typed line; the shell keeps going with a fresh prompt.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
}

/// Where the shell's lines come from. Two real sources exist — libedit on a terminal and
/// plain `readLine()` on a pipe — and they must never be mixed in one process, because
/// libedit reads the file descriptor directly while `readLine()` reads a buffered `FILE*`.
/// So one reader is chosen at start-up and kept.
@MainActor
public protocol LineReader: AnyObject {
    /// Reads the next line, showing `prompt` (plain text) if the reader shows prompts at all.
    func read(prompt: String) -> LineInput

    /// Waits between two updates of a stream (`kubectl get -w`). False means stop:
    /// the learner pressed Ctrl-C, or no one is there to press it.
    func waitWhileStreaming(milliseconds: Int32) -> Bool
}
