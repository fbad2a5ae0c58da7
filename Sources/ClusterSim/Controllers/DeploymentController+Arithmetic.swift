import KubeModel

/// The numbers a Deployment rollout is made of, as `pkg/controller/deployment/util/deployment_util.go`
/// computes them. Pure functions of the objects, so they can be tested one by one.
///
/// Worked example (replicas 10, 25%/25%): maxSurge = ceil(2.5) = 3, maxUnavailable = floor(2.5) = 2,
/// so at most 13 pods may be asked for and at least 8 must stay available.
public enum RolloutMath {
    /// `ResolveFenceposts`: maxSurge rounds up, maxUnavailable rounds down, and when both
    /// come out 0 maxUnavailable becomes 1 ("surge might not work due to quota").
    /// A missing value counts as 0 (`intstr.ValueOrDefault`).
    public static func fenceposts(maxSurge: IntOrString?, maxUnavailable: IntOrString?, replicas: Int) -> (surge: Int, unavailable: Int) {
        let surge = (maxSurge ?? .int(0)).scaledValue(total: replicas, roundUp: true) ?? 0
        var unavailable = (maxUnavailable ?? .int(0)).scaledValue(total: replicas, roundUp: false) ?? 0
        if surge == 0 && unavailable == 0 { unavailable = 1 }
        return (surge, unavailable)
    }

    /// `MaxSurge`: 0 unless the strategy is RollingUpdate.
    public static func maxSurge(_ d: Deployment) -> Int {
        guard d.spec.strategy.type == .rollingUpdate else { return 0 }
        return fenceposts(maxSurge: d.spec.strategy.maxSurge, maxUnavailable: d.spec.strategy.maxUnavailable,
                          replicas: d.spec.replicas).surge
    }

    /// `MaxUnavailable`: 0 unless RollingUpdate with replicas > 0; never more than replicas.
    public static func maxUnavailable(_ d: Deployment) -> Int {
        guard d.spec.strategy.type == .rollingUpdate, d.spec.replicas > 0 else { return 0 }
        let u = fenceposts(maxSurge: d.spec.strategy.maxSurge, maxUnavailable: d.spec.strategy.maxUnavailable,
                           replicas: d.spec.replicas).unavailable
        return min(u, d.spec.replicas)
    }

    /// `NewRSNewReplicas`: how big the new ReplicaSet may be now. RollingUpdate counts the
    /// spec.replicas of every ReplicaSet (not running pods) against replicas + maxSurge;
    /// Recreate simply wants every replica.
    public static func newRSNewReplicas(_ d: Deployment, allRSs: [ReplicaSet], newRS: ReplicaSet) -> Int {
        switch d.spec.strategy.type {
        case .recreate:
            return d.spec.replicas
        case .rollingUpdate:
            // The surge alone, without the both-zero adjustment (`GetScaledValueFromIntOrPercent`).
            let surge = (d.spec.strategy.maxSurge ?? .int(0)).scaledValue(total: d.spec.replicas, roundUp: true) ?? 0
            let current = specTotal(allRSs)
            let maxTotal = d.spec.replicas + surge
            if current >= maxTotal { return newRS.spec.replicas }
            let scaleUp = min(maxTotal - current, d.spec.replicas - newRS.spec.replicas)
            return newRS.spec.replicas + scaleUp
        }
    }

    public static func specTotal(_ rss: [ReplicaSet]) -> Int { rss.reduce(0) { $0 + $1.spec.replicas } }
    public static func availableTotal(_ rss: [ReplicaSet]) -> Int { rss.reduce(0) { $0 + $1.status.availableReplicas } }
    public static func actualTotal(_ rss: [ReplicaSet]) -> Int { rss.reduce(0) { $0 + $1.status.replicas } }
    public static func readyTotal(_ rss: [ReplicaSet]) -> Int { rss.reduce(0) { $0 + $1.status.readyReplicas } }

    /// `FilterActiveReplicaSets`: those that ask for at least one pod.
    public static func active(_ rss: [ReplicaSet]) -> [ReplicaSet] { rss.filter { $0.spec.replicas > 0 } }

    /// `IsSaturated`: the ReplicaSet asks for, was annotated for, and has available every replica.
    public static func isSaturated(_ d: Deployment, _ rs: ReplicaSet?) -> Bool {
        guard let rs, let desired = Int(rs.metadata.annotations[DeploymentKeys.desiredReplicas] ?? "") else { return false }
        return rs.spec.replicas == d.spec.replicas && desired == d.spec.replicas
            && rs.status.availableReplicas == d.spec.replicas
    }

    /// `GetProportion`: this ReplicaSet's share of `toAdd` replicas during a scaling event,
    /// never more (up) or less (down) than what is left to hand out.
    public static func proportion(_ rs: ReplicaSet, _ d: Deployment, toAdd: Int, added: Int) -> Int {
        if rs.spec.replicas == 0 || toAdd == 0 || toAdd == added { return 0 }
        let fraction = replicaSetFraction(rs, d)
        let allowed = toAdd - added
        return toAdd > 0 ? min(fraction, allowed) : max(fraction, allowed)
    }

    /// `getReplicaSetFraction`: round(rs.spec × (replicas + maxSurge) / max-replicas annotation) − rs.spec,
    /// or the whole size (negative) when scaling to zero.
    static func replicaSetFraction(_ rs: ReplicaSet, _ d: Deployment) -> Int {
        if d.spec.replicas == 0 { return -rs.spec.replicas }
        let deploymentReplicas = d.spec.replicas + maxSurge(d)
        let annotated = Int(rs.metadata.annotations[DeploymentKeys.maxReplicas] ?? "") ?? d.status.replicas
        guard annotated != 0 else { return 0 }
        let size = Double(rs.spec.replicas * deploymentReplicas) / Double(annotated)
        // `integer.RoundToInt32`: math.Round, halves away from zero.
        return Int(size.rounded(.toNearestOrAwayFromZero)) - rs.spec.replicas
    }

    // MARK: orders (`pkg/controller/controller_utils.go`)

    /// `ReplicaSetsByCreationTimestamp`: oldest first, ties by name.
    public static func olderFirst(_ a: ReplicaSet, _ b: ReplicaSet) -> Bool {
        let ta = a.metadata.creationTimestamp ?? Instant(milliseconds: 0)
        let tb = b.metadata.creationTimestamp ?? Instant(milliseconds: 0)
        return ta == tb ? a.metadata.name < b.metadata.name : ta < tb
    }

    /// `ReplicaSetsBySizeNewer`: largest first, newer first among equals (scaling up).
    static func largerNewerFirst(_ a: ReplicaSet, _ b: ReplicaSet) -> Bool {
        a.spec.replicas == b.spec.replicas ? olderFirst(b, a) : a.spec.replicas > b.spec.replicas
    }

    /// `ReplicaSetsBySizeOlder`: largest first, older first among equals (scaling down).
    static func largerOlderFirst(_ a: ReplicaSet, _ b: ReplicaSet) -> Bool {
        a.spec.replicas == b.spec.replicas ? olderFirst(a, b) : a.spec.replicas > b.spec.replicas
    }

    /// `ReplicaSetsByRevision`: lowest revision first, then by age.
    static func lowerRevisionFirst(_ a: ReplicaSet, _ b: ReplicaSet) -> Bool {
        let ra = revision(of: a), rb = revision(of: b)
        return ra == rb ? olderFirst(a, b) : ra < rb
    }

    /// `Revision`: the revision annotation, 0 when absent or not a number.
    public static func revision(of rs: ReplicaSet) -> Int {
        Int(rs.metadata.annotations[DeploymentKeys.revision] ?? "") ?? 0
    }

    /// `EqualIgnoreHash`: the same pod template apart from the pod-template-hash label.
    public static func equalIgnoreHash(_ a: PodTemplateSpec, _ b: PodTemplateSpec) -> Bool {
        var a = a, b = b
        a.metadata.labels[DeploymentKeys.podTemplateHashLabel] = nil
        b.metadata.labels[DeploymentKeys.podTemplateHashLabel] = nil
        return a == b
    }
}

/// The annotation and label keys the Deployment machinery reads and writes.
public enum DeploymentKeys {
    public static let revision = "deployment.kubernetes.io/revision"
    public static let revisionHistory = "deployment.kubernetes.io/revision-history"
    public static let desiredReplicas = "deployment.kubernetes.io/desired-replicas"
    public static let maxReplicas = "deployment.kubernetes.io/max-replicas"
    public static let changeCause = "kubernetes.io/change-cause"
    public static let lastApplied = "kubectl.kubernetes.io/last-applied-configuration"
    public static let rollbackTo = "deprecated.deployment.rollback.to"
    public static let restartedAt = "kubectl.kubernetes.io/restartedAt"
    public static let podTemplateHashLabel = "pod-template-hash"

    /// `annotationsToSkip`: never copied from a Deployment to its ReplicaSets, nor back on
    /// rollback (`deployment_util.go`, kubectl `polymorphichelpers/rollback.go`).
    public static let skippedOnCopy: Set<String> = [lastApplied, revision, revisionHistory, desiredReplicas, maxReplicas, rollbackTo]
}
