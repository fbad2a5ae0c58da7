import Shell

/// Start-up for the default command: pick the reader once, build the session, run the loop.
public enum InteractiveShell {
    @MainActor
    public static func run(options: SessionOptions) -> Int32 {
        let output = StandardStreams()
        let onTerminal = ProcessEnvironment.isInteractiveTerminal
        var options = options
        // Piped input is a script in all but name: keep its output reproducible.
        options.interactive = onTerminal
        let session = Session(options: options)
        let reader: any LineReader
        if onTerminal {
            reader = LibEditReader(
                historyFile: HistoryLocation.file(environment: ProcessEnvironment.value),
                style: Style.detect(stdoutIsTerminal: true, environment: ProcessEnvironment.value),
                completer: { before, word in session.completions(before: before, word: word) },
                warn: { output.write($0, to: .standardError) })
        } else {
            reader = PlainReader()
        }
        return TerminalApp(session: session, reader: reader, output: output).run()
    }
}
