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
///
/// Laid out in 48 bytes (an optional `ShortName` and word-sized small fields made it 80): a
/// pass reads hundreds of these per pod, and fewer cache lines per node show.
struct NodeFit: Sendable {
    // In this order so that nothing is padded: the name's 18 bytes, two flags, the slot, then words.
    /// The name's UTF-8 bytes for the tie-break hash; meaningful only when `packed`.
    private(set) var shortName: ShortName
    /// Not cordoned, no NoSchedule/NoExecute taint and not NotReady: only resources can
    /// reject a pod that has no nodeSelector, so the filters need not look further.
    let open: Bool
    /// Whether the name has at most 16 bytes, so that `shortName` holds it.
    let packed: Bool
    /// The node's slot in the usage table (`NodeUsageTable`).
    private var slot32: Int32
    private var cpuMilli: Int64, memoryBytes: Int64, pods: Int

    init(_ node: SchedulingNode, slot: Int) {
        slot32 = Int32(slot)
        (cpuMilli, memoryBytes, pods) = (node.room.cpuMilli, node.room.memoryBytes, node.room.pods)
        open = !node.unschedulable && node.taints.isEmpty && !node.notReadyUntainted
        let short = ShortName(node.name)
        packed = short != nil
        shortName = short ?? ShortName()
    }

    var slot: Int { Int(slot32) }
    var room: Scheduler.Allocatable { Scheduler.Allocatable(cpuMilli: cpuMilli, memoryBytes: memoryBytes, pods: pods) }
}
