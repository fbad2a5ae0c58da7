import ClusterSim
import Kubectl
import KubeModel

/// What a condition is checked against: the cluster, the last command's result, and a way
/// to fill in placeholders.
public struct ConditionContext {
    public var state: ClusterState
    /// What the last command printed (stdout then stderr), and whether it failed.
    public var lastOutput: String
    public var lastFailed: Bool
    public var resolve: (Placeholder) -> String?

    public init(state: ClusterState, lastOutput: String = "", lastFailed: Bool = false,
                resolve: @escaping (Placeholder) -> String?) {
        self.state = state; self.lastOutput = lastOutput; self.lastFailed = lastFailed; self.resolve = resolve
    }
}

/// Whether a condition holds, and what the cluster actually shows, in the condition's own
/// words: "2 pods labelled app=web are Running", "pod my-debug-pod is ContainerCreating".
public struct Evaluation: Sendable, Equatable {
    public var holds: Bool
    /// One observation per check, with whether it held.
    public var facts: [Fact]
    public struct Fact: Sendable, Equatable {
        public var holds: Bool
        public var observed: String
    }
    /// The observations that did not hold (all of them when everything held).
    public var summary: String {
        let shown = holds ? facts : facts.filter { !$0.holds }
        return shown.map(\.observed).joined(separator: "; ")
    }
}

extension Condition {
    public func evaluate(_ ctx: ConditionContext) -> Evaluation {
        var facts: [Evaluation.Fact] = []
        for clause in clauses { facts += ConditionEvaluator(ctx: ctx).facts(clause) }
        return Evaluation(holds: facts.allSatisfy(\.holds), facts: facts)
    }
}

struct ConditionEvaluator {
    let ctx: ConditionContext

    func facts(_ clause: Clause) -> [Evaluation.Fact] {
        switch clause {
        case .output(let text, let negated):
            let has = ctx.lastOutput.contains(text)
            return [Evaluation.Fact(holds: has != negated, observed: has ? "the output contains \"\(text)\"" : "the output does not contain \"\(text)\"")]
        case .commandFailed(let failed):
            return [Evaluation.Fact(holds: ctx.lastFailed == failed, observed: ctx.lastFailed ? "the command failed" : "the command succeeded")]
        case .count(let target, let count, let test):
            return [countFact(target, count, test)]
        case .object(let target, let predicates):
            return objectFacts(target, predicates)
        }
    }

    func resolve(_ name: Name) -> String? {
        switch name {
        case .literal(let s): return s
        case .placeholder(let p): return ctx.resolve(p)
        }
    }

    // MARK: counts

    func countFact(_ target: CountTarget, _ count: Count, _ test: CountTest) -> Evaluation.Fact {
        var n = 0
        var noun = target.kind == .node ? "nodes" : "pods"
        if let text = target.selectorText { noun += " labelled \(text)" }
        switch target.kind {
        case .node:
            let nodes = ctx.state.sortedNodes.filter { target.selector?.matches($0.metadata.labels) ?? true }
            n = nodes.filter { node in
                if case .state(let w, let negated) = test { return Self.nodeIs(node, w) != negated }
                return true
            }.count
        default:
            var pods = target.selector.map { ctx.state.pods(in: target.namespace, matching: $0) }
                ?? ctx.state.pods.values.filter { $0.metadata.namespace == target.namespace }.sorted { $0.metadata.key < $1.metadata.key }
            if let nodeName = target.node {
                let node = resolve(nodeName)
                pods = pods.filter { node != nil && $0.spec.nodeName == node }
                noun += " on node \(node ?? nodeName.text)"
            }
            n = pods.filter { pod in
                if case .state(let w, let negated) = test { return Self.podIs(pod, w) != negated }
                return true
            }.count
        }
        let verb: String
        switch test {
        case .exist: verb = n == 1 ? "exists" : "exist"
        case .state(let w, let negated): verb = (n == 1 ? "is " : "are ") + (negated ? "not " : "") + w
        }
        if n == 1 { noun = noun.replacingFirst("pods", with: "pod").replacingFirst("nodes", with: "node") }
        return Evaluation.Fact(holds: count.matches(n), observed: "\(n == 0 ? "no" : String(n)) \(noun) \(verb)")
    }

    // MARK: objects

    func objectFacts(_ target: ObjectTarget, _ predicates: [Predicate]) -> [Evaluation.Fact] {
        let kindWord = ResourceType.of(target.kind).singular
        guard let name = resolve(target.name) else {
            let missing = predicates.contains(.exists(false))
            return [Evaluation.Fact(holds: missing, observed: "the cluster has nothing for \(target.name.text)")]
        }
        let key = target.kind.isNamespaced ? ObjectKey(target.namespace, name) : ObjectKey(cluster: name)
        let subject = "\(kindWord) \(name)"
        let object = lookup(target.kind, key)
        return predicates.map { predicate in
            if case .exists(let wanted) = predicate {
                return Evaluation.Fact(holds: (object != nil) == wanted, observed: object != nil ? "\(subject) exists" : "\(subject) does not exist")
            }
            guard let object else { return Evaluation.Fact(holds: false, observed: "\(subject) does not exist") }
            return fact(predicate, object, subject)
        }
    }

    func lookup(_ kind: Kind, _ key: ObjectKey) -> KubeObject? {
        let s = ctx.state
        switch kind {
        case .pod: return s.pods[key].map(KubeObject.pod)
        case .deployment: return s.deployments[key].map(KubeObject.deployment)
        case .replicaSet: return s.replicaSets[key].map(KubeObject.replicaSet)
        case .node: return s.nodes[key.name].map(KubeObject.node)
        case .namespace: return s.namespaces[key.name].map(KubeObject.namespace)
        case .service: return s.services[key].map(KubeObject.service)
        case .job: return s.jobs[key].map(KubeObject.job)
        case .cronJob: return s.cronJobs[key].map(KubeObject.cronJob)
        case .daemonSet: return s.daemonSets[key].map(KubeObject.daemonSet)
        case .statefulSet: return s.statefulSets[key].map(KubeObject.statefulSet)
        case .endpoints: return s.services[key].map { KubeObject.endpoints(s.endpointsObject(for: $0)) }
        case .endpointSlice: return nil
        case .persistentVolumeClaim: return s.persistentVolumeClaims[key].map(KubeObject.persistentVolumeClaim)
        case .event: return nil
        }
    }

    func fact(_ predicate: Predicate, _ object: KubeObject, _ subject: String) -> Evaluation.Fact {
        switch predicate {
        case .exists: return Evaluation.Fact(holds: true, observed: "\(subject) exists")
        case .state(let word, let negated):
            let (holds, shown) = stateOf(object, word)
            return Evaluation.Fact(holds: holds != negated, observed: "\(subject) is \(shown)")
        case .onNode(let nodeName):
            guard case .pod(let pod) = object else { return Evaluation.Fact(holds: false, observed: "\(subject) is not a pod") }
            let wanted = resolve(nodeName)
            guard let node = pod.spec.nodeName else { return Evaluation.Fact(holds: false, observed: "\(subject) is not on a node yet") }
            return Evaluation.Fact(holds: node == wanted, observed: "\(subject) is on node \(node)")
        case .image(let image):
            let images = Self.images(of: object)
            let want = ImageCatalogue.reference(image)
            let holds = images.contains { ImageCatalogue.reference($0) == want }
            return Evaluation.Fact(holds: holds, observed: "\(subject) uses image \(images.joined(separator: ", "))")
        case .field(let field, let count):
            let n = Self.number(field, of: object)
            let unit = n == 1 ? String(field.rawValue.dropLast()) : field.rawValue
            return Evaluation.Fact(holds: count.matches(n), observed: "\(subject) has \(n) \(unit)")
        case .label(let key, let value):
            let labels = object.metadata.labels
            let observed = labels[key].map { "\(subject) has label \(key)=\($0)" } ?? "\(subject) has no label \(key)"
            return Evaluation.Fact(holds: labels[key] == value, observed: observed)
        }
    }

    /// Whether `object` is in state `word`, and the word that describes what it is instead.
    func stateOf(_ object: KubeObject, _ word: String) -> (Bool, String) {
        switch object {
        case .pod(let pod):
            let holds = Self.podIs(pod, word)
            switch word {
            case "Ready": return (holds, holds ? "Ready" : "not Ready")
            case "Scheduled": return (holds, holds ? "Scheduled" : "not scheduled")
            default: return (holds, holds ? word : PodColumns.status(pod))
            }
        case .node(let node):
            let holds = Self.nodeIs(node, word)
            return (holds, holds ? word : ResourcePrinters.nodeStatus(node))
        case .deployment(let d):
            let holds = Self.deploymentIs(d, word)
            return (holds, holds ? word : "not \(word)")
        default:
            return (false, "without states")
        }
    }

    static func podIs(_ pod: Pod, _ word: String) -> Bool {
        switch word {
        case "Ready": return pod.isReady
        case "Pending": return pod.status.phase == .pending && pod.metadata.deletionTimestamp == nil
        case "Scheduled": return pod.spec.nodeName != nil
        default: return PodColumns.status(pod).lowercased() == word.lowercased()
        }
    }

    static func nodeIs(_ node: Node, _ word: String) -> Bool {
        switch word {
        case "Ready": return node.isReady
        case "NotReady": return !node.isReady
        case "Cordoned", "SchedulingDisabled": return node.spec.unschedulable
        case "Schedulable": return !node.spec.unschedulable
        default: return false
        }
    }

    static func deploymentIs(_ d: Deployment, _ word: String) -> Bool {
        switch word {
        case "Available": return d.status.condition("Available")?.status == .true
        case "Paused": return d.spec.paused
        case "Complete":
            let s = d.status
            return s.observedGeneration >= d.metadata.generation && s.updatedReplicas == d.spec.replicas
                && s.replicas == d.spec.replicas && s.availableReplicas == d.spec.replicas
        default: return false
        }
    }

    static func images(of object: KubeObject) -> [String] {
        switch object {
        case .pod(let p): return p.spec.containers.map(\.image)
        case .deployment(let d): return d.spec.template.spec.containers.map(\.image)
        case .replicaSet(let rs): return rs.spec.template.spec.containers.map(\.image)
        default: return []
        }
    }

    static func number(_ field: Field, of object: KubeObject) -> Int {
        switch (object, field) {
        case (.deployment(let d), .replicas): return d.spec.replicas
        case (.deployment(let d), .ready): return d.status.readyReplicas
        case (.deployment(let d), .available): return d.status.availableReplicas
        case (.deployment(let d), .updated): return d.status.updatedReplicas
        case (.deployment(let d), .current): return d.status.replicas
        case (.replicaSet(let rs), .replicas): return rs.spec.replicas
        case (.replicaSet(let rs), .ready): return rs.status.readyReplicas
        case (.replicaSet(let rs), .available): return rs.status.availableReplicas
        case (.replicaSet(let rs), .current): return rs.status.replicas
        case (.pod(let p), .restarts): return p.status.containerStatuses.reduce(0) { $0 + $1.restartCount }
        default: return 0
        }
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let r = firstRange(of: target) else { return self }
        var s = self
        s.replaceSubrange(r, with: replacement)
        return s
    }
}
