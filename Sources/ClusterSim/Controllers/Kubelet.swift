import KubeModel

/// The kubelet of the pod's node, reconciling one pod (`pkg/kubelet/kubelet.go SyncPod`).
///
/// It keeps its memory in `PodRuntime` — which container is pulling, running, backing off,
/// and until when — and acts only on what has come due: each run processes every remembered
/// moment up to now, in time order, writes the resulting status, and asks to be woken at the
/// next remembered moment. A crashed node's kubelet does nothing at all, which is exactly why
/// its pods stay as they were last reported; when it comes back it catches up.
public enum Kubelet {
    public static func reconcile(pod key: ObjectKey, in state: ClusterState, config: SimulationConfig) -> [Action] {
        withUnsafePointer(to: state) { cluster in
            // Read inside the closure and handed on with `consume`: read outside, the closure
            // would capture them and the run would make a second copy of the pod and its memory.
            guard let pod = cluster.pointee.pods[key], let nodeName = pod.spec.nodeName,
                  let node = cluster.pointee.nodeRuntime[nodeName], node.kubeletRunning else { return [] }
            let runtime = cluster.pointee.podRuntime[key] ?? PodRuntime()
            var sync = KubeletSync(pod: consume pod, nodeName: nodeName, node: consume node, runtime: consume runtime,
                                   state: cluster, config: config)
            sync.run()
            return sync.finish()
        }
    }
}

/// One run of the kubelet over one pod: the runtime memory it works on and what it has done.
struct KubeletSync {
    let pod: Pod
    let key: ObjectKey
    let nodeName: String
    let config: SimulationConfig
    /// The cluster as it was when this run began. Held by address for the run's length (it
    /// never outlives `reconcile`): a stored copy would retain and release every table.
    private let cluster: UnsafePointer<ClusterState>
    var state: ClusterState { unsafeAddress { cluster } }
    let now: Instant
    var rt: PodRuntime
    let originalRuntime: PodRuntime
    var node: NodeRuntime
    let originalNode: NodeRuntime
    /// What happened, in order, as the actions that report it: Events, and for a decision
    /// that has no Event of its own (an exit, a container becoming ready) a write of the
    /// pod's memory filed under it. Those writes carry the memory as the run leaves it, which
    /// `finish` fills in; until then they hold an empty one. (Kept as the actions themselves,
    /// so that `finish` hands the list on instead of copying every Event out of it.)
    var log: [Action] = []
    /// Where in `log` those memory writes are, in order.
    var runtimeWrites: [Int] = []
    var removal: KubeletReason? = nil
    /// Set when one run had more to catch up on than it may do at once; it goes on a moment later.
    var budgetExhausted = false
    var rejection: (reason: String, message: String)? = nil
    /// The last container's event `fieldPath` (`fieldPath(_:)`).
    private var lastFieldPath: (ref: ContainerRef, path: String)? = nil

    init(pod: Pod, nodeName: String, node: NodeRuntime, runtime: PodRuntime, state: UnsafePointer<ClusterState>, config: SimulationConfig) {
        self.pod = pod; self.key = pod.metadata.key; self.nodeName = nodeName
        self.node = node; self.originalNode = node; self.rt = runtime; self.originalRuntime = runtime
        self.cluster = state; self.config = config; self.now = state.pointee.now
        // Room for a run's usual few Events and writes, so the log does not grow 1, 2, 4, 8.
        log.reserveCapacity(8)
    }

    mutating func run() {
        if pod.metadata.deletionTimestamp != nil { terminate(); return }
        if pod.status.phase == .succeeded || pod.status.phase == .failed || rt.rejected { return }
        if rt.sandboxCreatedAt == nil {
            guard admit() else { return }
            createSandbox()
            orchestrate(at: now)
        }
        processDue()
    }

    /// Fires every remembered moment up to now, oldest first; each may start the next step.
    mutating func processDue() {
        var budget = 20_000
        var next = nextDue()
        while let due = next, due.at <= now {
            guard budget > 0 else { budgetExhausted = true; return }
            fire(due)
            if rt.termination == nil { orchestrate(at: max(due.at, node.kubeletStartedAt)) }
            budget -= 1
            next = nextDue()
            // Every moment handled moves its container on; one that did not would repeat forever.
            if let again = next, again.at == due.at, again.ref == due.ref, again.kind == due.kind { return }
        }
    }

    /// The actions, in the order things happened: Events (and, for a decision without an
    /// Event, a write of the pod's memory carrying that decision), then the new status, and
    /// the next wake-up. Called once, at the end of the run: it takes the log.
    mutating func finish() -> [Action] {
        var status = pod.status
        if removal == nil {
            status = KubeletStatus.make(self)
            if let rejection {
                status = pod.status
                status.phase = .failed
                status.reason = rejection.reason
                status.message = "Pod was rejected: " + rejection.message
            } else if status.phase != pod.status.phase, status.phase == .succeeded || status.phase == .failed {
                note(.podFinished(pod: key, node: nodeName, phase: status.phase, restartPolicy: pod.spec.restartPolicy))
            }
        }
        // The decision the run is filed under: the first thing that happened.
        let first: KubeletReason?
        if let a = log.first { if case .kubelet(let r) = a.reason { first = r } else { first = .statusSync(pod: key) } }
        else { first = nil }
        let main = Reason.kubelet(first ?? removal ?? .statusSync(pod: key))
        var actions: [Action] = []
        swap(&actions, &log)
        for i in runtimeWrites { actions[i] = Action(.setPodRuntime(key, rt), because: actions[i].reason) }
        let runtimeWritten = !runtimeWrites.isEmpty
        if node != originalNode { actions.insert(Action(.setNodeRuntime(nodeName, node), because: main), at: 0) }
        if let removal { actions.append(Action(.removePod(key), because: .kubelet(removal))); return actions }
        let statusChanged = status != pod.status
        if statusChanged { actions.append(Action(.setPodStatus(key, status), because: main)) }
        if rt != originalRuntime && !runtimeWritten { actions.append(Action(.setPodRuntime(key, rt), because: main)) }
        // A finished or refused pod has nothing left to do; neither has a run that left only
        // moments it could not act on (so it never wakes itself in a loop).
        let over = status.phase == .succeeded || status.phase == .failed || rt.rejected
        guard !over else { return actions }
        let next = nextDue()
        if let due = next, due.at > now || budgetExhausted {
            actions.append(Action(.requeue(.kubelet(key), at: max(due.at, now + 1), retry: !anyAwaitedDue()), because: main))
        } else if statusChanged, next != nil {
            // Something is due already: run again at once, after this status is written. (The
            // write itself does not wake the kubelet that made it; see `podChanged`.)
            actions.append(Action(.requeue(.kubelet(key), at: now), because: main))
        }
        return actions
    }

    // MARK: helpers

    /// Records an Event about the pod (or one of its containers) with the decision behind it.
    mutating func event(_ reason: String, _ message: String, type: String = "Normal", container ref: ContainerRef? = nil,
                        because why: KubeletReason) {
        var fieldPath: String? = nil
        if let ref { fieldPath = self.fieldPath(ref) }
        let record = EventRecord(object: ObjectRef(.pod, key), uid: pod.metadata.uid, type: type, reason: reason,
                                 message: message, source: .kubelet, fieldPath: fieldPath, host: pod.spec.nodeName)
        log.append(Action(.recordEvent(record), because: .kubelet(why)))
    }

    /// `spec.containers{name}`, built once per container and run: a container's events come
    /// several at a time (Pulled, Created, Started), each naming it.
    private mutating func fieldPath(_ ref: ContainerRef) -> String {
        if let last = lastFieldPath, last.ref == ref { return last.path }
        let path = ByteText.joined(ref.isInit ? "spec.initContainers{" : "spec.containers{", name(ref), "}")
        lastFieldPath = (ref, path)
        return path
    }

    /// Records a decision that has no Event of its own.
    mutating func note(_ why: KubeletReason) {
        runtimeWrites.append(log.count)
        log.append(Action(.setPodRuntime(key, PodRuntime()), because: .kubelet(why)))
    }

    /// The container's memory, read and changed in place: a container's memory is large (two
    /// instances with their plans), and a copy out and back for every field set shows.
    subscript(ref: ContainerRef) -> ContainerRuntime {
        get { ref.isInit ? rt.initContainers[ref.index] : rt.containers[ref.index] }
        _modify { if ref.isInit { yield &rt.initContainers[ref.index] } else { yield &rt.containers[ref.index] } }
    }

    /// Changes the container's memory in place, several fields in one access.
    mutating func update(_ ref: ContainerRef, _ body: (inout ContainerRuntime) -> Void) {
        if ref.isInit { body(&rt.initContainers[ref.index]) } else { body(&rt.containers[ref.index]) }
    }

    /// Single fields of a container's memory and spec, read where they lie: the kubelet reads
    /// these at every step, and going through `self[ref]` or `spec(ref)` copies the whole.
    func name(_ ref: ContainerRef) -> String {
        ref.isInit ? rt.initContainers[ref.index].name : rt.containers[ref.index].name
    }

    func stage(_ ref: ContainerRef) -> ContainerStage {
        ref.isInit ? rt.initContainers[ref.index].stage : rt.containers[ref.index].stage
    }

    func image(_ ref: ContainerRef) -> String {
        ref.isInit ? pod.spec.initContainers[ref.index].image : pod.spec.containers[ref.index].image
    }

    func spec(_ ref: ContainerRef) -> Container {
        ref.isInit ? pod.spec.initContainers[ref.index] : pod.spec.containers[ref.index]
    }

    var refs: [ContainerRef] {
        rt.initContainers.indices.map { ContainerRef(isInit: true, index: $0) }
            + rt.containers.indices.map { ContainerRef(isInit: false, index: $0) }
    }

    /// The container's image as the runtime names it: as worked out when the sandbox was made,
    /// unless the spec names another image now.
    func normalizedImage(_ ref: ContainerRef) -> String {
        let known = ref.isInit ? rt.initContainers[ref.index].image : rt.containers[ref.index].image
        let image = self.image(ref)
        return known.spec == image ? known.normalized : ImageCatalogue.normalized(image)
    }

    /// `pod_default(uid)`, as `format.Pod` names a pod in kubelet messages.
    var formattedPod: String { "\(key.name)_\(key.namespace)(\(pod.metadata.uid))" }
}

/// Which container of the pod: init containers and app containers are numbered apart.
struct ContainerRef: Hashable, Sendable {
    var isInit: Bool
    var index: Int
}
