import Glibc

/// Every sentence the terminal layer itself says to the learner, worded in one place.
/// Each is a complete line for stderr.
public enum Diagnostics {
    /// kubectl's own wording for `kubectl apply -f missing.yaml`.
    static func pathDoesNotExist(_ path: String) -> String {
        "error: the path \"\(path)\" does not exist\n"
    }

    static func cannotRead(_ path: String, reason: String) -> String {
        "error: cannot read \"\(path)\": \(reason)\n"
    }

    static func historyUnavailable(file: String, reason: String) -> String {
        "warning: history will not be saved to \(file): \(reason)\n"
    }

    /// The C library's sentence for an errno, e.g. "Permission denied".
    static func describe(errno code: Int32) -> String {
        String(cString: strerror(code))
    }
}
