import ClusterSim
import Kubectl
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
    public private(set) var sim: Simulation
    public private(set) var kubectl: Kubectl
    let files: FileSource

    public init(options: SessionOptions = SessionOptions(), files: FileSource = DiskFiles()) {
        self.options = options
        self.files = files
        self.sim = Simulation(nodes: options.nodes, seed: options.seed)
        self.kubectl = Kubectl(sim: sim, files: files)
        // `rollout status` may not block: interactive sessions report the present.
        self.kubectl.rolloutWatch = options.interactive ? .snapshot : .advanceClock
    }

    public var prompt: String { "[\(sim.now.sinceEpochClock())] kubetutor> " }

    public func handle(line: String) -> LineResult {
        let words: [String]
        do { words = try ShellWords.split(line) } catch {
            return LineResult(errorOutput: "error: unterminated quote in: \(line)\n", failed: true)
        }
        guard let first = words.first else { return LineResult() }
        let rest = Array(words.dropFirst())
        switch first {
        case "exit", "quit": return LineResult(exit: true)
        case "kubectl", "k":
            let r = kubectl.run(rest, line: line.trimmingSpaces)
            return LineResult(output: r.stdout, errorOutput: r.stderr, failed: r.exitCode != 0)
        default:
            if let command = SimCommand(rawValue: first) { return runSimCommand(command, rest) }
            let known = SimCommand.allCases.map(\.rawValue) + ["kubectl", "exit"]
            var message = "error: unknown command \"\(first)\""
            if let s = Suggest.closest(first, among: known) { message += " (did you mean \"\(s)\"?)" }
            return LineResult(errorOutput: message + "\n", failed: true)
        }
    }

    public func completions(before: String, word: String) -> [String] {
        let words = (try? ShellWords.split(before)) ?? []
        if words.isEmpty {
            return (SimCommand.allCases.map(\.rawValue) + ["kubectl", "exit"]).filter { $0.hasPrefix(word) }.sorted()
        }
        if words == ["kubectl"] || words == ["k"] { return Kubectl.verbs.filter { $0.hasPrefix(word) }.sorted() }
        return []
    }

    /// Starts over on a fresh cluster with the same options.
    func reset() {
        sim = Simulation(nodes: options.nodes, seed: options.seed)
        kubectl = Kubectl(sim: sim, files: files)
        kubectl.rolloutWatch = options.interactive ? .snapshot : .advanceClock
    }
}
