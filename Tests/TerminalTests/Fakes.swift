import Shell
import Terminal

/// Hands out prepared inputs, then end of input; remembers the prompts it was shown.
/// While a stream runs it lets `waitsBeforeInterrupt` updates through, then "presses" Ctrl-C.
@MainActor
final class ScriptedReader: LineReader {
    private var inputs: [LineInput]
    private(set) var prompts: [String] = []
    private var waitsBeforeInterrupt: Int
    private(set) var waits = 0

    init(_ inputs: [LineInput], waitsBeforeInterrupt: Int = 0) {
        self.inputs = inputs
        self.waitsBeforeInterrupt = waitsBeforeInterrupt
    }

    func read(prompt: String) -> LineInput {
        prompts.append(prompt)
        return inputs.isEmpty ? .endOfInput : inputs.removeFirst()
    }

    func waitWhileStreaming(milliseconds: Int32) -> Bool {
        waits += 1
        guard waitsBeforeInterrupt > 0 else { return false }
        waitsBeforeInterrupt -= 1
        return true
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

/// `watch` starts a stream that prints `tick N` on every update until it is stopped.
final class WatchingSession: StreamingSession {
    private(set) var isWatching = false
    private var ticks = 0
    var prompt: String { "test> " }

    func handle(line: String) -> LineResult {
        if line == "watch" { isWatching = true; return LineResult(output: "watching\n") }
        return LineResult(output: "ran \(line)\n")
    }

    func completions(before: String, word: String) -> [String] { [] }

    func tick() -> String {
        ticks += 1
        return "tick \(ticks)\n"
    }

    func stopWatching() { isWatching = false }
}
