import ClusterSim
import KubeModel

/// Reads the files `-f` names. Injected so tests and lessons can hand in their own
/// files, and so a lesson can be kept inside its folder.
public protocol FileSource: Sendable {
    func read(_ path: String) throws(KubectlError) -> String
    /// The names in `path` when it is a directory, nil when it is not one.
    func directoryEntries(_ path: String) -> [String]?
}

extension FileSource {
    public func directoryEntries(_ path: String) -> [String]? { nil }
}

/// Files held in memory, for tests and lessons: a path maps to its text; a directory is
/// any prefix of stored paths ending in `/`.
public struct MemoryFiles: FileSource {
    public var files: [String: String]
    public init(_ files: [String: String] = [:]) { self.files = files }

    public func read(_ path: String) throws(KubectlError) -> String {
        if let text = files[path] { return text }
        throw .message("the path \"\(path)\" does not exist")
    }

    public func directoryEntries(_ path: String) -> [String]? {
        let prefix = path.hasSuffix("/") ? path : path + "/"
        let names = files.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
        return names.isEmpty ? nil : Set(names.map { $0.split(separator: "/").first.map(String.init) ?? $0 }).sorted()
    }
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

    /// The verbs, in kubectl's registration order (the order cobra suggests them in).
    public static let verbs = [
        "create", "expose", "run", "set", "get", "delete", "rollout", "scale",
        "cordon", "uncordon", "drain", "describe", "logs", "exec", "apply", "label", "annotate",
        "api-resources", "version", "options",
    ]

    /// kubectl commands kubetutor does not run (yet): named honestly instead of "unknown".
    static let notImplemented: Set<String> = [
        "explain", "edit", "autoscale", "certificate", "cluster-info", "top", "taint", "attach",
        "port-forward", "proxy", "cp", "auth", "debug", "events", "diff", "patch", "replace", "wait",
        "kustomize", "completion", "api-versions", "config", "plugin", "alpha",
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
            case "expose": return try expose(rest)
            case "delete": return try delete(rest)
            case "apply": return try apply(rest)
            case "scale": return try scale(rest)
            case "set": return try set(rest)
            case "rollout": return try rollout(rest)
            case "describe": return try describe(rest)
            case "label": return try label(rest, annotate: false)
            case "annotate": return try label(rest, annotate: true)
            case "cordon": return try cordon(rest, unschedulable: true)
            case "uncordon": return try cordon(rest, unschedulable: false)
            case "drain": return try drain(rest)
            case "logs": return try logs(rest)
            case "exec": return try exec(rest)
            case "api-resources": return try apiResources(rest)
            case "version": return try version(rest)
            case "options": return KubectlResult(stdout: Help.options)
            case "help": return rest.first.map { help($0) } ?? KubectlResult(stdout: Help.root)
            case "--help", "-h": return KubectlResult(stdout: Help.root)
            default:
                if verb.hasPrefix("-") { return try globalFlagsFirst(words) }
                if Self.notImplemented.contains(verb) {
                    throw KubectlError.message("\"kubectl \(verb)\" is a real kubectl command, but kubetutor does not simulate it yet")
                }
                throw KubectlError.unknownCommandSuggesting(verb, parent: "kubectl", suggestions: Suggest.all(verb, among: Self.verbs))
            }
        } catch let error as KubectlError {
            return .failure(error)
        } catch let error as APIError {
            return .failure(.server(error))
        } catch {
            return .failure(.message("\(error)"))
        }
    }

    /// `kubectl -n dev get pods`: global flags may come before the verb.
    private func globalFlagsFirst(_ words: [String]) throws -> KubectlResult {
        var i = 0
        var moved: [String] = []
        while i < words.count, words[i].hasPrefix("-") {
            let w = words[i]
            moved.append(w)
            if (w == "-n" || w == "--namespace") && i + 1 < words.count { moved.append(words[i + 1]); i += 1 }
            else if w == "-h" || w == "--help" { return KubectlResult(stdout: Help.root) }
            else if !(w.hasPrefix("--namespace=") || (w.hasPrefix("-n") && w.count > 2)) {
                throw KubectlError.cobra("unknown flag: \(w.split(separator: "=").first.map(String.init) ?? w)", command: "").withoutEmptyCommand
            }
            i += 1
        }
        guard i < words.count else { return KubectlResult(stdout: Help.root) }
        return run([words[i]] + moved + Array(words[(i + 1)...]), line: commandLine)
    }

    var defaultNamespace: String { "default" }

    func namespace(_ args: Arguments) -> String { args.value("namespace") ?? defaultNamespace }
}

/// "Did you mean" by edit distance, as cobra suggests commands (distance ≤ 2 or a prefix).
public enum Suggest {
    /// Every candidate cobra would suggest, in the candidates' order
    /// (`command.go SuggestionsFor`: Levenshtein distance ≤ 2, or a prefix).
    public static func all(_ word: String, among candidates: [String]) -> [String] {
        let w = word.lowercased()
        return candidates.filter { c in
            distance(w, c.lowercased()) <= 2 || (!w.isEmpty && c.lowercased().hasPrefix(w))
        }
    }

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
