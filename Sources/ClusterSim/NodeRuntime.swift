import KubeModel

/// What a node's own agents know that the API does not: whether the kubelet process is
/// alive (a crash stops heartbeats; the control plane only notices later), which pod IPs of
/// the node's CIDR are handed out, and which images its container runtime holds.
public struct NodeRuntime: Hashable, Sendable {
    /// The node's index, which fixes its pod CIDR (`10.244.<index>.0/24`) and address.
    public var index: Int
    public var kubeletRunning = true
    /// When the kubelet last posted status; frozen at the moment of a crash.
    public var lastHeartbeat: Instant
    /// When the kubelet process last started. Catching up after a crash, the kubelet does
    /// nothing dated before this (no restart, pull or probe happened while it was down),
    /// though the containers themselves went on running and may have exited meanwhile.
    public var kubeletStartedAt: Instant
    public var usedPodIPs: Set<Int> = []
    /// Images the runtime has pulled (normalized references, `docker.io/library/nginx:1.27`).
    public internal(set) var images: Set<String> = []
    /// Pulls under way and when each finishes: a second pod asking for the same image waits
    /// for that pull instead of starting its own.
    public internal(set) var pullsInFlight: [String: Instant] = [:]

    public init(index: Int, lastHeartbeat: Instant) {
        self.index = index; self.lastHeartbeat = lastHeartbeat; self.kubeletStartedAt = lastHeartbeat
    }

    /// `10.244.N.0/24`, widening the second octet past 255 nodes so 5,000 nodes fit.
    public var podCIDRPrefix: String { "10.\(244 + index / 256).\(index % 256)" }
    public var podCIDR: String { "\(podCIDRPrefix).0/24" }
    /// The node's InternalIP, as kind-style clusters number them: `172.18.0.2` for index 1.
    /// Written as bytes (`DottedText`): every status the kubelet reports names it.
    public var internalIP: String { DottedText.make(172, 18, index / 250, index % 250 + 1) }

    /// Hands out the lowest free host address from .2 to .254 (.1 is the bridge), or nil when full.
    ///
    /// The used hosts are read once into a 256-bit map (a walk of the set, no hashing), and the
    /// lowest clear bit found there: probing the set host by host hashes every used one first.
    mutating func allocatePodIP() -> String? {
        var used: (UInt64, UInt64, UInt64, UInt64) = (0b11, 0, 0, 1 << 63) // .0, .1 and .255 are never handed out
        for host in usedPodIPs where (0...255).contains(host) {
            let bit = UInt64(1) << UInt64(host & 63)
            switch host >> 6 {
            case 0: used.0 |= bit
            case 1: used.1 |= bit
            case 2: used.2 |= bit
            default: used.3 |= bit
            }
        }
        for w in 0..<4 {
            let word = w == 0 ? used.0 : w == 1 ? used.1 : w == 2 ? used.2 : used.3
            guard word != .max else { continue }
            let host = w * 64 + (~word).trailingZeroBitCount
            usedPodIPs.insert(host)
            return DottedText.make(10, 244 + index / 256, index % 256, host)
        }
        return nil
    }

    mutating func releasePodIP(_ ip: String) {
        guard ip.hasPrefix(podCIDRPrefix + "."), let host = Int(ip.dropFirst(podCIDRPrefix.count + 1)) else { return }
        usedPodIPs.remove(host)
    }
}

/// What the pods bound to one node ask for (kube-scheduler keeps the same in its cache's
/// `NodeInfo`). Pods that have finished (Succeeded/Failed) no longer count. The store keeps
/// these counters in `NodeUsageTable`, laid out for the scheduler; this is the value readers
/// get from `ClusterState.nodeUsage[node]`, and `add` is the definition a recount follows.
public struct NodeUsage: Hashable, Sendable {
    public var pods = 0
    /// Requested cpu (millicores) and memory (bytes).
    public var cpuMilli: Int64 = 0
    public var memoryBytes: Int64 = 0
    /// The same with kube-scheduler's defaults for pods that request nothing (100m, 200 MB),
    /// which is what spreading by load scores (`schedutil.GetNonzeroRequests`).
    public var nonZeroCPUMilli: Int64 = 0
    public var nonZeroMemoryBytes: Int64 = 0
    /// Pods per controlling owner UID, not being deleted, for spreading one owner's pods.
    public var podsByOwner: [String: Int] = [:]

    public init() {}

    mutating func add(_ pod: Pod, sign: Int) {
        let r = PodRequests(pod)
        pods += sign
        cpuMilli += Int64(sign) * r.cpuMilli
        memoryBytes += Int64(sign) * r.memoryBytes
        nonZeroCPUMilli += Int64(sign) * r.nonZeroCPUMilli
        nonZeroMemoryBytes += Int64(sign) * r.nonZeroMemoryBytes
        // Spreading counts only pods that stay: a Terminating pod still holds its requests,
        // but the topology spread plugin skips it ("Bypass terminating Pod (see #87621)",
        // `pkg/scheduler/framework/plugins/podtopologyspread/common.go countPodsMatchSelector`).
        if let owner = pod.metadata.controllerRef?.uid, pod.metadata.deletionTimestamp == nil {
            let n = (podsByOwner[owner] ?? 0) + sign
            podsByOwner[owner] = n > 0 ? n : nil
        }
    }

    /// Whether a pod on a node counts against it: bound and not finished.
    static func counts(_ pod: Pod) -> Bool {
        pod.spec.nodeName != nil && pod.status.phase != .succeeded && pod.status.phase != .failed
    }
}

/// A pod's effective requests (`resourcehelper.PodRequests`): the larger of the app containers'
/// sum (with sidecars) and the largest init container, since init containers run one at a time.
public struct PodRequests: Hashable, Sendable {
    public var cpuMilli: Int64 = 0
    public var memoryBytes: Int64 = 0
    public var nonZeroCPUMilli: Int64 = 0
    public var nonZeroMemoryBytes: Int64 = 0

    /// kube-scheduler's stand-ins for a container that requests nothing (`pkg/scheduler/util/pod_resources.go`).
    public static let defaultCPUMilli: Int64 = 100
    public static let defaultMemoryBytes: Int64 = 200 * 1024 * 1024

    /// Borrows the pod: an initializer takes its arguments owned, and a `Pod` passed owned is
    /// copied (every field retained) at each of the several places a pod's requests are read.
    public init(_ pod: borrowing Pod) {
        func cpu(_ c: Container) -> Int64 { c.resources.effectiveRequest("cpu") }
        func mem(_ c: Container) -> Int64 { (c.resources.effectiveRequest("memory") + 999) / 1000 }
        // App containers and sidecars add up (each read once, no list of them built: the
        // kubelet asks this for every pod it admits); other init containers set a floor.
        for c in pod.spec.containers { add(cpu: cpu(c), memory: mem(c)) }
        for c in pod.spec.initContainers where c.restartPolicy == "Always" { add(cpu: cpu(c), memory: mem(c)) }
        for c in pod.spec.initContainers where c.restartPolicy != "Always" {
            cpuMilli = max(cpuMilli, cpu(c))
            memoryBytes = max(memoryBytes, mem(c))
        }
    }

    private mutating func add(cpu: Int64, memory: Int64) {
        cpuMilli += cpu
        memoryBytes += memory
        nonZeroCPUMilli += cpu == 0 ? Self.defaultCPUMilli : cpu
        nonZeroMemoryBytes += memory == 0 ? Self.defaultMemoryBytes : memory
    }
}
