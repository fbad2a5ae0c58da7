import KubeModel

/// The Deployment controller (`pkg/controller/deployment/deployment_controller.go syncDeployment`).
///
/// One sync, in the real controller's order: claim ReplicaSets (adopt/release); a deleted
/// deployment only gets its status; note pause/resume in the Progressing condition; a paused
/// deployment or a scaling event only resizes (`sync`); otherwise one step of the strategy
/// (`rolloutRolling` / `rolloutRecreate`). Each step returns as soon as it scaled something,
/// so a rollout advances one scaling action per sync and the next sync sees the result.
///
/// Worked example (replicas 3, 25%/25% → maxSurge 1, maxUnavailable 0), after `set image`:
/// sync 1 creates the new ReplicaSet with 1 (4 may be asked for, 3 are); when its pod is
/// available the old one goes 3→2; then new 1→2, old 2→1, new 2→3, old 1→0 — six events.
public enum DeploymentController {
    public static func reconcile(_ key: ObjectKey, in state: ClusterState, config: SimulationConfig) -> [Action] {
        guard let d = state.deployments[key] else { return [] }
        var sync = DeploymentSync(deployment: d, state: state, config: config)
        sync.run()
        return sync.actions
    }
}

/// One sync of one Deployment: the controller's working copies of the Deployment and its
/// ReplicaSets, updated as it decides, and the actions it asks the API server for.
struct DeploymentSync {
    let state: ClusterState
    let config: SimulationConfig
    let now: Instant
    /// The Deployment as read at the start; progress is measured against its status.
    let original: Deployment
    /// The working copy: annotations and status as this sync changes them.
    var d: Deployment
    /// The ReplicaSets this deployment controls, as updated in this sync.
    var rsList: [ReplicaSet]
    /// Names of ReplicaSets created in this sync (not yet known to the API server).
    var created: Set<String> = []
    var actions: [Action] = []
    /// A notable condition change to report instead of plain status bookkeeping.
    var statusReason: DeploymentReason? = nil
    /// Why the deployment's own annotations (the revision) changed.
    var metadataReason: DeploymentReason? = nil

    init(deployment: Deployment, state: ClusterState, config: SimulationConfig) {
        self.state = state
        self.config = config
        self.now = state.now
        self.original = deployment
        self.d = deployment
        self.rsList = []
    }

    var key: ObjectKey { d.metadata.key }

    mutating func run() {
        syncDeployment()
        if d.metadata.annotations != original.metadata.annotations {
            actions.append(Action(.updateDeployment(d), because: .deployment(metadataReason ?? .statusUpdate(deployment: key))))
        }
        if d.status != original.status {
            actions.append(Action(.setDeploymentStatus(key, d.status), because: .deployment(statusReason ?? .statusUpdate(deployment: key))))
            // The Deployment informer sees its own status update and syncs again; that sync is
            // the one that finds the rollout complete and trims the history.
            actions.append(Action(.requeue(.deployment(key), at: now), because: .deployment(.statusUpdate(deployment: key))))
        }
    }

    private mutating func syncDeployment() {
        if d.spec.selector.isEmpty {
            // `syncDeployment`: an empty selector would select every pod.
            let event = EventRecord(object: ObjectRef(.deployment, key), uid: d.metadata.uid, type: "Warning", reason: "SelectingAll",
                                    message: "This deployment is selecting all pods. A non-empty selector is required.", source: .deployment)
            actions.append(Action(.recordEvent(event), because: .deployment(.statusUpdate(deployment: key))))
            d.status.observedGeneration = max(d.status.observedGeneration, d.metadata.generation)
            return
        }
        claimReplicaSets()
        if d.metadata.deletionTimestamp != nil {
            let (newRS, oldRSs) = allReplicaSetsAndSyncRevision(createIfNotExisted: false)
            syncDeploymentStatus(allRSs: oldRSs + [newRS].compactMap { $0 }, newRS: newRS)
            return
        }
        checkPausedConditions()
        if d.spec.paused {
            scaleOnly()
            return
        }
        let (newRS, oldRSs) = allReplicaSetsAndSyncRevision(createIfNotExisted: false)
        if isScalingEvent(newRS: newRS, oldRSs: oldRSs) {
            scaleOnly()
            return
        }
        switch d.spec.strategy.type {
        case .rollingUpdate: rolloutRolling()
        case .recreate: rolloutRecreate()
        }
    }

    // MARK: working copies

    func replicaSet(named name: String) -> ReplicaSet? { rsList.first { $0.metadata.name == name } }

    /// Records a new version of a ReplicaSet: into the working list, and as an update for
    /// the API server (or into the pending create, when it was created in this sync).
    mutating func put(_ rs: ReplicaSet, because reason: DeploymentReason) {
        if let i = rsList.firstIndex(where: { $0.metadata.name == rs.metadata.name }) { rsList[i] = rs } else { rsList.append(rs) }
        if created.contains(rs.metadata.name),
           let i = actions.firstIndex(where: { if case .createReplicaSet(let c) = $0.change { return c.metadata.name == rs.metadata.name }; return false }) {
            actions[i] = Action(.createReplicaSet(rs), because: actions[i].reason)
        } else {
            actions.append(Action(.updateReplicaSet(rs), because: .deployment(reason)))
        }
    }

    mutating func recordEvent(_ message: String, reason eventReason: String = "ScalingReplicaSet", type: String = "Normal",
                              because reason: DeploymentReason) {
        let record = EventRecord(object: ObjectRef(.deployment, key), uid: d.metadata.uid, type: type, reason: eventReason,
                                 message: message, source: .deployment)
        actions.append(Action(.recordEvent(record), because: .deployment(reason)))
    }
}
