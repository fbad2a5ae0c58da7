import KubeModel

/// The kubelet's private memory of one pod: where each container is in its life and
/// when the next thing is due. Never shown by kubectl; the kubelet turns it into status.
public struct PodRuntime: Hashable, Sendable {
    public var containers: [String: ContainerRuntime] = [:]
    public init() {}
}

public struct ContainerRuntime: Hashable, Sendable {
    /// Restarts so far, and the back-off the next restart waits (10 s doubling to 300 s).
    public var restarts = 0
    public var backoffMillis: Millis = 0
    /// When the current phase of this container's life ends (pull done, exit, restart).
    public var nextTransition: Instant? = nil
    public init() {}
}
