import Glibc

/// Where the command history lives between runs.
///
/// The XDG Base Directory spec names history as its example of *state*: worth keeping
/// across restarts, not worth backing up. So `$XDG_STATE_HOME/kubetutor/history`, falling
/// back to `~/.local/state/kubetutor/history`.
public enum HistoryLocation {
    /// `nil` when neither variable gives an absolute path; the shell then keeps history
    /// for this run only. The spec says relative `XDG_*` values must be ignored.
    public static func file(environment: (String) -> String?) -> String? {
        if let state = environment("XDG_STATE_HOME"), state.hasPrefix("/") {
            return trimmingTrailingSlashes(state) + "/kubetutor/history"
        }
        if let home = environment("HOME"), home.hasPrefix("/") {
            return trimmingTrailingSlashes(home) + "/.local/state/kubetutor/history"
        }
        return nil
    }

    /// Creates the folders above `file` (like `mkdir -p`), private to the user as the spec
    /// asks. Returns the errno of the first failure, or `nil` when the folder exists.
    static func createDirectory(containing file: String) -> Int32? {
        let components = file.split(separator: "/").dropLast()
        var path = ""
        for component in components {
            path += "/" + component
            if mkdir(path, 0o700) != 0 && errno != EEXIST { return errno }
        }
        return nil
    }

    private static func trimmingTrailingSlashes(_ path: String) -> String {
        var path = Substring(path)
        while path.hasSuffix("/") { path = path.dropLast() }
        return String(path)
    }
}
