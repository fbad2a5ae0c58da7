import KubeModel

public enum SchedulerReason: Hashable, Sendable {
    /// Placed on `node`: of `feasible` nodes that could take it, this one scored best
    /// (fewest pods of the same owner, then least loaded).
    case assigned(pod: ObjectKey, node: String, feasible: Int, total: Int)
    /// No node fits; `why` counts the nodes rejected for each reason, as the
    /// FailedScheduling message does ("3 Insufficient cpu").
    case unschedulable(pod: ObjectKey, total: Int, why: [String: Int])
}
