import ClusterSim
import KubeModel

/// The kubelet speaks for one node ("Kubelet on node-2: …"), in the first person.
extension Prose {
    static func kubelet(_ r: KubeletReason) -> String {
        switch r {
        case .sandboxCreated(let pod, _, let ip):
            return "Pod \(pod.name) is assigned to this node, so I create its sandbox and give it IP \(ip); all its containers share that address."
        case .rejected(let pod, _, let resource, let requested, let used, let capacity):
            return "Pod \(pod.name) was placed on this node by name, but it asks for \(amount(requested, resource)) of \(resource) and only \(amount(max(0, capacity - used), resource)) of \(amount(capacity, resource)) is free. I refuse it (OutOf\(resource)), so it fails without running."
        case .pullingImage(let pod, _, let c, let image):
            return "Container \(c) of pod \(pod.name) needs image \(image), so I pull it from the registry."
        case .imagePresent(let pod, _, let c, let image):
            return "Image \(image) is already on this node and the pull policy allows using it, so I start container \(c) of pod \(pod.name) without pulling."
        case .imagePulled(let pod, _, let c, let image, let millis):
            return "Image \(image) for container \(c) of pod \(pod.name) arrived after \(GoDuration.format(millis))."
        case .imagePullFailed(let pod, _, let c, let image, let retry):
            return "The registry has no image \(image), so container \(c) of pod \(pod.name) cannot start (ErrImagePull). I will try again in \(retry)s."
        case .imagePullBackOff(let pod, _, let c, let image, let retry):
            return "Pulling \(image) for container \(c) of pod \(pod.name) failed, so I wait until \(retry)s after that failure before trying again (ImagePullBackOff); each failure doubles the wait, up to 5 minutes."
        case .imageNeverPull(let pod, _, let c, let image):
            return "Container \(c) of pod \(pod.name) has imagePullPolicy Never and image \(image) is not on this node, so it cannot start (ErrImageNeverPull)."
        case .containerStarted(let pod, _, let c, let restarts):
            return restarts == 0 ? "I start container \(c) of pod \(pod.name)."
                : "I start container \(c) of pod \(pod.name) again (restart \(restarts))."
        case .containerStartFailed(let pod, _, let c, let exe):
            return "I cannot start container \(c) of pod \(pod.name): its image has no executable \"\(exe)\" (StartError)."
        case .containerReady(let pod, _, let c, let probed):
            return probed ? "Container \(c) of pod \(pod.name) passes its readiness probe, so it counts as ready."
                : "Container \(c) of pod \(pod.name) has no readiness probe, so it counts as ready once started."
        case .readinessFailed(let pod, _, let c, let port):
            let what = port.map { "nothing answers on port \($0)" } ?? "its check fails"
            return "Container \(c) of pod \(pod.name) fails its readiness probe (\(what)), so it is not ready and gets no traffic."
        case .livenessFailed(let pod, _, let c, let failures, let threshold):
            if failures < threshold {
                return "Container \(c) of pod \(pod.name) failed its liveness probe (\(failures) of the \(threshold) failures in a row that get it restarted)."
            }
            return "Container \(c) of pod \(pod.name) failed its liveness probe \(threshold) times in a row, so I stop it to restart it."
        case .containerExited(let pod, _, let c, let code, let reason):
            let why: String
            switch reason {
            case "OOMKilled": why = "it needed more memory than its limit allows, so the kernel killed it"
            case "Completed": why = "its command finished"
            default: why = "it failed"
            }
            return "Container \(c) of pod \(pod.name) exited with code \(code) (\(reason)): \(why)."
        case .crashLoopBackOff(let pod, _, let c, let secs):
            return "Container \(c) of pod \(pod.name) keeps exiting, so I wait \(secs)s before restarting it (CrashLoopBackOff); the wait doubles after each crash, up to 5 minutes."
        case .podFinished(let pod, _, let phase, let policy):
            return "Every container of pod \(pod.name) has finished and restartPolicy \(policy.rawValue) does not run them again, so the pod is \(phase.rawValue)."
        case .stoppingPod(let pod, _, let grace, let ignoring):
            var text = "Pod \(pod.name) is being deleted, so I send SIGTERM to its containers and give them \(grace)s to stop."
            if !ignoring.isEmpty {
                text += " \(list(ignoring)) \(ignoring.count == 1 ? "runs" : "run") as PID 1 without a SIGTERM handler, so \(ignoring.count == 1 ? "it" : "they") will be killed when the \(grace)s are up."
            }
            return text
        case .containerStopped(let pod, _, let c, let killed):
            return killed ? "Container \(c) of pod \(pod.name) was still running when its grace period ended, so I killed it (SIGKILL)."
                : "Container \(c) of pod \(pod.name) has stopped."
        case .podRemoved(let pod, let node, let killed):
            if node == nil { return "Pod \(pod.name) has no running containers to wait for, so its object is removed at once." }
            if killed.isEmpty { return "Every container of pod \(pod.name) has stopped, so I tell the API server to remove the pod." }
            return "\(killed.count == 1 ? "Container" : "Containers") \(list(killed)) of pod \(pod.name) ignored SIGTERM and \(killed.count == 1 ? "was" : "were") still running when the grace period ended, so I killed \(killed.count == 1 ? "it" : "them") (SIGKILL). Every container has stopped now, so I tell the API server to remove the pod."
        case .statusSync(let pod):
            return "I report the status of pod \(pod.name)."
        }
    }

    /// `250m`, `2` (cpu in cores), `128Mi` (memory), `110` (pods).
    static func amount(_ value: Int64, _ resource: String) -> String {
        switch resource {
        case "cpu": return value % 1000 == 0 ? "\(value / 1000)" : "\(value)m"
        case "memory":
            if value % (1 << 30) == 0 { return "\(value >> 30)Gi" }
            if value % (1 << 20) == 0 { return "\(value >> 20)Mi" }
            return "\(value)"
        default: return "\(value)"
        }
    }
}
