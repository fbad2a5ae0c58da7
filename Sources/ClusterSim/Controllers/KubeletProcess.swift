import KubeModel

/// What one started container does over its life, worked out once when it starts, from the
/// image catalogue and the container's command: what it prints and when, whether and when it
/// exits, which ports it answers on, which files it creates (for exec probes), and whether it
/// stops on SIGTERM. Nothing runs; the kubelet reads this plan as time passes.
public struct ProcessPlan: Hashable, Sendable {
    /// A timed line of output, `offset` milliseconds after the start.
    public struct Line: Hashable, Sendable {
        public var offset: Millis
        public var text: String
    }
    /// Lines a loop prints again and again: one round of `lines` (offsets within the round)
    /// every `period`, the first round starting at `firstOffset`.
    public struct Repeating: Hashable, Sendable {
        public var lines: [Line]
        public var period: Millis
        public var firstOffset: Millis
    }
    public struct FileChange: Hashable, Sendable {
        public var offset: Millis
        public var path: String
        public var exists: Bool
    }

    public var lines: [Line] = []
    public var repeating: Repeating? = nil
    /// When the process ends by itself and with which code; nil runs until stopped.
    public var exit: (after: Millis, code: Int)? {
        get { exitAfter.map { ($0, exitCode) } }
        set { exitAfter = newValue?.after; exitCode = newValue?.code ?? 0 }
    }
    var exitAfter: Millis? = nil
    var exitCode = 0
    public var servesPorts: [Int] = []
    /// False for a shell or `sleep` running as PID 1: with no handler installed, the kernel
    /// ignores SIGTERM for PID 1, so only SIGKILL at the end of the grace period stops it.
    public var handlesSIGTERM = true
    public var memoryBytes: Int64 = 0
    public var files: [FileChange] = []
    /// Set when the runtime cannot start the process at all (no such executable).
    public var startError: String? = nil
    /// `until nc -z HOST PORT; do sleep N; done`: a loop whose end depends on the cluster,
    /// not on the process. The kubelet checks the connection at each poll and ends the
    /// process (exit 0) at the first poll that reaches a ready endpoint.
    public var waitsFor: NetworkWait? = nil

    public struct NetworkWait: Hashable, Sendable {
        public var host: String
        public var port: Int
        /// The first check, after the start, and the time between checks (the loop's sleep).
        public var firstPoll: Millis
        public var period: Millis
    }

    public init() {}

    /// Whether `path` exists `at` milliseconds after the start.
    func fileExists(_ path: String, at offset: Millis) -> Bool {
        var exists = false
        for change in files where change.path == path && change.offset <= offset { exists = change.exists }
        return exists
    }

    /// The output printed in the first `elapsed` milliseconds, at most `limit` lines (the newest).
    func output(upTo elapsed: Millis, limit: Int = 10_000) -> [Line] {
        var out = lines.filter { $0.offset <= elapsed }
        if let r = repeating, r.period > 0, elapsed >= r.firstOffset {
            let rounds = min(Int64(limit), (elapsed - r.firstOffset) / r.period + 1)
            let first = max(0, (elapsed - r.firstOffset) / r.period + 1 - rounds)
            for k in first..<(first + rounds) {
                for line in r.lines where r.firstOffset + k * r.period + line.offset <= elapsed {
                    out.append(Line(offset: r.firstOffset + k * r.period + line.offset, text: line.text))
                }
            }
        }
        if out.count > limit { out.removeFirst(out.count - limit) }
        return out
    }
}

/// Turns an image and a container spec into a `ProcessPlan`.
enum ProcessPlanner {
    /// Server binaries that, named as the command of their own image, just run the server.
    static let serverBinaries: Set<String> = ["nginx", "redis-server", "docker-entrypoint.sh", "/docker-entrypoint.sh"]

    /// The plan a container instance keeps. A server run as its image says (the usual pod) has
    /// the image's one plan; any other plan is made for the instance.
    static func keptPlan(for container: Container, behaviour: ImageBehaviour, podName: String, start: Instant) -> Frozen<ProcessPlan> {
        if let serving = behaviour.servingPlan, runsServer(container) { return serving }
        return Frozen(plan(for: container, behaviour: behaviour, podName: podName, start: start))
    }

    /// Whether the container runs its image's server: no command, or the server binary itself.
    private static func runsServer(_ container: Container) -> Bool {
        let first = container.command.first ?? container.args.first
        guard let first else { return true }
        return serverBinaries.contains(first) || serverBinaries.contains(basename(first))
    }

    /// What a server image's process does when run as the image says: the same for every container.
    static func servingPlan(_ behaviour: ImageBehaviour) -> ProcessPlan? {
        guard case .serve(let ports) = behaviour.run else { return nil }
        var plan = ProcessPlan()
        plan.memoryBytes = behaviour.memoryBytes
        plan.lines = behaviour.startLines
        plan.servesPorts = ports
        return plan
    }

    static func plan(for container: Container, behaviour: ImageBehaviour, podName: String, start: Instant) -> ProcessPlan {
        var plan = ProcessPlan()
        plan.memoryBytes = behaviour.memoryBytes
        let argv = container.command.isEmpty ? container.args : container.command + container.args
        switch behaviour.run {
        case .exit(let code, let seconds):
            plan.lines = behaviour.startLines
            plan.exit = (.seconds(Int64(seconds)), code)
        case .serve:
            if runsServer(container), let serving = servingPlan(behaviour) {
                plan = serving
            } else {
                plan = ShellRunner.plan(argv: argv, env: environment(container, podName: podName), start: start, base: plan)
            }
        case .command:
            // busybox: no entrypoint, CMD ["sh"]; sh with no terminal reads EOF and exits 0.
            plan = ShellRunner.plan(argv: argv.isEmpty ? ["sh"] : argv, env: environment(container, podName: podName),
                                    start: start, base: plan)
        }
        return plan
    }

    static func environment(_ c: Container, podName: String) -> [String: String] {
        var env = ["HOSTNAME": podName, "HOME": "/root", "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]
        for e in c.env { env[e.name] = e.value ?? "" }
        return env
    }

    static func basename(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }

    /// The runtime's words when the executable does not exist (containerd 1.7 + runc).
    static func execNotFound(_ name: String) -> String {
        "failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: \"\(name)\": executable file not found in $PATH: unknown"
    }
}
