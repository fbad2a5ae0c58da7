import KubeModel

/// Options a session starts with (`--nodes`, `--seed`).
public struct SessionOptions: Sendable, Equatable {
    public var nodes: Int
    public var seed: UInt64
    /// Interactive sessions let the simulated clock follow the wall clock; scripts never do.
    public var interactive: Bool
    public init(nodes: Int = 3, seed: UInt64 = 1, interactive: Bool = false) {
        self.nodes = nodes; self.seed = seed; self.interactive = interactive
    }
}

/// The tutorial session: one simulated cluster and the commands typed at it.
public final class Session: LineSession {
    public let options: SessionOptions

    public init(options: SessionOptions = SessionOptions()) {
        self.options = options
    }

    public var prompt: String { "kubetutor> " }

    public func handle(line: String) -> LineResult {
        let trimmed = line.trimmingSpaces
        if trimmed == "exit" || trimmed == "quit" { return LineResult(exit: true) }
        if trimmed.isEmpty { return LineResult() }
        return LineResult(errorOutput: "error: unknown command \"\(trimmed)\"\n", failed: true)
    }

    public func completions(before: String, word: String) -> [String] {
        ["kubectl", "exit", "help"].filter { $0.hasPrefix(word) && before.trimmingSpaces.isEmpty }
    }
}
