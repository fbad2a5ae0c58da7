import KubeModel

/// Scaling without rolling out (`sync.go sync`, `scale`, `isScalingEvent`, `scaleReplicaSet`):
/// what runs when `kubectl scale` changed replicas, or while the deployment is paused.
extension DeploymentSync {
    /// `isScalingEvent`: some active ReplicaSet was sized for a different replica count
    /// (its desired-replicas annotation) than the deployment now wants.
    func isScalingEvent(newRS: ReplicaSet?, oldRSs: [ReplicaSet]) -> Bool {
        for rs in RolloutMath.active(oldRSs + [newRS].compactMap { $0 }) {
            guard let desired = Int(rs.metadata.annotations[DeploymentKeys.desiredReplicas] ?? "") else { continue }
            if desired != d.spec.replicas { return true }
        }
        return false
    }

    /// `sync`: resize (proportionally if a rollout is half-way), clean up history when
    /// paused, and update the status — never create a ReplicaSet.
    mutating func scaleOnly() {
        let (newRS, oldRSs) = allReplicaSetsAndSyncRevision(createIfNotExisted: false)
        scale(newRS: newRS, oldRSs: oldRSs)
        if d.spec.paused { cleanupDeployment(oldRSs: oldReplicaSets) }
        syncDeploymentStatus(allRSs: rsList, newRS: newRS.flatMap { replicaSet(named: $0.metadata.name) })
    }

    /// `scale`: one active ReplicaSet (or none: the newest) simply takes every replica; a
    /// saturated new ReplicaSet sends the old ones to zero; otherwise, for RollingUpdate, the
    /// difference between replicas + maxSurge and what all ReplicaSets ask for is shared out
    /// in proportion to their sizes, the leftover going to the largest.
    ///
    /// Worked example (kubernetes.io "proportional scaling"): 10 replicas mid-rollout, old 8,
    /// new 5, max-replicas 13, scaled to 15 → allowed 18, toAdd 5: old round(8·18/13) = 11
    /// (+3), new gets the remaining +2 = 7.
    mutating func scale(newRS: ReplicaSet?, oldRSs: [ReplicaSet]) {
        if let only = activeOrLatest(newRS: newRS, oldRSs: oldRSs) {
            if only.spec.replicas == d.spec.replicas { return }
            scaleAndRecord(only, to: d.spec.replicas, why: .scaledDeployment(replicas: d.spec.replicas))
            return
        }
        if RolloutMath.isSaturated(d, newRS) {
            for old in RolloutMath.active(oldRSs) {
                scaleAndRecord(old, to: 0, why: .newSaturated(replicas: d.spec.replicas))
            }
            return
        }
        guard d.spec.strategy.type == .rollingUpdate else { return }
        var all = RolloutMath.active(oldRSs + [newRS].compactMap { $0 })
        let allowed = d.spec.replicas > 0 ? d.spec.replicas + RolloutMath.maxSurge(d) : 0
        let toAdd = allowed - RolloutMath.specTotal(all)
        var operation = ""
        if toAdd > 0 { all.sort(by: RolloutMath.largerNewerFirst); operation = "up" }
        if toAdd < 0 { all.sort(by: RolloutMath.largerOlderFirst); operation = "down" }
        var added = 0
        var sizes: [Int] = []
        for rs in all {
            let p = toAdd != 0 ? RolloutMath.proportion(rs, d, toAdd: toAdd, added: added) : 0
            sizes.append(rs.spec.replicas + p)
            added += p
        }
        for (i, rs) in all.enumerated() {
            var size = sizes[i]
            if i == 0 && toAdd != 0 { size = max(0, size + toAdd - added) }
            scaleReplicaSet(rs, to: size, operation: operation, why: .proportional(replicas: d.spec.replicas, allowed: allowed))
        }
    }

    /// `FindActiveOrLatest`: the only active ReplicaSet, the newest one when none is active,
    /// or nil when several are (a rollout is under way).
    private func activeOrLatest(newRS: ReplicaSet?, oldRSs: [ReplicaSet]) -> ReplicaSet? {
        if newRS == nil && oldRSs.isEmpty { return nil }
        let newestFirst = oldRSs.sorted { RolloutMath.olderFirst($1, $0) }
        let active = RolloutMath.active(newestFirst + [newRS].compactMap { $0 })
        switch active.count {
        case 0: return newRS ?? newestFirst.first
        case 1: return active[0]
        default: return nil
        }
    }

    /// `scaleReplicaSetAndRecordEvent`: resize if the size differs. Returns whether it scaled.
    @discardableResult
    mutating func scaleAndRecord(_ rs: ReplicaSet, to size: Int, why: DeploymentReason.ScaleWhy) -> Bool {
        let current = replicaSet(named: rs.metadata.name) ?? rs
        if current.spec.replicas == size { return false }
        return scaleReplicaSet(current, to: size, operation: current.spec.replicas < size ? "up" : "down", why: why)
    }

    /// `scaleReplicaSet`: write the new size and the desired/max-replicas annotations, and
    /// record `Scaled up|down replica set X to N from M` when the size changed.
    @discardableResult
    mutating func scaleReplicaSet(_ rs: ReplicaSet, to size: Int, operation: String, why: DeploymentReason.ScaleWhy) -> Bool {
        var copy = replicaSet(named: rs.metadata.name) ?? rs
        let from = copy.spec.replicas
        let sizeChanged = from != size
        let annotationsChanged = setReplicasAnnotations(&copy)
        guard sizeChanged || annotationsChanged else { return false }
        copy.spec.replicas = size
        let reason = DeploymentReason.scaledReplicaSet(deployment: key, replicaSet: rs.metadata.name, from: from, to: size, why: why)
        put(copy, because: sizeChanged ? reason : .statusUpdate(deployment: key))
        if sizeChanged {
            recordEvent("Scaled \(operation) replica set \(rs.metadata.name) to \(size) from \(from)", because: reason)
        }
        return sizeChanged
    }
}
