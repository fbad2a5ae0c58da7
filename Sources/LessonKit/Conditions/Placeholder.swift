import ClusterSim
import Kubectl
import KubeModel

/// A name the lesson cannot know when it is written — the node a pod landed on, a pod's
/// generated name — looked up in the cluster when the line runs: `{node of pod/my-debug-pod}`.
///
/// A run resolves each placeholder once and keeps the answer, so `{pod labelled app=web}`
/// names the same pod in the command that deletes it and in the goal that checks it is gone.
public enum Placeholder: Hashable, Sendable {
    case nodeOfPod(String)
    case nodeOfPodLabelled(String)
    case podLabelled(String)
    case replicaSetOfDeployment(String)

    /// The words a placeholder may start with; braces starting otherwise are left alone
    /// (`-o jsonpath='{.items[*].metadata.name}'` is kubectl's, not ours).
    static let leadWords = ["node", "pod", "any", "replicaset"]

    /// Parses the text between the braces; nil when it is not a placeholder this knows.
    public static func parse(_ inner: String) -> Placeholder? {
        let words = inner.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        func selector(_ rest: ArraySlice<String>) -> String? {
            var rest = rest
            if rest.first == "any" { rest = rest.dropFirst() }
            guard rest.first == "pod" || rest.first == "pods" else { return nil }
            rest = rest.dropFirst()
            guard let verb = rest.first, ["labelled", "labeled", "-l"].contains(verb) else { return nil }
            let text = rest.dropFirst().joined(separator: " ")
            guard !text.isEmpty, (try? LabelSelector.parse(text)) != nil else { return nil }
            return text
        }
        func objectName(_ rest: ArraySlice<String>, kinds: [String]) -> String? {
            if rest.count == 1, let slash = rest.first!.firstIndex(of: "/") {
                let kind = String(rest.first![..<slash]), name = String(rest.first![rest.first!.index(after: slash)...])
                return kinds.contains(kind) && !name.isEmpty ? name : nil
            }
            if rest.count == 2, kinds.contains(rest.first!) { return rest.last! }
            return nil
        }
        guard let first = words.first else { return nil }
        switch first {
        case "node":
            guard words.count >= 3, words[1] == "of" else { return nil }
            if let name = objectName(words[2...], kinds: ["pod", "po"]) { return .nodeOfPod(name) }
            if let sel = selector(words[2...]) { return .nodeOfPodLabelled(sel) }
            return nil
        case "pod", "any":
            return selector(words[...]).map { .podLabelled($0) }
        case "replicaset":
            guard words.count >= 3, words[1] == "of" else { return nil }
            return objectName(words[2...], kinds: ["deployment", "deploy"]).map { .replicaSetOfDeployment($0) }
        default:
            return nil
        }
    }

    public var text: String {
        switch self {
        case .nodeOfPod(let n): return "{node of pod/\(n)}"
        case .nodeOfPodLabelled(let s): return "{node of any pod labelled \(s)}"
        case .podLabelled(let s): return "{pod labelled \(s)}"
        case .replicaSetOfDeployment(let n): return "{replicaset of deployment/\(n)}"
        }
    }

    /// Looks the name up in the default namespace. Picks are by sorted name, so a run is
    /// repeatable: the first running pod with a node, the newest ReplicaSet.
    public func resolve(in state: ClusterState) -> String? {
        let ns = "default"
        func labelled(_ text: String) -> [Pod] {
            guard let sel = try? LabelSelector.parse(text) else { return [] }
            return state.pods(in: ns, matching: sel).filter { $0.metadata.deletionTimestamp == nil }
        }
        switch self {
        case .nodeOfPod(let name):
            return state.pods[ObjectKey(ns, name)]?.spec.nodeName
        case .nodeOfPodLabelled(let sel):
            return labelled(sel).first { $0.spec.nodeName != nil }?.spec.nodeName
        case .podLabelled(let sel):
            return labelled(sel).first?.metadata.name
        case .replicaSetOfDeployment(let name):
            guard let d = state.deployments[ObjectKey(ns, name)] else { return nil }
            return state.replicaSets(ownedBy: d.metadata.uid)
                .max { ($0.metadata.creationTimestamp?.milliseconds ?? 0, $0.metadata.name) < ($1.metadata.creationTimestamp?.milliseconds ?? 0, $1.metadata.name) }?
                .metadata.name
        }
    }
}

/// A line of lesson text cut into literal pieces and placeholders.
public struct TemplateText: Sendable, Equatable {
    public enum Piece: Sendable, Equatable { case literal(String), placeholder(Placeholder) }
    public var pieces: [Piece]

    public struct ScanError: Error, Equatable { public var message: String }

    /// Finds `{…}` placeholders. Braces that do not start with a placeholder word are text;
    /// ones that do but do not parse are an error, so a typo is caught by the linter.
    public static func scan(_ line: String) throws(ScanError) -> TemplateText {
        var pieces: [Piece] = []
        var literal = ""
        var rest = Substring(line)
        while let open = rest.firstIndex(of: "{") {
            literal += rest[..<open]
            let after = rest[rest.index(after: open)...]
            let firstWord = String(after.prefix { $0.isLetter })
            let looksLikeOne = Placeholder.leadWords.contains(firstWord)
                || (firstWord.count >= 3 && Placeholder.leadWords.contains { Suggest.distanceAtMost1($0, firstWord) })
            guard looksLikeOne else { literal += "{"; rest = after; continue }
            guard let close = after.firstIndex(of: "}") else { throw ScanError(message: Diagnose.unclosedPlaceholder) }
            let inner = String(after[..<close]).trimmingSpaces
            guard let p = Placeholder.parse(inner) else { throw ScanError(message: Diagnose.badPlaceholder(inner)) }
            if !literal.isEmpty { pieces.append(.literal(literal)); literal = "" }
            pieces.append(.placeholder(p))
            rest = after[after.index(after: close)...]
        }
        literal += rest
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        return TemplateText(pieces: pieces)
    }

    public var placeholders: [Placeholder] {
        pieces.compactMap { if case .placeholder(let p) = $0 { return p } else { return nil } }
    }

    /// The text with each placeholder replaced; nil names the first one that could not be found.
    public func render(_ resolve: (Placeholder) -> String?) -> Result<String, UnresolvedPlaceholder> {
        var out = ""
        for piece in pieces {
            switch piece {
            case .literal(let s): out += s
            case .placeholder(let p):
                guard let v = resolve(p) else { return .failure(UnresolvedPlaceholder(placeholder: p)) }
                out += v
            }
        }
        return .success(out)
    }
}

public struct UnresolvedPlaceholder: Error, Equatable, Sendable {
    public var placeholder: Placeholder
    public var message: String { "the cluster has nothing for \(placeholder.text)" }
}

extension Suggest {
    static func distanceAtMost1(_ a: String, _ b: String) -> Bool { distance(a, b) <= 1 }
}
