import ClusterSim
import Kubectl
import KubeModel

/// Tab completion that knows the language: shell commands, kubectl verbs, resource types and
/// their short names, the flags of the verb typed so far, names of objects that exist now,
/// and files after `-f`.
struct Completer {
    let sim: Simulation
    /// Lists a directory for `-f` completion: (name, isDirectory) pairs.
    let listDirectory: (String) -> [(String, Bool)]

    static let shellWords = SimCommand.allCases.map(\.rawValue) + ["kubectl", "k", "exit"]

    func candidates(before: String, word: String) -> [String] {
        let words = (try? ShellWords.split(before)) ?? before.split(separator: " ").map(String.init)
        guard let first = words.first else { return match(Self.shellWords, word) }
        if first == "kubectl" || first == "k" { return kubectl(Array(words.dropFirst()), word) }
        switch first {
        case "why", "tree": return words.count == 1 ? objectPaths(word, kinds: [.pod, .deployment, .replicaSet, .node]) : []
        case "timeline": return words.count == 1 ? objectPaths(word, kinds: [.deployment]) : []
        case "explain": return words.count == 1 ? match(["on", "off"], word) : []
        case "node":
            if words.count == 1 { return match(["add", "crash", "recover"], word) }
            if words.count == 2, words[1] != "add" { return match(sim.state.sortedNodes.map(\.metadata.name), word) }
            return []
        case "help": return words.count == 1 ? match(Self.shellWords, word) : []
        default: return []
        }
    }

    func match(_ options: [String], _ word: String) -> [String] {
        Array(Set(options.filter { $0.hasPrefix(word) })).sorted()
    }

    func kubectl(_ words: [String], _ word: String) -> [String] {
        guard let verb = words.first else { return match(Kubectl.verbs, word) }
        let subs = Kubectl.subcommands(of: verb)
        let sub = words.count > 1 ? words[1] : nil
        // The value of the flag just typed.
        if let last = words.last, last.hasPrefix("-") && !last.contains("=") {
            switch last {
            case "-f", "--filename": return files(word)
            case "-o", "--output": return match(Kubectl.outputFormats, word)
            case "-n", "--namespace": return match(sim.state.namespaces.keys.sorted(), word)
            default: break
            }
        }
        if word.hasPrefix("--filename=") { return files(String(word.dropFirst(11))).map { "--filename=" + $0 } }
        if word.hasPrefix("-o=") || word.hasPrefix("--output=") {
            let prefix = word.hasPrefix("-o=") ? "-o=" : "--output="
            return match(Kubectl.outputFormats, String(word.dropFirst(prefix.count))).map { prefix + $0 }
        }
        if word.hasPrefix("-") {
            let flags = Kubectl.flags(forVerb: verb, sub: sub)
            let names = flags.map { "--" + $0.long + ($0.arity == .value ? "=" : "") }
            return match(names, word)
        }
        let positionals = words.dropFirst().filter { !$0.hasPrefix("-") }
        if !subs.isEmpty && positionals.isEmpty { return match(subs, word) }
        guard Kubectl.takesResource.contains(verb) else { return [] }
        let typeWords = subs.isEmpty ? Array(positionals) : Array(positionals.dropFirst())
        if typeWords.isEmpty {
            if word.contains("/") { return objectPaths(word, kinds: Kind.allCases) }
            // Plural names only: short names are for typing, and offering both `po` and
            // `pods` would stop `get po<Tab>` from completing.
            var types = ResourceType.all.map(\.plural)
            if verb == "get" { types.append("all") }
            if verb == "rollout" || verb == "scale" { types = ["deployment", "deploy", "replicaset", "rs"] }
            return match(types, word)
        }
        guard let type = ResourceType.lookup(typeWords[0]) else { return [] }
        return match(names(of: type.kind), word)
    }

    func names(of kind: Kind) -> [String] {
        switch kind {
        case .pod: return sim.state.pods.keys.filter { $0.namespace == "default" }.map(\.name)
        case .deployment: return sim.state.deployments(in: "default").map(\.metadata.name)
        case .replicaSet: return sim.state.replicaSets(in: "default").map(\.metadata.name)
        case .node: return sim.state.sortedNodes.map(\.metadata.name)
        case .namespace: return Array(sim.state.namespaces.keys)
        case .service: return sim.state.services(in: "default").map(\.metadata.name)
        case .job: return sim.state.jobs(in: "default").map(\.metadata.name)
        case .cronJob: return sim.state.cronJobs(in: "default").map(\.metadata.name)
        case .daemonSet: return sim.state.daemonSets(in: "default").map(\.metadata.name)
        case .statefulSet: return sim.state.statefulSets(in: "default").map(\.metadata.name)
        case .endpoints: return sim.state.services(in: "default").map(\.metadata.name)
        case .persistentVolumeClaim: return sim.state.persistentVolumeClaims(in: "default").map(\.metadata.name)
        case .endpointSlice: return sim.state.endpointSlices(in: "default").map(\.metadata.name)
        case .event: return []
        }
    }

    /// `pod/my-w` → `pod/my-web-5d59d67564-x7k2p`; `de` → `deployment/`.
    func objectPaths(_ word: String, kinds: [Kind]) -> [String] {
        if let slash = word.firstIndex(of: "/") {
            let typeWord = String(word[..<slash])
            guard let type = ResourceType.lookup(typeWord), kinds.contains(type.kind) else { return [] }
            return match(names(of: type.kind).map { "\(typeWord)/\($0)" }, word)
        }
        return match(kinds.map { ResourceType.of($0).singular + "/" }, word)
    }

    func files(_ word: String) -> [String] {
        let dir: String, prefix: String
        if let slash = word.lastIndex(of: "/") {
            dir = String(word[...slash]); prefix = String(word[word.index(after: slash)...])
        } else { dir = ""; prefix = word }
        return listDirectory(dir.isEmpty ? "." : dir)
            .filter { $0.0.hasPrefix(prefix) && !$0.0.hasPrefix(".") && ($0.1 || $0.0.hasSuffix(".yaml") || $0.0.hasSuffix(".yml") || $0.0.hasSuffix(".json")) }
            .map { dir + $0.0 + ($0.1 ? "/" : "") }
            .sorted()
    }
}
