import KubeModel

/// What a node's own agents know that the API does not: whether the kubelet process is
/// alive (a crash stops heartbeats; the control plane only notices later) and which pod
/// IPs of the node's CIDR are handed out.
public struct NodeRuntime: Hashable, Sendable {
    /// The node's index, which fixes its pod CIDR (`10.244.<index>.0/24`) and address.
    public var index: Int
    public var kubeletRunning = true
    /// When the kubelet last posted status; frozen at the moment of a crash.
    public var lastHeartbeat: Instant
    public var usedPodIPs: Set<Int> = []

    public init(index: Int, lastHeartbeat: Instant) { self.index = index; self.lastHeartbeat = lastHeartbeat }

    /// `10.244.N.0/24`, widening the second octet past 255 nodes so 5,000 nodes fit.
    public var podCIDRPrefix: String { "10.\(244 + index / 256).\(index % 256)" }
    public var podCIDR: String { "\(podCIDRPrefix).0/24" }
    /// The node's InternalIP, as kind-style clusters number them: `172.18.0.2` for index 1.
    public var internalIP: String { "172.18.\(index / 250).\(index % 250 + 1)" }

    /// Hands out the lowest free host address from .2 to .254 (.1 is the bridge), or nil when full.
    mutating func allocatePodIP() -> String? {
        for host in 2...254 where !usedPodIPs.contains(host) {
            usedPodIPs.insert(host)
            return "\(podCIDRPrefix).\(host)"
        }
        return nil
    }

    mutating func releasePodIP(_ ip: String) {
        guard ip.hasPrefix(podCIDRPrefix + "."), let host = Int(ip.dropFirst(podCIDRPrefix.count + 1)) else { return }
        usedPodIPs.remove(host)
    }
}
