import KubeModel

/// The STATUS, READY and RESTARTS cells of `kubectl get pods`, computed as `printPod` does
/// (`pkg/printers/internalversion/printers.go`, v1.30+).
public enum PodColumns {
    public static func status(_ pod: Pod) -> String {
        var reason = pod.status.phase.rawValue
        if let r = pod.status.reason, !r.isEmpty { reason = r }
        var initializing = false
        let initCount = pod.spec.initContainers.count
        for (i, cs) in pod.status.initContainerStatuses.enumerated() {
            let isSidecar = i < initCount && pod.spec.initContainers[i].restartPolicy == "Always"
            switch cs.state {
            case .terminated(let code, let r, _, _, _) where code == 0 && (r == nil || r == "Completed"):
                continue
            case _ where isSidecar && cs.started:
                continue
            case .terminated(let code, let r, _, _, _):
                if let r, !r.isEmpty { reason = "Init:" + r } else { reason = "Init:ExitCode:\(code)" }
                initializing = true
            case .waiting(let r, _) where !r.isEmpty && r != "PodInitializing":
                reason = "Init:" + r
                initializing = true
            default:
                reason = "Init:\(i)/\(initCount)"
                initializing = true
            }
            break
        }
        if !initializing || pod.status.condition("Initialized")?.status == .true && !initializing {
            var hasRunning = false
            for cs in pod.status.containerStatuses.reversed() {
                switch cs.state {
                case .waiting(let r, _) where !r.isEmpty: reason = r
                case .terminated(let code, let r, _, _, _):
                    if let r, !r.isEmpty { reason = r } else { reason = "ExitCode:\(code)" }
                case .running: if cs.ready { hasRunning = true }
                default: break
                }
            }
            if reason == "Completed" && hasRunning {
                reason = pod.isReady ? "Running" : "NotReady"
            }
        }
        if pod.metadata.deletionTimestamp != nil && pod.status.reason == "NodeLost" {
            reason = "Unknown"
        } else if pod.metadata.deletionTimestamp != nil && pod.status.phase != .succeeded && pod.status.phase != .failed {
            reason = "Terminating"
        }
        return reason
    }

    /// `1/1`: ready containers over containers (plus sidecar init containers).
    public static func ready(_ pod: Pod) -> String {
        let sidecars = pod.spec.initContainers.filter { $0.restartPolicy == "Always" }.map(\.name)
        let total = pod.spec.containers.count + sidecars.count
        let ready = pod.status.containerStatuses.filter(\.ready).count
            + pod.status.initContainerStatuses.filter { sidecars.contains($0.name) && $0.ready }.count
        return "\(ready)/\(total)"
    }

    /// `0`, or `3 (42s ago)` when a container has restarted and its last exit is known.
    public static func restarts(_ pod: Pod, now: Instant) -> String {
        var count = pod.status.containerStatuses.reduce(0) { $0 + $1.restartCount }
        var last: Instant? = nil
        for cs in pod.status.containerStatuses {
            if case .terminated(_, _, _, let finished, _)? = cs.lastState { last = max(last ?? finished, finished) }
        }
        let stillInitializing = pod.status.condition("Initialized")?.status != .true
        if stillInitializing { count += pod.status.initContainerStatuses.reduce(0) { $0 + $1.restartCount } }
        if count > 0, let last { return "\(count) (\(HumanDuration.format(now - last)) ago)" }
        return String(count)
    }
}
