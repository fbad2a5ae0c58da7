import KubeModel

/// Why the kubelet of a node changed something about a pod. Each case names the node, the
/// pod and the container, and the numbers the prose needs.
public enum KubeletReason: Hashable, Sendable {
    /// First sight of a pod bound to this node: a sandbox and an IP from the node's range.
    case sandboxCreated(pod: ObjectKey, node: String, ip: String)
    /// Admission refused the pod: the node lacks room for its requests (`OutOfcpu`…).
    case rejected(pod: ObjectKey, node: String, resource: String, requested: Int64, used: Int64, capacity: Int64)
    case pullingImage(pod: ObjectKey, node: String, container: String, image: String)
    /// `IfNotPresent` (or `Never`) and the node already has the image: no pull at all.
    case imagePresent(pod: ObjectKey, node: String, container: String, image: String)
    case imagePulled(pod: ObjectKey, node: String, container: String, image: String, millis: Millis)
    /// The registry has no such image or tag (ErrImagePull); the next try waits `retrySeconds`.
    case imagePullFailed(pod: ObjectKey, node: String, container: String, image: String, retrySeconds: Int64)
    /// Still inside the pull back-off (ImagePullBackOff), which lasts `retrySeconds` from the failure.
    case imagePullBackOff(pod: ObjectKey, node: String, container: String, image: String, retrySeconds: Int64)
    case imageNeverPull(pod: ObjectKey, node: String, container: String, image: String)
    /// A container instance was created and started; `restartCount` > 0 for a restart.
    case containerStarted(pod: ObjectKey, node: String, container: String, restartCount: Int)
    /// The runtime could not start the process (no such executable): StartError.
    case containerStartFailed(pod: ObjectKey, node: String, container: String, executable: String)
    /// The readiness probe passed (or there is none): the container counts as ready.
    case containerReady(pod: ObjectKey, node: String, container: String, probed: Bool)
    /// The readiness probe failed: the container stays (or becomes) not ready.
    case readinessFailed(pod: ObjectKey, node: String, container: String, port: Int?)
    /// The liveness probe failed (`failures` in a row); at `threshold` the container is killed
    /// and, unless the pod's restartPolicy is Never, restarted.
    case livenessFailed(pod: ObjectKey, node: String, container: String, failures: Int, threshold: Int)
    case containerExited(pod: ObjectKey, node: String, container: String, exitCode: Int, reason: String)
    /// The container keeps failing: the next restart waits `backoffSeconds` (CrashLoopBackOff).
    case crashLoopBackOff(pod: ObjectKey, node: String, container: String, backoffSeconds: Int64)
    /// Every container has finished and none will restart: the pod is Succeeded or Failed.
    case podFinished(pod: ObjectKey, node: String, phase: PodPhase, restartPolicy: RestartPolicy)
    /// The pod is being deleted: SIGTERM to every running container; those that ignore it
    /// (`ignoring`) get SIGKILL when the grace period ends.
    case stoppingPod(pod: ObjectKey, node: String, gracePeriod: Int64, ignoring: [String])
    case containerStopped(pod: ObjectKey, node: String, container: String, killed: Bool)
    /// The containers are gone: the kubelet lets the API server remove the pod object. `killed`
    /// names the containers that ignored SIGTERM and were killed when the grace period ended.
    case podRemoved(pod: ObjectKey, node: String? = nil, killed: [String] = [])
    case statusSync(pod: ObjectKey)

    public var isBookkeeping: Bool {
        if case .statusSync = self { return true }
        return false
    }

    /// The node whose kubelet decided, for the "Kubelet on node-2:" heading.
    public var node: String? {
        switch self {
        case .sandboxCreated(_, let n, _), .rejected(_, let n, _, _, _, _), .pullingImage(_, let n, _, _),
             .imagePresent(_, let n, _, _), .imagePulled(_, let n, _, _, _), .imagePullFailed(_, let n, _, _, _),
             .imagePullBackOff(_, let n, _, _, _), .imageNeverPull(_, let n, _, _), .containerStarted(_, let n, _, _),
             .containerStartFailed(_, let n, _, _), .containerReady(_, let n, _, _), .readinessFailed(_, let n, _, _),
             .livenessFailed(_, let n, _, _, _), .containerExited(_, let n, _, _, _), .crashLoopBackOff(_, let n, _, _),
             .podFinished(_, let n, _, _), .stoppingPod(_, let n, _, _), .containerStopped(_, let n, _, _):
            return n
        case .podRemoved(_, let n, _): return n
        case .statusSync: return nil
        }
    }
}
