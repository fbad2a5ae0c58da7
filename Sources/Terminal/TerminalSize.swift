import Glibc

/// How wide the learner's terminal is, for output that wraps or truncates (as kubectl
/// does for long columns). Read fresh on each call because the window can be resized.
public enum TerminalSize {
    /// The fallback when nothing says otherwise: what kubectl and most tools assume.
    public static let defaultColumns = 80

    public static func columns() -> Int {
        resolve(windowColumns: windowColumns(of: STDOUT_FILENO),
                environmentColumns: ProcessEnvironment.value("COLUMNS"))
    }

    /// The window's own size wins; `COLUMNS` covers pipes and terminals that report 0.
    static func resolve(windowColumns: Int?, environmentColumns: String?) -> Int {
        if let windowColumns, windowColumns > 0 { return windowColumns }
        if let text = environmentColumns, let columns = Int(text), columns > 0 { return columns }
        return defaultColumns
    }

    /// Rows of the window (24 when unknown), for a recording's header.
    public static func rows() -> Int {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return 24 }
        return Int(size.ws_row)
    }

    private static func windowColumns(of fd: Int32) -> Int? {
        var size = winsize()
        guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0 else { return nil }
        return Int(size.ws_col)
    }
}
