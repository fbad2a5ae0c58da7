import KubeModel

/// The simulated cluster: the store, the virtual clock, the work queue, and the loop that
/// runs controllers and applies what they ask for.
///
/// Time moves only when told to (`step`, `advance`, `settle`), like swift-nio's
/// EmbeddedEventLoop: every piece of work due by then runs, in due order.
public final class Simulation {
    public internal(set) var state: ClusterState
    public internal(set) var config: SimulationConfig
    public internal(set) var log = DecisionLog()
    var queue = WorkQueue()
    var rng: SeededRandom
    /// Owner UIDs deleted with `--cascade=orphan`: their dependents are released, not deleted.
    var orphanOwners: Set<String> = []
    var nodeCount = 0
    /// Admission's defaults for the last pod spec it saw (`AdmissionMemo.swift`).
    var admission = AdmissionMemo()
    /// Equal condition lists of pods' statuses, kept once (`SharedConditions.swift`).
    var sharedConditions = SharedConditions()
    /// What people did, oldest first (for `why`).
    public internal(set) var userActions: [UserAction] = []

    public var now: Instant { state.now }

    /// Called after every recorded decision, with the state already changed: how a watch
    /// (`kubectl get -w`) sees each change as it happens rather than only the end result.
    public var onDecision: ((Decision) -> Void)?

    public init(nodes: Int = 3, seed: UInt64 = 1, config: SimulationConfig = SimulationConfig()) {
        self.config = config
        self.rng = SeededRandom(seed: seed)
        self.state = ClusterState(now: .simulationEpoch)
        bootstrap(nodes: nodes)
    }

    /// The namespaces and nodes every fresh cluster has, created at the epoch so their AGE
    /// reads as the time since the simulation started.
    private func bootstrap(nodes: Int) {
        for name in ["default", "kube-node-lease", "kube-public", "kube-system"] {
            var ns = Namespace(metadata: ObjectMeta(name: name))
            stamp(&ns.metadata, kind: .namespace)
            ns.metadata.labels["kubernetes.io/metadata.name"] = name
            state.putNamespace(ns)
        }
        for i in 1...max(1, nodes) { _ = addNode(named: "node-\(i)") }
        bootstrapKubernetesService()
    }

    /// Fills uid, resourceVersion and creationTimestamp as the API server does on create.
    func stamp(_ meta: inout ObjectMeta, kind: Kind) {
        meta.uid = rng.uuid()
        meta.resourceVersion = state.nextResourceVersion()
        meta.creationTimestamp = state.now
        if kind.isNamespaced && meta.namespace.isEmpty { meta.namespace = "default" }
        if meta.generation == 0, kind == .deployment || kind == .replicaSet { meta.generation = 1 }
    }

    /// A seeded name for `generateName` that no object of that kind in the namespace has yet.
    func generateName(prefix: String, exists: (String) -> Bool) -> String {
        let base = String(prefix.prefix(58))
        while true {
            let name = base + rng.nameSuffix()
            if !exists(name) { return name }
        }
    }

    // MARK: running controllers

    /// Runs one piece of work: the controller reads the state and returns actions.
    func reconcile(_ work: Work) -> [Action] {
        let orphan: Bool
        if case .garbageCollect(let uid) = work { orphan = orphanOwners.contains(uid) } else { orphan = false }
        return Self.reconcile(work, in: &state, config: config, orphan: orphan)
    }

    /// The dispatch itself. The state comes in place (`inout`, though nothing writes it): handed
    /// straight from the class property, each call would copy the whole `ClusterState` struct,
    /// retaining and releasing every table in it.
    private static func reconcile(_ work: Work, in state: inout ClusterState, config: SimulationConfig, orphan: Bool) -> [Action] {
        switch work {
        case .schedule(let key): return Scheduler.reconcile(pod: key, in: state, config: config)
        case .kubelet(let key): return Kubelet.reconcile(pod: key, in: state, config: config)
        case .replicaSet(let key): return ReplicaSetController.reconcile(key, in: state, config: config)
        case .deployment(let key): return DeploymentController.reconcile(key, in: state, config: config)
        case .nodeLifecycle(let name): return NodeLifecycleController.reconcile(node: name, in: state, config: config)
        case .taintEviction(let key): return TaintEvictionController.reconcile(pod: key, in: state, config: config)
        case .garbageCollect(let uid): return GarbageCollector.reconcile(ownerUID: uid, orphan: orphan, in: state)
        case .job(let key): return JobController.reconcile(key, in: state, config: config)
        case .cronJob(let key): return CronJobController.reconcile(key, in: state, config: config)
        case .daemonSet(let key): return DaemonSetController.reconcile(key, in: state, config: config)
        case .statefulSet(let key): return StatefulSetController.reconcile(key, in: state, config: config)
        }
    }

    /// Pops and runs the next due work item (moving the clock to its time), recording a
    /// decision when it asked for anything. Returns nil when there is no work.
    @discardableResult
    func runNext(until limit: Instant? = nil) -> Decision?? {
        guard let due = queue.peekDue() else { return nil }
        if let limit, due > limit { return nil }
        guard let (work, at) = queue.pop() else { return nil }
        if at > state.now { state.now = at }
        let actions = reconcile(work)
        if actions.isEmpty { return .some(nil) }
        // Applied by index: `flatMap` would copy each action into its closure.
        var effects: [Effect] = []
        for i in actions.indices { effects += apply(actions[i]) }
        let reasons = Self.reasons(of: actions)
        if reasons.isEmpty { return .some(nil) } // only timers were set
        let notable = reasons.contains { !$0.isBookkeeping }
        let decision = Decision(sequence: log.total + 1, time: state.now, controller: work.controller,
                                about: subject(of: work), reasons: reasons, effects: effects, notable: notable)
        log.append(decision)
        onDecision?(decision)
        return .some(decision)
    }

    /// The distinct reasons of `actions` in order, timers' left out. Only reasons of the same
    /// shape are compared in full, newest kept first: a burst of creations shares one reason.
    private static func reasons(of actions: [Action]) -> [Reason] {
        var kept: [(action: Int, shape: Int)] = []
        outer: for i in actions.indices where !actions[i].change.isRequeue {
            let shape = actions[i].reason.shape
            for k in kept.indices.reversed() where kept[k].shape == shape {
                if actions[kept[k].action].reason == actions[i].reason { continue outer }
            }
            kept.append((i, shape))
        }
        var reasons: [Reason] = []
        reasons.reserveCapacity(kept.count)
        for k in kept { reasons.append(actions[k.action].reason) }
        return reasons
    }

    /// The garbage collector's subject is the owner as it is now (it may be gone later); any
    /// other is named by the work item, in text only when read.
    private func subject(of work: Work) -> Decision.Subject {
        if case .garbageCollect(let uid) = work { return .text(state.objectsByUID[uid]?.description ?? "uid/\(uid)") }
        return .work(work)
    }

    /// Performs the next notable controller decision, passing over bookkeeping and idle
    /// work on the way, and moving the clock to when it happens.
    public func step() -> Decision? {
        var guardCount = 0
        while guardCount < 100_000 {
            guardCount += 1
            switch runNext() {
            case .none: return nil
            case .some(.none): continue
            case .some(.some(let d)): if d.notable { return d }
            }
        }
        return nil
    }

    /// Runs everything due within `span` and leaves the clock exactly `span` later.
    /// Returns the decisions made, oldest first.
    @discardableResult
    public func advance(by span: Millis) -> [Decision] {
        let target = state.now + max(0, span)
        var made: [Decision] = []
        while case .some(let result) = runNext(until: target) {
            if let d = result { made.append(d) }
        }
        if target > state.now { state.now = target }
        return made
    }

    public struct SettleResult: Sendable {
        public var elapsed: Millis
        public var decisions: [Decision]
        /// False when the bound was hit with work still pending.
        public var settled: Bool
    }

    /// Runs until no controller has anything left to do but wait out a back-off, or until
    /// `limit` of simulated time has passed. With `keepDecisions` false the result lists
    /// none (the log still records them): a 150,000-pod rollout makes ~700,000.
    @discardableResult
    public func settle(limit: Millis = .minutes(60), keepDecisions: Bool = true) -> SettleResult {
        let start = state.now
        let deadline = start + limit
        var made: [Decision] = []
        while true {
            guard let due = queue.peekDue() else { break }
            if queue.nonRetryCount == 0 { break }
            if due > deadline { state.now = deadline; return SettleResult(elapsed: limit, decisions: made, settled: false) }
            if case .some(.some(let d)) = runNext(), keepDecisions { made.append(d) }
        }
        return SettleResult(elapsed: state.now - start, decisions: made, settled: true)
    }

    /// Whether any work is waiting (for tests and the shell's prompt).
    public var hasPendingWork: Bool { !queue.isEmpty }
    public var pendingWorkCount: Int { queue.count }

    // MARK: nodes

    /// Adds a Ready node named `name` with the default size. Returns false if it exists.
    @discardableResult
    public func addNode(named name: String) -> Bool {
        guard state.nodes[name] == nil else { return false }
        nodeCount += 1
        var runtime = NodeRuntime(index: nodeCount, lastHeartbeat: state.now)
        runtime.kubeletRunning = true
        var node = Node(metadata: ObjectMeta(name: name))
        stamp(&node.metadata, kind: .node)
        node.metadata.labels = [
            "beta.kubernetes.io/arch": "amd64", "beta.kubernetes.io/os": "linux",
            "kubernetes.io/arch": "amd64", "kubernetes.io/hostname": name, "kubernetes.io/os": "linux",
        ]
        node.spec.podCIDR = runtime.podCIDR
        let cpu = Quantity.cores(config.nodeCPU), mem = Quantity.gibibytes(config.nodeMemoryGiB)
        let pods = Quantity(milli: Int64(config.maxPodsPerNode) * 1000, text: String(config.maxPodsPerNode))
        node.status.capacity = ["cpu": cpu, "memory": mem, "pods": pods]
        node.status.allocatable = ["cpu": cpu, "memory": mem, "pods": pods]
        node.status.addresses = [(type: "InternalIP", address: runtime.internalIP), (type: "Hostname", address: name)]
        let t = state.now
        node.status.conditions = [
            NodeCondition(type: "MemoryPressure", status: .false, reason: "KubeletHasSufficientMemory", message: "kubelet has sufficient memory available", lastHeartbeatTime: t, lastTransitionTime: t),
            NodeCondition(type: "DiskPressure", status: .false, reason: "KubeletHasNoDiskPressure", message: "kubelet has no disk pressure", lastHeartbeatTime: t, lastTransitionTime: t),
            NodeCondition(type: "PIDPressure", status: .false, reason: "KubeletHasSufficientPID", message: "kubelet has sufficient PID available", lastHeartbeatTime: t, lastTransitionTime: t),
            NodeCondition(type: "Ready", status: .true, reason: "KubeletReady", message: "kubelet is posting ready status", lastHeartbeatTime: t, lastTransitionTime: t),
        ]
        state.putNode(node)
        state.nodeRuntime[name] = runtime
        nodeBecameAvailable()
        nodesChangedForDaemonSets()
        return true
    }

    /// A schedulable node appeared or came back: every waiting pod gets another chance.
    func nodeBecameAvailable() {
        for key in state.unschedulablePods.sorted() { queue.add(.schedule(key), at: state.now) }
    }
}
