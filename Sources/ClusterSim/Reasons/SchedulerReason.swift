import KubeModel

public enum SchedulerReason: Hashable, Sendable {
    /// Placed on `node`: of the `examined` nodes (all `total` on a small cluster), `feasible`
    /// could take it, and this one scored best — it runs `sameOwnerThere` pods of the same owner
    /// (the fewest; nil for a pod without an owner), then has the most room.
    case assigned(pod: ObjectKey, node: String, feasible: Int, examined: Int, total: Int, sameOwnerThere: Int?)
    /// No node fits; `why` counts the nodes rejected for each reason, as the FailedScheduling
    /// message does ("3 Insufficient cpu").
    case unschedulable(pod: ObjectKey, total: Int, why: [String: Int])
    /// The cluster has no nodes at all.
    case noNodes(pod: ObjectKey)
}
