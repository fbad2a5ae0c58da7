import ClusterSim
import Kubectl
import KubeModel

/// Options a session starts with (`--nodes`, `--seed`).
public struct SessionOptions: Sendable, Equatable {
    public var nodes: Int
    public var seed: UInt64
    /// Interactive sessions let the simulated clock follow the wall clock; scripts never do.
    public var interactive: Bool
    /// Colours and width for pictures; plain unless the terminal layer says otherwise.
    public var style: Style
    public init(nodes: Int = 3, seed: UInt64 = 1, interactive: Bool = false, style: Style = .plain) {
        self.nodes = nodes; self.seed = seed; self.interactive = interactive; self.style = style
    }
}

/// The tutorial session: one simulated cluster and the commands typed at it.
public final class Session: LineSession {
    public let options: SessionOptions
    public private(set) var sim: Simulation
    public private(set) var kubectl: Kubectl
    let files: FileSource
    /// `explain on`: narrate every decision made while a command runs.
    var explain = false
    /// The interactive clock: a monotonic wall clock in seconds, how fast simulated time
    /// follows it, and whether it is paused. Scripts have no wall clock.
    let wallClock: (() -> Double)?
    var speed = 1.0
    var paused = false
    var lastWall: Double = 0

    public init(options: SessionOptions = SessionOptions(), files: FileSource = DiskFiles(),
                wallClock: (() -> Double)? = nil) {
        self.options = options
        self.files = files
        self.wallClock = wallClock
        self.lastWall = wallClock?() ?? 0
        self.sim = Simulation(nodes: options.nodes, seed: options.seed)
        self.kubectl = Kubectl(sim: sim, files: files)
    }

    public var prompt: String {
        let clock = sim.now.sinceEpochClock() + (paused ? " paused" : "")
        return "[\(clock)] kubetutor> "
    }

    /// Interactive only: simulated time catches up with the wall clock before each line, so
    /// a deleted pod is replaced "while you read", as in a real cluster.
    func catchUp() -> String {
        guard let wallClock else { return "" }
        let now = wallClock()
        defer { lastWall = now }
        guard !paused else { return "" }
        let millis = Millis(((now - lastWall) * speed * 1000).rounded(.down))
        guard millis > 0 else { return "" }
        return narrate(sim.advance(by: millis))
    }

    /// The decisions as prose lines when `explain` is on; empty otherwise.
    func narrate(_ decisions: [Decision]) -> String {
        guard explain else { return "" }
        return decisions.filter(\.notable).map { "[\($0.time.sinceEpochClock())] \(Prose.sentence(for: $0))\n" }.joined()
    }

    public func handle(line: String) -> LineResult {
        let before = catchUp()
        var result = dispatch(line: line)
        result.output = before + result.output
        return result
    }

    func dispatch(line: String) -> LineResult {
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
    }
}
