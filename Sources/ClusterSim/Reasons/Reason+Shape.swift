/// Which case a reason is, read without copying its payload: two reasons of different shapes
/// are different, so a decision's distinct reasons are found comparing few of them in full.
/// (Comparing two reasons copies both, strings and all; a kubelet's first run over a pod
/// gives a dozen actions with half a dozen reasons.)
extension Reason {
    var shape: Int {
        switch self {
        case .scheduler: return 1
        case .kubelet(let k): return 32 + k.shape
        case .replicaSet: return 2
        case .deployment: return 3
        case .nodeLifecycle: return 4
        case .taintEviction: return 5
        case .garbageCollector: return 6
        case .job: return 7
        case .cronJob: return 8
        case .daemonSet: return 9
        case .statefulSet: return 10
        }
    }
}

extension KubeletReason {
    var shape: Int {
        switch self {
        case .sandboxCreated: return 0
        case .rejected: return 1
        case .pullingImage: return 2
        case .imagePresent: return 3
        case .imagePulled: return 4
        case .imagePullFailed: return 5
        case .imagePullBackOff: return 6
        case .imageNeverPull: return 7
        case .containerStarted: return 8
        case .containerStartFailed: return 9
        case .containerReady: return 10
        case .readinessFailed: return 11
        case .livenessFailed: return 12
        case .containerExited: return 13
        case .crashLoopBackOff: return 14
        case .podFinished: return 15
        case .stoppingPod: return 16
        case .containerStopped: return 17
        case .podRemoved: return 18
        case .statusSync: return 19
        }
    }
}
