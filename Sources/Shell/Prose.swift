import ClusterSim
import KubeModel

/// Plain-language renderings of controller decisions: one template per reason kind, in the
/// controller's own voice, naming what it observed, what it wanted and what it did.
public enum Prose {
    /// One or two sentences for a decision, with the real names the effects carry.
    public static func sentence(for decision: Decision) -> String {
        let created = decision.effects.compactMap { e -> String? in
            if case .created(let r) = e { return r.key.name } else { return nil }
        }
        let notable = decision.reasons.filter { !$0.isBookkeeping }
        if let grouped = garbageCollectorGroup(notable) { return "\(heading(decision)): " + grouped }
        let parts = notable.map { render($0, created: created) }
        let text = parts.isEmpty ? decision.reasons.map { render($0, created: created) } : parts
        return "\(heading(decision)): " + unique(text).joined(separator: " ")
    }

    /// `Kubelet on node-2` for a node agent's decision (there is one kubelet per node), else the
    /// controller's title.
    static func heading(_ decision: Decision) -> String {
        if decision.controller == .kubelet, let node = decision.reasons.lazy.compactMap({ r -> String? in
            if case .kubelet(let k) = r { return k.node } else { return nil }
        }).first {
            return "Kubelet on \(node)"
        }
        return title(decision.controller)
    }

    public static func title(_ c: ControllerID) -> String {
        switch c {
        case .scheduler: return "Scheduler"
        case .kubelet: return "Kubelet"
        case .replicaSet: return "ReplicaSet controller"
        case .deployment: return "Deployment controller"
        case .nodeLifecycle: return "Node lifecycle controller"
        case .taintEviction: return "Taint eviction controller"
        case .garbageCollector: return "Garbage collector"
        case .job: return "Job controller"
        case .cronJob: return "CronJob controller"
        case .daemonSet: return "DaemonSet controller"
        case .statefulSet: return "StatefulSet controller"
        }
    }

    private static func unique(_ s: [String]) -> [String] {
        var seen: Set<String> = [], out: [String] = []
        for x in s where seen.insert(x).inserted { out.append(x) }
        return out
    }

    static func copies(_ n: Int) -> String { n == 1 ? "1 copy" : "\(n) copies" }
    static func pods(_ n: Int) -> String { n == 1 ? "1 pod" : "\(n) pods" }
    static func list(_ names: [String]) -> String {
        switch names.count {
        case 0: return ""
        case 1: return names[0]
        case 2...4: return names.dropLast().joined(separator: ", ") + " and " + names.last!
        default: return names.prefix(3).joined(separator: ", ") + " and \(names.count - 3) more"
        }
    }

    public static func render(_ reason: Reason, created: [String] = []) -> String {
        switch reason {
        case .replicaSet(let r): return replicaSet(r, created: created)
        case .deployment(let r): return deployment(r)
        case .scheduler(let r): return scheduler(r)
        case .kubelet(let r): return kubelet(r)
        case .nodeLifecycle(let r): return nodeLifecycle(r)
        case .taintEviction(let r): return taintEviction(r)
        case .garbageCollector(let r): return garbageCollector(r)
        case .job(let r): return job(r, created: created)
        case .cronJob(let r): return cronJob(r)
        case .daemonSet(let r): return daemonSet(r)
        case .statefulSet(let r): return statefulSet(r)
        }
    }

}
