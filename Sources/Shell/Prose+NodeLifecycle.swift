import ClusterSim
import KubeModel

extension Prose {
    static func nodeLifecycle(_ r: NodeLifecycleReason) -> String {
        switch r {
        case .nodeUnreachable(let node, let secs, let grace):
            return "Node \(node) has not sent a heartbeat for \(secs)s, longer than the \(grace)s grace period. I mark it NotReady and taint it unreachable, so no new pods go there and its pods lose their Ready condition."
        case .nodeReady(let node):
            return "The kubelet on node \(node) is posting status again, so the node is Ready and I remove its unreachable taints."
        case .cordoned(let node):
            return "Node \(node) is marked unschedulable (cordoned), so I add the taint node.kubernetes.io/unschedulable:NoSchedule; pods already there keep running."
        case .uncordoned(let node):
            return "Node \(node) is schedulable again (uncordoned), so I remove the taint node.kubernetes.io/unschedulable:NoSchedule."
        }
    }

    static func taintEviction(_ r: TaintEvictionReason) -> String {
        switch r {
        case .evict(let pod, let node, let taint, let secs):
            let limit = secs.map { "its \($0)s toleration of the \(taint) taint has run out" } ?? "it does not tolerate the \(taint) taint"
            return "Pod \(pod.name) is on node \(node), and \(limit), so I delete it."
        case .scheduled(let pod, let node, let taint, let secs, let at):
            return "Node \(node) has the NoExecute taint \(taint); pod \(pod.name) tolerates it for \(secs)s, so I will delete the pod at \(at.sinceEpochClock()) unless the taint goes away first."
        case .cancelled(let pod, let node):
            return "The NoExecute taint on node \(node) is gone before pod \(pod.name)'s toleration ran out, so I cancel its deletion."
        }
    }
}
