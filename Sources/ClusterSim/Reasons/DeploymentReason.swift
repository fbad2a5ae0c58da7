import KubeModel

/// Why the Deployment controller changed something. Each case carries the numbers the
/// controller compared, so the prose can show the arithmetic (`pkg/controller/deployment`).
public enum DeploymentReason: Hashable, Sendable {
    /// No ReplicaSet runs the deployment's pod template: a new one is created
    /// (`sync.go getNewReplicaSet`).
    case createdReplicaSet(deployment: ObjectKey, replicaSet: String, revision: Int, replicas: Int, why: CreateWhy)
    /// A ReplicaSet was resized; `why` says which rule of the rollout or scaling chose the size.
    case scaledReplicaSet(deployment: ObjectKey, replicaSet: String, from: Int, to: Int, why: ScaleWhy)
    /// The pod template matches an existing, older ReplicaSet again (a rollback or a change
    /// undone by hand): that ReplicaSet becomes the newest revision instead of a new one.
    case reusedReplicaSet(deployment: ObjectKey, replicaSet: String, oldRevision: Int, newRevision: Int)
    /// The deployment's own annotations (e.g. `kubernetes.io/change-cause`) are copied onto
    /// its current ReplicaSet, where `kubectl rollout history` reads them.
    case copiedAnnotations(deployment: ObjectKey, replicaSet: String)
    /// A ReplicaSet without an owner matches the selector: the deployment adopts it.
    case adoptedReplicaSet(deployment: ObjectKey, replicaSet: String)
    /// An owned ReplicaSet's labels stopped matching the selector: it is let go.
    case releasedReplicaSet(deployment: ObjectKey, replicaSet: String)
    /// More old ReplicaSets than `revisionHistoryLimit`: the oldest empty one is deleted
    /// (`sync.go cleanupDeployment`).
    case deletedOldReplicaSet(deployment: ObjectKey, replicaSet: String, revision: Int, limit: Int)
    /// The ReplicaSet name for the template hash is taken by one that is not this
    /// deployment's: `status.collisionCount` goes up, which changes the hash.
    case hashCollision(deployment: ObjectKey, replicaSet: String, collisionCount: Int)
    /// Every wanted pod runs the new template and is available (Progressing
    /// reason NewReplicaSetAvailable).
    case rolloutComplete(deployment: ObjectKey, replicaSet: String?, replicas: Int)
    /// No progress for `progressDeadlineSeconds` (Progressing=False, ProgressDeadlineExceeded).
    /// Nothing is rolled back; the controller keeps trying.
    case progressDeadlineExceeded(deployment: ObjectKey, replicaSet: String?, seconds: Int)
    /// `kubectl rollout pause` / `resume` was noticed (Progressing=Unknown).
    case paused(deployment: ObjectKey)
    case resumed(deployment: ObjectKey)
    /// Status counts and conditions: bookkeeping.
    case statusUpdate(deployment: ObjectKey)

    public enum CreateWhy: Hashable, Sendable {
        /// The deployment has no ReplicaSet at all (new, or its ReplicaSets were deleted).
        case noReplicaSet
        /// A rolling update: at most `maxTotal` (= replicas + maxSurge) pods may be asked
        /// for, and the existing ReplicaSets already ask for `specTotal`.
        case rollingUpdate(maxTotal: Int, maxSurge: Int, specTotal: Int)
        /// Recreate: every old pod is gone, so all replicas start at once.
        case recreate
    }

    public enum ScaleWhy: Hashable, Sendable {
        /// One active ReplicaSet and the deployment's replicas changed (`sync.go scale`).
        case scaledDeployment(replicas: Int)
        /// Rolling update, new ReplicaSet grows: it has `available` of `replicas` available
        /// and all ReplicaSets together may ask for at most `maxTotal` (`NewRSNewReplicas`).
        case rollingSurge(available: Int, replicas: Int, maxTotal: Int, specTotal: Int)
        /// The new ReplicaSet asks for more than the deployment wants.
        case newAboveReplicas(replicas: Int)
        /// Old pods that are not available anyway are removed first
        /// (`rolling.go cleanupUnhealthyReplicas`).
        case unhealthyOld(unavailable: Int)
        /// Rolling update, old ReplicaSet shrinks: `available` pods are available and at
        /// least `minAvailable` (= replicas − maxUnavailable) must stay so
        /// (`scaleDownOldReplicaSetsForRollingUpdate`).
        case rollingDrain(available: Int, minAvailable: Int)
        /// Scaled during a rollout: the change is shared in proportion to each ReplicaSet's
        /// size; `allowed` = replicas + maxSurge (`deployment_util.go GetProportion`).
        case proportional(replicas: Int, allowed: Int)
        /// The new ReplicaSet already has all replicas available, so old ones go to zero.
        case newSaturated(replicas: Int)
        /// Recreate: all old pods go before any new one starts (`recreate.go`).
        case recreateOld
        /// Recreate: the old pods are gone, the new ReplicaSet gets every replica.
        case recreateNew(replicas: Int)
    }

    public var isBookkeeping: Bool {
        if case .statusUpdate = self { return true }
        return false
    }
}
