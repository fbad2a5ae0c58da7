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
    /// Lessons: extra folders, instructor mode, where progress is saved (hook for LessonShell).
    public var lessons = LessonOptions()
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
    /// Watches started with `kubectl get -w`, printing through the next clock move.
    var watches: [Watch] = []
    /// The lesson machinery, created on first use (hook: see LessonShell.swift).
    var lessonState: LessonShell? = nil

    public init(options: SessionOptions = SessionOptions(), files: FileSource = DiskFiles(),
                wallClock: (() -> Double)? = nil) {
        self.options = options
        self.files = files
        self.wallClock = wallClock
        self.lastWall = wallClock?() ?? 0
        self.sim = Simulation(nodes: options.nodes, seed: options.seed)
        self.kubectl = Kubectl(sim: sim, files: files)
        // `rollout status` may not block: interactive sessions report the present.
        self.kubectl.rolloutWatch = options.interactive ? .snapshot : .advanceClock
    }

    public var prompt: String {
        let clock = sim.now.sinceEpochClock() + (paused ? " paused" : "")
        return lessonPromptPrefix + "[\(clock)] kubetutor> "  // hook: `[lesson-id 2/3] ` in a lesson
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
        return watching { LineResult(output: narrate(sim.advance(by: millis))) }.output
    }

    /// The decisions as prose lines when `explain` is on; empty otherwise.
    func narrate(_ decisions: [Decision]) -> String {
        guard explain else { return "" }
        return decisions.filter(\.notable).map { "[\($0.time.sinceEpochClock())] \(Prose.sentence(for: $0))\n" }.joined()
    }

    public func handle(line: String) -> LineResult {
        let before = catchUp()
        var result = dispatchWithLessons(line: line)  // hook: lessons see each line (LessonShell.swift)
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
            if rest.first == "get", let watchless = Self.withoutWatchFlag(rest) {
                return startWatch(watchless, line: line)
            }
            let r = kubectl.run(rest, line: line.trimmingSpaces)
            return LineResult(output: r.stdout, errorOutput: r.stderr, failed: r.exitCode != 0)
        default:
            if let command = SimCommand(rawValue: first) {
                if command == .advance || command == .settle || command == .step {
                    return watching { runSimCommand(command, rest) }
                }
                return runSimCommand(command, rest)
            }
            let known = SimCommand.allCases.map(\.rawValue) + ["kubectl", "exit"]
            var message = "error: unknown command \"\(first)\""
            if let s = Suggest.closest(first, among: known) { message += " (did you mean \"\(s)\"?)" }
            return LineResult(errorOutput: message + "\n", failed: true)
        }
    }

    public func completions(before: String, word: String) -> [String] {
        if let lesson = lessonCompletions(before: before, word: word) { return lesson }  // hook: lesson words
        return Completer(sim: sim, listDirectory: DiskFiles.list).candidates(before: before, word: word)
    }

    /// True while a `kubectl get -w` is streaming at the prompt; the terminal then calls
    /// `tick()` every fraction of a second until the learner presses Ctrl-C.
    public var isWatching: Bool { wallClock != nil && !watches.isEmpty }

    /// Lets the clock catch up with the wall clock and returns what that printed (watch rows,
    /// narration). The terminal calls it while a watch streams.
    public func tick() -> String { catchUp() }

    /// Ctrl-C during a watch: it ends, as kubectl's does.
    public func stopWatching() { watches = [] }

    /// The get command without `-w`/`--watch`, or nil when it has none.
    static func withoutWatchFlag(_ words: [String]) -> [String]? {
        let flags: Set<String> = ["-w", "--watch", "--watch=true"]
        guard words.contains(where: flags.contains) else { return nil }
        return words.filter { !flags.contains($0) }
    }

    func startWatch(_ words: [String], line: String) -> LineResult {
        let r = kubectl.run(words, line: line.trimmingSpaces)
        if r.exitCode == 0 { watches.append(Watch(words: words, table: r.stdout)) }
        let note = watches.isEmpty || r.exitCode != 0 ? "" : (wallClock == nil ? "" : "(watching: changes show as the clock moves)\n")
        return LineResult(output: r.stdout + note, errorOutput: r.stderr, failed: r.exitCode != 0)
    }

    /// Runs a clock-moving command with the watches looking at every decision, then ends
    /// them (in a script a watch covers the next advance, settle or step).
    func watching(_ body: () -> LineResult) -> LineResult {
        guard !watches.isEmpty else { return body() }
        let active = watches
        sim.onDecision = { [kubectl] _ in for w in active { w.observe(kubectl) } }
        var result = body()
        sim.onDecision = nil
        if wallClock == nil { watches = [] }
        result.output = active.map(\.output).joined() + result.output
        for w in active { w.output = "" }
        return result
    }

    /// Puts a lesson's cluster in place (hook for lessons: `sim` is settable only here).
    func installCluster(_ simulation: Simulation, files: FileSource) {
        sim = simulation
        kubectl = Kubectl(sim: simulation, files: files)
        watches = []
    }

    /// Starts over on a fresh cluster with the same options.
    func reset() {
        sim = Simulation(nodes: options.nodes, seed: options.seed)
        kubectl = Kubectl(sim: sim, files: files)
        kubectl.rolloutWatch = options.interactive ? .snapshot : .advanceClock
        watches = []
    }
}
