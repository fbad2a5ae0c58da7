import Shell

/// Start-up for the default command: pick the reader once, build the session, run the loop.
public enum InteractiveShell {
    @MainActor
    public static func run(options: SessionOptions) -> Int32 {
        let output = StandardStreams()
        let onTerminal = ProcessEnvironment.isInteractiveTerminal
        let colour = ANSIStyle.detect(stdoutIsTerminal: onTerminal, environment: ProcessEnvironment.value)
        var options = options
        // Piped input is a script in all but name: no wall clock, so its output is reproducible.
        options.interactive = onTerminal
        options.style = Style(colour: colour.enabled, width: TerminalSize.columns())
        let wallClock: (() -> Double)? = onTerminal ? { MonotonicClock.seconds() } : nil
        let session = Session(options: options, wallClock: wallClock)
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
        return TerminalApp(session: session, reader: reader, output: output).run()
    }
}
