import KubeModel

/// The kubelet's small delays, fixed so that runs repeat exactly. Where Kubernetes has a
/// number it is used; where the real delay depends on the machine, a plausible round value.
enum KubeletTimings {
    /// PLEG relists containers every second (`pkg/kubelet/kubelet.go plegRelistPeriod`): an
    /// exit is acted on (restart, back-off) one second after it happens, and a failed pull
    /// turns into ImagePullBackOff at the kubelet's next look, one second later.
    static let relist: Millis = 1_000
    /// How long the registry takes to say an image or tag does not exist.
    static let failedPull: Millis = 1_000
    /// A server image (nginx, redis, my-app) shuts down this soon after SIGTERM.
    static let gracefulStop: Millis = 1_000
    /// A process whose memory limit is below what it needs is OOM-killed this soon after starting.
    static let oomKill: Millis = 1_000
    /// `settle` waits for a process that ends by itself (or a probe that changes) within this
    /// long of the container starting — a crash, `sleep 5` — but not for `sleep 3600`.
    static let settleHorizon: Millis = .minutes(5)
}

/// Deterministic identifiers for container instances: `containerd://` and 64 hex digits
/// derived from the pod's UID, the container name and the instance number.
enum ContainerIDs {
    static func make(podUID: String, container: String, instance: Int) -> String {
        var hex = ""
        var seed = "\(podUID)/\(container)/\(instance)"
        while hex.count < 64 {
            let h = TemplateHash.fnv1a32(seed)
            let digits = String(h, radix: 16)
            hex += String(repeating: "0", count: 8 - digits.count) + digits
            seed += "#"
        }
        return "containerd://" + hex
    }
}
