import Shell

/// Start-up for the default command: pick the reader once, build the session, run the loop.
public enum InteractiveShell {
    @MainActor
    public static func run(options: SessionOptions, recordPath: String? = nil) -> Int32 {
        let output = StandardStreams()
        let onTerminal = ProcessEnvironment.isInteractiveTerminal
        let colour = ANSIStyle.detect(stdoutIsTerminal: onTerminal, environment: ProcessEnvironment.value)
        var options = options
        // Piped input is a script in all but name: no wall clock, so its output is reproducible.
        options.interactive = onTerminal
        options.style = Style(colour: colour.enabled, width: TerminalSize.columns())
        let wallClock: (() -> Double)? = onTerminal ? { MonotonicClock.seconds() } : nil
        let session = Session(options: options, wallClock: wallClock)
        // Never freed: the process exits when the shell does, and the system takes a big
        // cluster back at once, where releasing it object by object takes most of a second.
        _ = Unmanaged.passRetained(session)
        let reader: any LineReader
        if onTerminal {
            reader = LibEditReader(
                historyFile: HistoryLocation.file(environment: ProcessEnvironment.value),
                style: colour,
                completer: { before, word in session.completions(before: before, word: word) },
                warn: { output.write($0, to: .standardError) })
        } else {
            reader = PlainReader()
        }
        var recorder: CastRecorder? = nil
        if let recordPath {
            do {
                recorder = try CastRecorder(path: recordPath, width: TerminalSize.columns(), height: TerminalSize.rows(),
                                            clock: { MonotonicClock.seconds() }, environment: ["TERM": ProcessEnvironment.value("TERM") ?? "xterm-256color", "SHELL": ProcessEnvironment.value("SHELL") ?? "/bin/sh"])
            } catch {
                output.write("\(error)\n", to: .standardError)
                return 1
            }
        }
        return TerminalApp(session: session, reader: reader, output: output, recorder: recorder).run()
    }
}
