import KubeModel

/// What the scheduler's filters and scores read of one node, worked out once whenever the
/// node changes rather than for every pod that looks at it (kube-scheduler keeps the same
/// kind of snapshot, `framework.NodeInfo`). Kept in `ClusterState.schedulingNodes`, in
/// `nodeNames` order, so a pass over 5,000 nodes walks an array.
public struct SchedulingNode: Sendable {
    public var name: String
    var room: Scheduler.Allocatable
    var unschedulable: Bool
    /// The NoSchedule and NoExecute taints, in the node's order.
    var taints: [Taint]
    /// NotReady, but not (yet) tainted for it by the node lifecycle controller.
    var notReadyUntainted: Bool
    var labels: [String: String]

    init(_ node: Node) {
        name = node.metadata.name
        room = Scheduler.Allocatable(node)
        unschedulable = node.spec.unschedulable
        taints = node.spec.taints.filter { $0.effect == "NoSchedule" || $0.effect == "NoExecute" }
        notReadyUntainted = !Scheduler.isReady(node)
            && !node.spec.taints.contains(where: { $0.key == Taint.notReadyKey || $0.key == Taint.unreachableKey })
        labels = node.metadata.labels
    }
}
