import ClusterSim
import KubeModel

extension Prose {
    static func scheduler(_ r: SchedulerReason) -> String {
        switch r {
        case .assigned(let pod, let node, let feasible, let total):
            return "Pod \(pod.name) needs a node. \(feasible) of \(total) nodes can take it; I assign it to \(node)."
        case .unschedulable(let pod, let total, let why):
            let reasons = why.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            return "Pod \(pod.name) needs a node, but none of the \(total) nodes can take it (\(reasons)). It stays Pending."
        }
    }
}
