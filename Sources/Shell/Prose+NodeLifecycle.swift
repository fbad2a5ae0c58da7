import ClusterSim
import KubeModel

extension Prose {
    static func nodeLifecycle(_ r: NodeLifecycleReason) -> String {
        switch r {
        case .nodeUnreachable(let node, let secs):
            return "Node \(node) has not sent a heartbeat for \(secs)s, longer than the 50s grace period. I mark it NotReady and taint it unreachable; its pods lose their Ready condition."
        case .nodeReady(let node):
            return "Node \(node) is sending heartbeats again, so I mark it Ready and remove its taints."
        }
    }

    static func taintEviction(_ r: TaintEvictionReason) -> String {
        switch r {
        case .evict(let pod, let node, let taint, let secs):
            let limit = secs.map { "its \($0)s toleration of \(taint) has run out" } ?? "it does not tolerate \(taint)"
            return "Pod \(pod.name) is on \(node), and \(limit), so I delete it."
        }
    }
}
