import KubeModel

/// Why a controller asked for a change. One case per controller, each with its own enum of
/// reason kinds carrying the names and numbers the prose needs. No prose is stored here:
/// the shell renders each kind with its own template.
public enum Reason: Hashable, Sendable {
    case scheduler(SchedulerReason)
    case kubelet(KubeletReason)
    case replicaSet(ReplicaSetReason)
    case deployment(DeploymentReason)
    case nodeLifecycle(NodeLifecycleReason)
    case taintEviction(TaintEvictionReason)
    case garbageCollector(GarbageCollectorReason)
    case job(JobReason)
    case cronJob(CronJobReason)
    case daemonSet(DaemonSetReason)
    case statefulSet(StatefulSetReason)

    /// Status bookkeeping (counts, conditions) that changes no object a learner would see move.
    public var isBookkeeping: Bool {
        switch self {
        case .replicaSet(.statusUpdate): return true
        case .deployment(let d): return d.isBookkeeping
        case .kubelet(let k): return k.isBookkeeping
        case .job(let j): return j.isBookkeeping
        case .cronJob(let c): return c.isBookkeeping
        case .daemonSet(.statusUpdate): return true
        case .statefulSet(.statusUpdate): return true
        default: return false
        }
    }
}

public enum ReplicaSetReason: Hashable, Sendable {
    /// "I see 2 copies. I need 3." — fewer active pods than spec.replicas.
    case tooFewPods(replicaSet: ObjectKey, have: Int, want: Int)
    /// More active pods than wanted; the chosen victims are ranked as Kubernetes ranks them.
    case tooManyPods(replicaSet: ObjectKey, have: Int, want: Int)
    /// A pod without a controller matches the selector: the ReplicaSet takes ownership.
    case adoptOrphan(replicaSet: ObjectKey, pod: String)
    /// An owned pod's labels stopped matching: it is let go and becomes a naked pod.
    case releasePod(replicaSet: ObjectKey, pod: String)
    case statusUpdate(replicaSet: ObjectKey)
}

public enum GarbageCollectorReason: Hashable, Sendable {
    /// The owner is gone, so its dependent is deleted (background cascading deletion).
    case ownerDeleted(dependent: ObjectRef, ownerKind: String, ownerName: String)
    /// `--cascade=orphan`: the owner is gone and its dependent keeps running, unowned.
    case orphaned(dependent: ObjectRef, ownerKind: String, ownerName: String)
    /// `--cascade=foreground`: the owner waits, being deleted, while its dependents go first.
    case foregroundDependent(dependent: ObjectRef, ownerKind: String, ownerName: String)
    /// Every dependent of an owner deleted in the foreground is gone: its finalizer is
    /// removed and it is deleted.
    case foregroundFinished(owner: ObjectRef)
}
