@preconcurrency import CLibEdit
import Glibc

/// Line editing on a terminal through libedit's readline-compatible API: emacs keys,
/// history that survives restarts, Tab completion from the session, and Ctrl-C that
/// abandons the line rather than the tutorial.
///
/// libedit keeps all of this in process-wide state, so create one reader per process.
@MainActor
public final class LibEditReader: LineReader {
    /// Enough to find last week's commands; small enough to rewrite after every line.
    public static let historyLimit: Int32 = 1000

    private let historyFile: String?
    private let style: ANSIStyle

    /// `historyFile` nil keeps history for this run only. If its folder cannot be made,
    /// `warn` hears why and history stays in memory: it should not stop the lesson.
    public init(historyFile: String?, style: ANSIStyle, completer: @escaping CompletionSource,
                warn: (String) -> Void) {
        UTF8Locale.enable()
        // Set before libedit initialises: it applies `~/.editrc` lines prefixed with this name.
        rl_readline_name = UnsafeRawPointer(Self.programName.utf8Start).assumingMemoryBound(to: CChar.self)
        // Initialises libedit; every other rl_* call needs it first (some crash without it).
        using_history()
        stifle_history(Self.historyLimit)
        self.historyFile = historyFile.flatMap { file in
            if let error = HistoryLocation.createDirectory(containing: file) {
                warn(Diagnostics.historyUnavailable(file: file, reason: Diagnostics.describe(errno: error)))
                return nil
            }
            return file
        }
        self.style = style
        if let file = self.historyFile { read_history(file) }
        LibEditCompletion.install(completer)
        InterruptSignal.install()
    }

    public func read(prompt: String) -> LineInput {
        InterruptSignal.reset()
        guard let raw = readline(styled(prompt)) else {
            // NULL means end of input or an interrupted read(); libedit already echoed `^D`.
            let interrupted = InterruptSignal.consume()
            FileDescriptorWriter.writeAll(interrupted ? "^C\n" : "\n", to: STDOUT_FILENO)
            return interrupted ? .interrupted : .endOfInput
        }
        defer { free(raw) }
        // Ctrl-C during a read that still completed (see InterruptSignal): the learner
        // asked to abandon this line, so do not run it.
        if InterruptSignal.consume() {
            FileDescriptorWriter.writeAll("^C\n", to: STDOUT_FILENO)
            return .interrupted
        }
        let line = String(cString: raw)
        remember(line)
        return .line(line)
    }

    /// Sleeps in `poll`, which Ctrl-C cuts short (the handler has no `SA_RESTART`). The
    /// terminal is in its normal mode while a stream runs, so it has already echoed `^C`.
    public func waitWhileStreaming(milliseconds: Int32) -> Bool {
        if !InterruptSignal.consume() {
            _ = poll(nil, 0, milliseconds)
            if !InterruptSignal.consume() { return true }
        }
        FileDescriptorWriter.writeAll("\n", to: STDOUT_FILENO)
        return false
    }

    /// Saves the whole (stifled) history after every line, so nothing is lost if the
    /// terminal is closed instead of exited. The file is vis(3)-encoded, not plain lines.
    private func remember(_ line: String) {
        let trimmed = line.trimmingWhitespace
        guard !trimmed.isEmpty else { return }
        add_history(trimmed)
        if let historyFile { write_history(historyFile) }
    }

    /// The prompt's text in colour, its trailing space left plain so typed text starts unstyled.
    private func styled(_ prompt: String) -> String {
        let text = prompt.trimmingTrailingSpaces
        let padding = String(prompt.dropFirst(text.count))
        return style.applyInPrompt(text, .bold, .blue) + padding
    }

    private static let programName: StaticString = "kubetutor"
}
