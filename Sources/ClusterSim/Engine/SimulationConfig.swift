import KubeModel

/// Timings and sizes of the simulated control plane, with Kubernetes v1.32 defaults.
public struct SimulationConfig: Sendable {
    /// `--node-monitor-grace-period`: 50 s since v1.32 (kubernetes/kubernetes#126287).
    public var nodeMonitorGracePeriod: Millis = .seconds(50)
    /// `--node-monitor-period`: how often the node lifecycle controller looks.
    public var nodeMonitorPeriod: Millis = .seconds(5)
    /// DefaultTolerationSeconds admission: not-ready/unreachable tolerated for 300 s.
    public var defaultTolerationSeconds: Int64 = 300
    /// Default node size: 4 CPU, 8 GiB, 110 pods (kubelet `--max-pods`).
    public var nodeCPU: Int64 = 4
    public var nodeMemoryGiB: Int64 = 8
    public var maxPodsPerNode: Int = 110
    /// ReplicaSet `burstReplicas`: at most this many creates or deletes per sync.
    public var burstReplicas = 500
    public var catalogue = ImageCatalogue.standard
    public init() {}
}
