import KubeModel
import Kubectl

/// A command line reduced to what it means, so that spellings a learner may choose compare
/// equal: `po`/`pods`, `deploy/web`/`deployment web`, flag order, `-n default`/no `-n`,
/// `--image nginx`/`--image=nginx`, `-l a=1,b=2`/`-l b=2,a=1`, `advance 1m`/`advance 60s`.
///
/// Built by parsing, not by comparing strings: words with `ShellWords`, types with
/// `ResourceType.lookup`, flags with the verb's `FlagSpec`s (kubectl's own, plus a few this
/// file knows for verbs kubectl here does not implement yet).
public struct CanonicalCommand: Sendable, Equatable {
    /// `["kubectl", "create", "deployment"]`, `["advance"]`.
    public var head: [String]
    /// Objects the command names, as `TYPE/NAME` or a bare plural type for lists; sorted.
    public var objects: [String] = []
    /// Other positional words (`run NAME`, `label … KEY=VALUE`, `set image … C=IMAGE`).
    public var positionals: [String] = []
    /// Long flag name → values, defaults removed.
    public var flags: [String: [String]] = [:]
    public var afterDashDash: [String]? = nil

    public var isKubectl: Bool { head.first == "kubectl" }
    public var verb: String? { head.count > 1 ? head[1] : nil }

    /// Nil when the line cannot be split into words (an unterminated quote) or is empty.
    public init?(_ line: String) {
        guard let words = try? ShellWords.split(line), let first = words.first else { return nil }
        if first == "kubectl" || first == "k" {
            self.init(kubectl: Array(words.dropFirst()))
        } else {
            self.init(simulation: words)
        }
    }

    // MARK: simulation commands

    init(simulation words: [String]) {
        head = [words[0]]
        let args = Array(words.dropFirst())
        switch words[0] {
        case "advance" where args.count == 1:
            positionals = [(try? GoDuration.parse(args[0])).map { "\($0)ms" } ?? args[0]]
        case "why", "tree", "timeline":
            objects = Self.objectRefs(args, bareType: nil)
        default:
            positionals = args
        }
    }

    // MARK: kubectl

    init(kubectl input: [String]) {
        var words = Self.movingLeadingGlobals(input)
        guard !words.isEmpty else { head = ["kubectl"]; return }
        let verb = words.removeFirst()
        head = ["kubectl", verb]
        var sub: String? = nil
        if Self.verbsWithSubcommands.contains(verb), let s = words.first, !s.hasPrefix("-") {
            sub = verb == "create" ? Self.canonicalType(s, singular: true) : s
            head.append(sub!)
            words.removeFirst()
        }
        let specs = Self.flagSpecs(verb: verb, sub: sub)
        let args = (try? ArgumentParser.parse(words, specs: specs)).map(ParsedWords.init) ?? Self.looseParse(words)
        afterDashDash = args.afterDashDash
        flags = Self.canonicalFlags(args.flags)

        let positional = args.positionals
        switch verb {
        case _ where Self.resourceVerbs.contains(verb) || (verb == "rollout") || (verb == "set" && sub != nil):
            let split = Self.splitPairs(positional)
            objects = Self.objectRefs(split.refs, bareType: nil)
            positionals = split.pairs
        case "logs", "exec", "attach", "port-forward":
            let refs = positional.prefix(1)
            objects = Self.objectRefs(Array(refs), bareType: "pods")
            positionals = Array(positional.dropFirst())
        case "cordon", "uncordon", "drain":
            objects = Self.objectRefs(positional, bareType: "nodes")
        case "top":
            positionals = positional
        default:
            positionals = positional
        }
    }

    static let verbsWithSubcommands: Set<String> = ["create", "rollout", "set", "top", "config", "auth"]
    static let resourceVerbs: Set<String> = ["get", "describe", "delete", "label", "annotate", "scale", "edit", "patch", "autoscale", "expose", "wait", "taint"]

    /// `kubectl -n dev get pods` → `get pods -n dev`: global flags may come before the verb.
    static func movingLeadingGlobals(_ words: [String]) -> [String] {
        var leading: [String] = []
        var i = 0
        while i < words.count, words[i].hasPrefix("-") {
            leading.append(words[i])
            if ["-n", "--namespace", "--context", "--kubeconfig", "--cluster", "--user"].contains(words[i]), i + 1 < words.count {
                leading.append(words[i + 1]); i += 1
            }
            i += 1
        }
        guard i < words.count else { return words }
        return [words[i]] + leading + Array(words[(i + 1)...])
    }

    /// `KEY=VALUE` words (labels, `container=image`) apart from object references.
    static func splitPairs(_ words: [String]) -> (refs: [String], pairs: [String]) {
        var refs: [String] = [], pairs: [String] = []
        for (i, w) in words.enumerated() {
            if i > 0 && (w.contains("=") || w.hasSuffix("-") && !w.contains("/")) { pairs.append(w) } else { refs.append(w) }
        }
        return (refs, pairs.sorted())
    }

    /// `pods x y` → `[pod/x, pod/y]`; `deploy/web` → `[deployment/web]`; `pods,deploy` → `[deployments, pods]`.
    /// With `bareType`, a lone name is of that type (`logs x` is `pod/x`).
    static func objectRefs(_ words: [String], bareType: String?) -> [String] {
        guard let first = words.first else { return [] }
        func slashRef(_ w: String) -> String {
            guard let slash = w.firstIndex(of: "/") else { return w }
            return "\(canonicalType(String(w[..<slash]), singular: true))/\(w[w.index(after: slash)...])"
        }
        if first.contains("/") { return words.map(slashRef).sorted() }
        if let bareType {
            return words.map { $0.contains("/") ? slashRef($0) : "\(canonicalType(bareType, singular: true))/\($0)" }.sorted()
        }
        let typeWords = first.split(separator: ",").map(String.init)
        let names = words.dropFirst()
        if names.isEmpty { return typeWords.map { canonicalType($0, singular: false) }.sorted() }
        let type = canonicalType(typeWords.first ?? first, singular: true)
        return names.map { "\(type)/\($0)" }.sorted()
    }

    /// The type's plural (or singular) name, through kubectl's table first, then the common
    /// types kubectl here may not know yet.
    static func canonicalType(_ word: String, singular: Bool) -> String {
        var w = word.lowercased()
        if let dot = w.firstIndex(of: ".") { w = String(w[..<dot]) }
        if let t = ResourceType.lookup(w) { return singular ? t.singular : t.plural }
        for (plural, single, aliases) in otherTypes where w == plural || w == single || aliases.contains(w) {
            return singular ? single : plural
        }
        return w
    }

    static let otherTypes: [(String, String, [String])] = [
        ("services", "service", ["svc"]), ("configmaps", "configmap", ["cm"]), ("secrets", "secret", []),
        ("statefulsets", "statefulset", ["sts"]), ("daemonsets", "daemonset", ["ds"]), ("jobs", "job", []),
        ("cronjobs", "cronjob", ["cj"]), ("persistentvolumeclaims", "persistentvolumeclaim", ["pvc"]),
        ("persistentvolumes", "persistentvolume", ["pv"]), ("ingresses", "ingress", ["ing"]),
        ("endpoints", "endpoints", ["ep"]), ("serviceaccounts", "serviceaccount", ["sa"]),
        ("horizontalpodautoscalers", "horizontalpodautoscaler", ["hpa"]),
        ("poddisruptionbudgets", "poddisruptionbudget", ["pdb"]),
    ]

    static func canonicalFlags(_ raw: [String: [String]]) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for (name, values) in raw {
            var vs = values.map { v -> String in
                if let n = Int(v) { return String(n) }
                return v
            }
            switch name {
            case "namespace" where vs == ["default"]: continue
            case "selector":
                vs = vs.map { (try? LabelSelector.parse($0))?.description ?? $0 }
            case "image" where vs.count > 1:
                break
            default: break
            }
            out[name] = vs
        }
        return out
    }

    /// When a flag is unknown to every table: `--x=y` is a flag with a value, `--x` a switch.
    static func looseParse(_ words: [String]) -> ParsedWords {
        var args = ParsedWords()
        var i = 0
        while i < words.count {
            let w = words[i]
            if w == "--" { args.afterDashDash = Array(words[(i + 1)...]); break }
            if w.hasPrefix("-") && w.count > 1 {
                var name = String(w.drop { $0 == "-" }), value = "true"
                if let eq = name.firstIndex(of: "=") { value = String(name[name.index(after: eq)...]); name = String(name[..<eq]) }
                args.flags[name, default: []].append(value)
            } else {
                args.positionals.append(w)
            }
            i += 1
        }
        return args
    }

    /// Positionals, flags and the words after `--`, from kubectl's parser or the loose one.
    struct ParsedWords {
        var positionals: [String] = []
        var flags: [String: [String]] = [:]
        var afterDashDash: [String]? = nil
        init() {}
        init(_ a: Arguments) { positionals = a.positionals; flags = a.flags; afterDashDash = a.afterDashDash }
    }

    /// kubectl's own flags for the verb, plus the ones listed here for verbs still to come.
    static func flagSpecs(verb: String, sub: String?) -> [FlagSpec] {
        var specs = Kubectl.flags(forVerb: verb, sub: sub)
        for extra in KubectlFlagTable.extra(verb: verb, sub: sub) {
            let clash = specs.contains { $0.long == extra.long || (extra.short != nil && $0.short == extra.short) }
            if !clash { specs.append(extra) }
        }
        return specs
    }
}
