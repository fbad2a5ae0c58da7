import KubeModel

public enum NodeLifecycleReason: Hashable, Sendable {
    /// No heartbeat for longer than node-monitor-grace-period: Ready becomes Unknown and the
    /// node is tainted unreachable.
    case nodeUnreachable(node: String, silentSeconds: Int64)
    /// Heartbeats are back: Ready again, taints removed.
    case nodeReady(node: String)
}

public enum TaintEvictionReason: Hashable, Sendable {
    /// The pod's toleration of the node's NoExecute taint ran out: the pod is deleted.
    case evict(pod: ObjectKey, node: String, taint: String, tolerationSeconds: Int64?)
}
