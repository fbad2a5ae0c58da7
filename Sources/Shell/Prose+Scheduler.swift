import ClusterSim
import KubeModel

extension Prose {
    static func scheduler(_ r: SchedulerReason) -> String {
        switch r {
        case .assigned(let pod, let node, let feasible, let examined, let total, let sameOwner):
            let looked = examined < total
                ? "I looked at \(examined) of the \(total) nodes (enough to choose well on a cluster this big); \(feasible) can take it"
                : "\(feasible) of \(total) \(total == 1 ? "node" : "nodes") can take it"
            let why: String
            switch sameOwner {
            case nil: why = "it has the most room left"
            case 0?: why = "it runs no other pod of the same owner and has the most room left"
            case let n?: why = "it runs the fewest pods of the same owner (\(n)) and, among those, has the most room left"
            }
            return "Pod \(pod.name) needs a node. \(looked). I assign it to \(node): \(why)."
        case .unschedulable(let pod, let total, let why):
            let reasons = why.map { "\($0.value) \($0.key)" }.sorted().joined(separator: ", ")
            return "Pod \(pod.name) needs a node, but none of the \(total) nodes can take it (\(reasons)). It stays Pending until something changes."
        case .noNodes(let pod):
            return "Pod \(pod.name) needs a node, but the cluster has none. It stays Pending."
        }
    }
}
