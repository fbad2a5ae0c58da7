import KubeModel

public enum NodeLifecycleReason: Hashable, Sendable {
    /// No heartbeat for longer than node-monitor-grace-period: the node's conditions become
    /// Unknown, it is tainted unreachable, and its pods lose their Ready condition.
    case nodeUnreachable(node: String, silentSeconds: Int64, graceSeconds: Int64)
    /// Heartbeats are back: Ready again, the unreachable taints removed.
    case nodeReady(node: String)
    /// `spec.unschedulable` was set (cordon): the NoSchedule taint that keeps new pods away.
    case cordoned(node: String)
    /// `spec.unschedulable` was cleared (uncordon): the taint goes.
    case uncordoned(node: String)
}

public enum TaintEvictionReason: Hashable, Sendable {
    /// The pod's toleration of the node's NoExecute taint ran out (or it has none): the pod is deleted.
    case evict(pod: ObjectKey, node: String, taint: String, tolerationSeconds: Int64?)
    /// The pod tolerates the taint for a while: its deletion is set for `at`.
    case scheduled(pod: ObjectKey, node: String, taint: String, tolerationSeconds: Int64, at: Instant)
    /// The taint went away before the time was up: the planned deletion is called off.
    case cancelled(pod: ObjectKey, node: String)
}
