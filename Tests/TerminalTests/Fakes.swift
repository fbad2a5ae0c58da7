import Shell
import Terminal

/// Hands out prepared inputs, then end of input; remembers the prompts it was shown.
@MainActor
final class ScriptedReader: LineReader {
    private var inputs: [LineInput]
    private(set) var prompts: [String] = []

    init(_ inputs: [LineInput]) {
        self.inputs = inputs
    }

    func read(prompt: String) -> LineInput {
        prompts.append(prompt)
        return inputs.isEmpty ? .endOfInput : inputs.removeFirst()
    }
}

/// Everything written, in order, with the channel it went to.
@MainActor
final class RecordingOutput: TextOutput {
    private(set) var writes: [(OutputChannel, String)] = []

    func write(_ text: String, to channel: OutputChannel) {
        guard !text.isEmpty else { return }
        writes.append((channel, text))
    }

    func text(on channel: OutputChannel) -> String {
        writes.filter { $0.0 == channel }.map(\.1).joined()
    }
}

/// A session whose answers are obvious from the line: `say X` prints X, `fail X` prints X
/// on stderr, `exit` leaves.
final class EchoSession: LineSession {
    private(set) var handled: [String] = []
    var prompt: String { "test> " }

    func handle(line: String) -> LineResult {
        handled.append(line)
        if line == "exit" { return LineResult(exit: true) }
        if line.hasPrefix("fail ") { return LineResult(errorOutput: line.dropFirst(5) + "\n", failed: true) }
        return LineResult(output: line.dropFirst(4) + "\n")
    }

    func completions(before: String, word: String) -> [String] { [] }
}
