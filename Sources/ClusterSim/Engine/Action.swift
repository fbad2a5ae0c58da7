import KubeModel

/// A change a controller asks the API server for. Controllers never write the store
/// themselves; they return these, and the `Simulation` applies them in order.
///
/// The cases that carry a whole object are `indirect` (boxed): an enum is as large as its
/// largest case, and inline a Job would make every action — a timer, a status write —
/// 770 bytes to build, copy and grow arrays of. Boxed, the largest are a pod status and an
/// Event record.
public enum Change: Hashable, Sendable {
    indirect case createPod(Pod)                                      // name filled from generateName if empty
    case bindPod(ObjectKey, node: String)
    case setPodStatus(ObjectKey, PodStatus)
    indirect case setPodMetadata(ObjectKey, ObjectMeta)               // adopt/release (ownerReferences), labels
    /// Graceful delete: sets deletionTimestamp; the kubelet finishes it. Immediate when the
    /// pod was never scheduled or `gracePeriod` is 0.
    case deletePod(ObjectKey, gracePeriod: Int64?)
    /// The kubelet confirms the containers are gone: the object leaves the store.
    case removePod(ObjectKey)
    case setPodRuntime(ObjectKey, PodRuntime)

    indirect case createReplicaSet(ReplicaSet)
    indirect case updateReplicaSet(ReplicaSet)                        // spec and metadata
    case setReplicaSetStatus(ObjectKey, ReplicaSetStatus)
    case deleteReplicaSet(ObjectKey)

    indirect case updateDeployment(Deployment)                        // metadata (annotations) and spec
    case setDeploymentStatus(ObjectKey, DeploymentStatus)
    case deleteDeployment(ObjectKey)

    indirect case createJob(Job)                                      // a CronJob's child; defaulted as the API server does
    case setJobStatus(ObjectKey, JobStatus)
    case deleteJob(ObjectKey)                                         // background cascade: its pods go through the GC
    case setCronJobStatus(ObjectKey, CronJobStatus)
    case setDaemonSetStatus(ObjectKey, DaemonSetStatus)
    case setStatefulSetStatus(ObjectKey, StatefulSetStatus)
    indirect case recordStatefulSetRevision(String, PodTemplateSpec)
    indirect case createPersistentVolumeClaim(PersistentVolumeClaim)  // bound at once by the default StorageClass

    indirect case updateNode(Node)
    case setNodeRuntime(String, NodeRuntime)

    case recordEvent(EventRecord)
    /// Ask for `work` to run again at a later time (a timer, not a change to any object).
    /// A `retry` is a back-off: `settle` does not wait for it.
    case requeue(Work, at: Instant, retry: Bool = false)
}

extension Change {
    /// A timer, not a change to any object: it gives a decision no reason of its own.
    var isRequeue: Bool { if case .requeue = self { return true } else { return false } }
}

/// An Event to record, before the API server gives it a name and timestamps.
public struct EventRecord: Hashable, Sendable {
    public var object: ObjectRef
    public var uid: String
    public var type: String
    public var reason: String
    public var message: String
    public var source: ControllerID
    public var fieldPath: String?
    /// The node a kubelet writes from (`source.host`), nil for the control plane's components.
    /// The kubelet names it as it records, so storing an event never looks up its pod.
    public var host: String?
    public init(object: ObjectRef, uid: String, type: String = "Normal", reason: String, message: String,
                source: ControllerID, fieldPath: String? = nil, host: String? = nil) {
        self.object = object; self.uid = uid; self.type = type; self.reason = reason; self.message = message
        self.source = source; self.fieldPath = fieldPath; self.host = host
    }
}

/// A change together with why it was made. The reason is structured data; the shell
/// turns it into prose, one template per reason kind.
public struct Action: Hashable, Sendable {
    public var change: Change
    public var reason: Reason
    public init(_ change: Change, because reason: Reason) { self.change = change; self.reason = reason }
}
