import ClusterSim
import KubeModel

/// Reads the files `-f` names. Injected so tests and lessons can hand in their own
/// files, and so a lesson can be kept inside its folder.
public protocol FileSource: Sendable {
    func read(_ path: String) throws(KubectlError) -> String
}

/// kubectl against the simulated cluster: a parsed command line in, kubectl's exact output
/// out. It holds no state of its own beyond the cluster it talks to.
public final class Kubectl {
    public let sim: Simulation
    public var files: FileSource
    /// The whole command line as typed, for `--record` and the user-action log.
    var commandLine = ""
    /// Whether `rollout status` lets simulated time run (scripts) or reports the present (interactive).
    public var rolloutWatch: RolloutWatchMode = .advanceClock

    public init(sim: Simulation, files: FileSource) {
        self.sim = sim
        self.files = files
    }

    /// The verbs, in the order `kubectl --help` lists the ones implemented here.
    public static let verbs = [
        "create", "expose", "run", "set", "get", "explain", "edit", "delete", "rollout", "scale",
        "cordon", "uncordon", "drain", "describe", "logs", "exec", "apply", "label", "annotate", "version",
        "api-resources",
    ]

    /// Runs `kubectl WORDS…` (the words after `kubectl`).
    public func run(_ words: [String], line: String? = nil) -> KubectlResult {
        commandLine = line ?? (["kubectl"] + words).joined(separator: " ")
        guard let verb = words.first else { return KubectlResult(stdout: Help.root) }
        let rest = Array(words.dropFirst())
        do {
            switch verb {
            case "get": return try get(rest)
            case "create": return try create(rest)
            case "run": return try runPod(rest)
            case "delete": return try delete(rest)
            case "scale": return try scale(rest)
            case "set": return try set(rest)
            case "rollout": return try rollout(rest)
            case "version": return KubectlResult(stdout: "Client Version: v1.32.4\nKustomize Version: v5.5.0\nServer Version: v1.32.0\n")
            case "help", "--help", "-h": return KubectlResult(stdout: Help.root)
            default:
                throw KubectlError.unknownCommand(verb, suggestion: Suggest.closest(verb, among: Self.verbs))
            }
        } catch let error as KubectlError {
            return .failure(error)
        } catch let error as APIError {
            return .failure(.server(error))
        } catch {
            return .failure(.message("\(error)"))
        }
    }

    var defaultNamespace: String { "default" }

    func namespace(_ args: Arguments) -> String { args.value("namespace") ?? defaultNamespace }
}

/// "Did you mean" by edit distance, as cobra suggests commands (distance ≤ 2 or a prefix).
public enum Suggest {
    public static func closest(_ word: String, among candidates: [String]) -> String? {
        var best: (String, Int)? = nil
        for c in candidates {
            let d = distance(word, c)
            if c.hasPrefix(word) && !word.isEmpty { return c }
            if d <= 2 && (best == nil || d < best!.1) { best = (c, d) }
        }
        return best?.0
    }

    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count)
        for i in 1...a.count {
            var cur = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            prev = cur
        }
        return prev[b.count]
    }
}
