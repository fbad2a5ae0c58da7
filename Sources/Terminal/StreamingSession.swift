import Shell

/// A session that can keep printing after a command has returned, as `kubectl get -w`
/// does: the terminal keeps asking for what happened until the learner presses Ctrl-C.
public protocol StreamingSession: LineSession {
    /// True while something is streaming and the prompt should wait.
    var isWatching: Bool { get }
    /// What the session printed since the last call (rows of a watch, narration).
    func tick() -> String
    /// Ctrl-C ends the stream, as it ends kubectl's.
    func stopWatching()
}

extension Session: StreamingSession {}
