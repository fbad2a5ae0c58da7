import Glibc

/// Environment look-ups as a plain function, so the code that interprets variables
/// (`XDG_STATE_HOME`, `NO_COLOR`, `COLUMNS`) can be tested with a dictionary instead.
public enum ProcessEnvironment {
    public static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// True when both ends the learner sees are a terminal. With stdout redirected libedit
    /// falls back to a mode with no prompt and a literal Tab, so both must be checked.
    public static var isInteractiveTerminal: Bool {
        isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    }
}
