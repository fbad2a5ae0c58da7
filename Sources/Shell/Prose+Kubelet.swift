import ClusterSim
import KubeModel

extension Prose {
    static func kubelet(_ r: KubeletReason) -> String {
        switch r {
        case .startingPod(let pod, let node): return "On \(node), I set up pod \(pod.name): a sandbox and an IP address."
        case .pullingImage(let pod, let c, let image): return "I pull image \(image) for container \(c) of pod \(pod.name)."
        case .imagePulled(let pod, let c, let image): return "Image \(image) is pulled for container \(c) of pod \(pod.name)."
        case .imagePullFailed(let pod, let c, let image): return "I cannot pull image \(image) for container \(c) of pod \(pod.name): the registry has no such image or tag (ErrImagePull)."
        case .imagePullBackOff(let pod, _, let image, let secs): return "Pulling \(image) for pod \(pod.name) keeps failing, so I wait \(secs)s before trying again (ImagePullBackOff)."
        case .containerStarted(let pod, let c): return "I start container \(c) of pod \(pod.name)."
        case .containerReady(let pod, let c): return "Container \(c) of pod \(pod.name) passes its readiness check, so the pod is Ready."
        case .containerExited(let pod, let c, let code, let reason): return "Container \(c) of pod \(pod.name) exited with code \(code) (\(reason))."
        case .crashLoopBackOff(let pod, let c, let secs): return "Container \(c) of pod \(pod.name) keeps crashing, so I wait \(secs)s before restarting it (CrashLoopBackOff)."
        case .containerRestarted(let pod, let c, let n): return "I restart container \(c) of pod \(pod.name) (restart \(n))."
        case .podFinished(let pod, let phase): return "Every container of pod \(pod.name) has finished, so the pod is \(phase.rawValue)."
        case .stoppingPod(let pod, let grace): return "Pod \(pod.name) is being deleted: I send its containers SIGTERM and give them up to \(grace)s."
        case .podRemoved(let pod): return "Pod \(pod.name) has stopped, so its object is removed."
        case .statusSync(let pod): return "I report the status of pod \(pod.name)."
        }
    }
}
