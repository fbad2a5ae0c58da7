/// Reads lines from a pipe or file: no prompt, no echo, no escape codes and no history,
/// so `printf 'kubectl get pods\nexit\n' | kubetutor` prints only what the commands print.
@MainActor
public final class PlainReader: LineReader {
    public init() {}

    public func read(prompt: String) -> LineInput {
        guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
        return .line(line)
    }

    /// Piped input has no Ctrl-C to end a stream, so never start one.
    public func waitWhileStreaming(milliseconds: Int32) -> Bool {
        false
    }
}
