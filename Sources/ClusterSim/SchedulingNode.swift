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

/// The part of a `SchedulingNode` the scheduler reads for every node it examines, with no
/// strings, arrays or dictionaries in it, so a pass over hundreds of nodes retains nothing.
/// Kept in `ClusterState.nodeFits`, parallel to `schedulingNodes`.
struct NodeFit: Sendable {
    /// The node's slot in the usage table (`NodeUsageTable`).
    var slot: Int
    var room: Scheduler.Allocatable
    /// Not cordoned, no NoSchedule/NoExecute taint and not NotReady: only resources can
    /// reject a pod that has no nodeSelector, so the filters need not look further.
    var open: Bool
    /// The name's UTF-8 bytes for the tie-break hash, when it has at most 16 of them.
    var shortName: ShortName?

    init(_ node: SchedulingNode, slot: Int) {
        self.slot = slot
        room = node.room
        open = !node.unschedulable && node.taints.isEmpty && !node.notReadyUntainted
        shortName = ShortName(node.name)
    }
}
