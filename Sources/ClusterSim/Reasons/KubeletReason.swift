import KubeModel

public enum KubeletReason: Hashable, Sendable {
    case startingPod(pod: ObjectKey, node: String)
    case pullingImage(pod: ObjectKey, container: String, image: String)
    case imagePulled(pod: ObjectKey, container: String, image: String)
    case imagePullFailed(pod: ObjectKey, container: String, image: String)
    case imagePullBackOff(pod: ObjectKey, container: String, image: String, backoffSeconds: Int64)
    case containerStarted(pod: ObjectKey, container: String)
    case containerReady(pod: ObjectKey, container: String)
    case containerExited(pod: ObjectKey, container: String, exitCode: Int, reason: String)
    case crashLoopBackOff(pod: ObjectKey, container: String, backoffSeconds: Int64)
    case containerRestarted(pod: ObjectKey, container: String, restartCount: Int)
    case podFinished(pod: ObjectKey, phase: PodPhase)
    case stoppingPod(pod: ObjectKey, gracePeriod: Int64)
    case podRemoved(pod: ObjectKey)
    case statusSync(pod: ObjectKey)

    public var isBookkeeping: Bool {
        if case .statusSync = self { return true }
        return false
    }
}
