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
///
/// The digits are eight FNV-1a hashes, of `uid/name/n`, then of the same with one `#`
/// appended, then two, and so on. FNV-1a reads its input a byte at a time, so each hash
/// carries on from the one before with one more `#`: no seed string is rebuilt or rehashed.
enum ContainerIDs {
    static func make(podUID: String, container: String, instance: Int) -> String {
        // `uid/name/n` hashed a part at a time, as FNV-1a reads bytes in order: no string is built.
        let slash = UInt8(ascii: "/")
        var h = TemplateHash.fnv1a32(byte: slash, from: TemplateHash.fnv1a32(podUID))
        h = TemplateHash.fnv1a32(byte: slash, from: TemplateHash.fnv1a32(container, from: h))
        h = TemplateHash.fnv1a32(String(instance), from: h)
        let prefix = "containerd://"
        return String(unsafeUninitializedCapacity: prefix.utf8.count + 64) { out in
            var i = 0
            for b in prefix.utf8 { out[i] = b; i += 1 }
            for _ in 0..<8 {
                // The eight hex digits of `h`, most significant first: written from the last.
                var word = h, k = 7
                while k >= 0 {
                    out[i + k] = hexDigit(UInt8(truncatingIfNeeded: word) & 0xf)
                    word >>= 4; k -= 1
                }
                i += 8
                h = TemplateHash.fnv1a32(byte: UInt8(ascii: "#"), from: h)
            }
            return i
        }
    }

    /// `0`–`9`, `a`–`f`, worked out rather than read from a table (which would be built per call).
    private static func hexDigit(_ n: UInt8) -> UInt8 { n < 10 ? UInt8(ascii: "0") + n : UInt8(ascii: "a") + n - 10 }
}
