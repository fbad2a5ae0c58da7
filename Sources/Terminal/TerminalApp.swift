import Shell

/// The read–run–print loop, and nothing else: lines come from a `LineReader`, the
/// session decides what they mean, and its text goes to `TextOutput`. Which reader and
/// which session are chosen elsewhere, so tests can drive this loop with scripted ones.
@MainActor
public final class TerminalApp {
    private let session: any LineSession
    private let reader: any LineReader
    private let output: any TextOutput

    public init(session: any LineSession, reader: any LineReader, output: any TextOutput) {
        self.session = session
        self.reader = reader
        self.output = output
    }

    /// Runs until the learner leaves (`exit`, Ctrl-D, end of piped input) and returns the
    /// exit status: 0, since leaving a tutorial is not a failure.
    public func run() -> Int32 {
        while true {
            switch reader.read(prompt: session.prompt) {
            case .endOfInput:
                return 0
            case .interrupted:
                continue
            case .line(let line):
                let result = session.handle(line: line)
                output.write(result.output, to: .standardOutput)
                output.write(result.errorOutput, to: .standardError)
                if result.exit { return 0 }
                streamIfWatching()
            }
        }
    }

    /// How often a stream is brought up to date: often enough that rows appear as things
    /// happen, rarely enough to cost nothing.
    static let streamIntervalMilliseconds: Int32 = 200

    /// After `kubectl get -w` the prompt waits, printing rows as the cluster changes, until
    /// Ctrl-C.
    private func streamIfWatching() {
        guard let streaming = session as? any StreamingSession else { return }
        while streaming.isWatching {
            guard reader.waitWhileStreaming(milliseconds: Self.streamIntervalMilliseconds) else {
                streaming.stopWatching()
                return
            }
            output.write(streaming.tick(), to: .standardOutput)
        }
    }
}
