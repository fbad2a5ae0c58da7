import Shell

/// The read–run–print loop, and nothing else: lines come from a `LineReader`, the
/// session decides what they mean, and its text goes to `TextOutput`. Which reader and
/// which session are chosen elsewhere, so tests can drive this loop with scripted ones.
@MainActor
public final class TerminalApp {
    private let session: any LineSession
    private let reader: any LineReader
    private let output: any TextOutput
    private let recorder: CastRecorder?

    public init(session: any LineSession, reader: any LineReader, output: any TextOutput, recorder: CastRecorder? = nil) {
        self.session = session
        self.reader = reader
        self.output = output
        self.recorder = recorder
    }

    private func show(_ text: String, _ channel: OutputChannel) {
        output.write(text, to: channel)
        recorder?.output(text)
    }

    /// Runs until the learner leaves (`exit`, Ctrl-D, end of piped input) and returns the
    /// exit status: 0, since leaving a tutorial is not a failure.
    public func run() -> Int32 {
        while true {
            let prompt = session.prompt
            switch reader.read(prompt: prompt) {
            case .endOfInput:
                return 0
            case .interrupted:
                recorder?.output(prompt + "^C\n")
                continue
            case .line(let line):
                recorder?.typed(prompt: prompt, line: line)
                let result = session.handle(line: line)
                show(result.output, .standardOutput)
                show(result.errorOutput, .standardError)
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
            show(streaming.tick(), .standardOutput)
        }
    }
}
