import KubeModel

/// The RollingUpdate strategy (`pkg/controller/deployment/rolling.go`).
extension DeploymentSync {
    /// One step: create the new ReplicaSet if missing, then scale the new one up — or, if it
    /// could not grow, the old ones down — and stop after whichever scaled. When nothing
    /// moved and the rollout is complete, trim history. Always end with the status.
    mutating func rolloutRolling() {
        guard let created = allReplicaSetsAndSyncRevision(createIfNotExisted: true).0 else {
            // A hash collision: only the status (collisionCount) changes this time.
            return
        }
        if reconcileNewReplicaSet(created.metadata.name) {
            syncRolloutStatus(allRSs: rsList, newRS: replicaSet(named: created.metadata.name))
            return
        }
        if reconcileOldReplicaSets(newName: created.metadata.name) {
            syncRolloutStatus(allRSs: rsList, newRS: replicaSet(named: created.metadata.name))
            return
        }
        if deploymentComplete(d.status) {
            cleanupDeployment(oldRSs: oldReplicaSets)
        }
        syncRolloutStatus(allRSs: rsList, newRS: replicaSet(named: created.metadata.name))
    }

    /// `reconcileNewReplicaSet`: nothing when it already asks for replicas; down to replicas
    /// when it asks for more; otherwise up to what maxSurge allows (`NewRSNewReplicas`).
    mutating func reconcileNewReplicaSet(_ name: String) -> Bool {
        guard let newRS = replicaSet(named: name) else { return false }
        if newRS.spec.replicas == d.spec.replicas { return false }
        if newRS.spec.replicas > d.spec.replicas {
            return scaleAndRecord(newRS, to: d.spec.replicas, why: .newAboveReplicas(replicas: d.spec.replicas))
        }
        let target = RolloutMath.newRSNewReplicas(d, allRSs: rsList, newRS: newRS)
        let why = DeploymentReason.ScaleWhy.rollingSurge(
            available: newRS.status.availableReplicas, replicas: d.spec.replicas,
            maxTotal: d.spec.replicas + RolloutMath.maxSurge(d), specTotal: RolloutMath.specTotal(rsList))
        return scaleAndRecord(newRS, to: target, why: why)
    }

    /// `reconcileOldReplicaSets`: how far old ReplicaSets may shrink without dropping below
    /// minAvailable, counting the new ReplicaSet's unavailable pods against it:
    /// maxScaledDown = Σspec − (replicas − maxUnavailable) − (new.spec − new.available).
    /// Unhealthy old pods go first, then available ones down to minAvailable.
    ///
    /// Worked example (10 replicas, 3/2): new RS created with 3 beside old 10 → 13 − 8 − 3 = 2,
    /// so old 10 → 8 in the same sync; if the new pods never become available the old
    /// ReplicaSet then stays at 8 and the new one at 5.
    mutating func reconcileOldReplicaSets(newName: String) -> Bool {
        guard let newRS = replicaSet(named: newName) else { return false }
        let oldActive = RolloutMath.active(oldReplicaSets)
        if RolloutMath.specTotal(oldActive) == 0 { return false }
        let allPodsCount = RolloutMath.specTotal(rsList)
        let minAvailable = d.spec.replicas - RolloutMath.maxUnavailable(d)
        let newUnavailable = newRS.spec.replicas - newRS.status.availableReplicas
        let maxScaledDown = allPodsCount - minAvailable - newUnavailable
        if maxScaledDown <= 0 { return false }
        let cleaned = cleanupUnhealthyReplicas(oldActive.map(\.metadata.name), maxCleanup: maxScaledDown)
        let scaledDown = scaleDownOldReplicaSetsForRollingUpdate(oldActive.map(\.metadata.name), newName: newName,
                                                                 minAvailable: minAvailable)
        return cleaned + scaledDown > 0
    }

    /// `cleanupUnhealthyReplicas`: oldest first, shrink each old ReplicaSet by its pods that
    /// are not available, within `maxCleanup` in total.
    private mutating func cleanupUnhealthyReplicas(_ names: [String], maxCleanup: Int) -> Int {
        var total = 0
        for name in names {
            guard total < maxCleanup, let rs = replicaSet(named: name) else { break }
            if rs.spec.replicas == 0 || rs.spec.replicas == rs.status.availableReplicas { continue }
            let count = min(maxCleanup - total, rs.spec.replicas - rs.status.availableReplicas)
            guard count > 0 else { continue }
            scaleAndRecord(rs, to: rs.spec.replicas - count, why: .unhealthyOld(unavailable: rs.spec.replicas - rs.status.availableReplicas))
            total += count
        }
        return total
    }

    /// `scaleDownOldReplicaSetsForRollingUpdate`: available pods above minAvailable may go,
    /// taken from the oldest ReplicaSets first. Availability counts the old ReplicaSets that
    /// were active at the start of the step and the new one.
    private mutating func scaleDownOldReplicaSetsForRollingUpdate(_ names: [String], newName: String, minAvailable: Int) -> Int {
        let available = RolloutMath.availableTotal((names + [newName]).compactMap { replicaSet(named: $0) })
        if available <= minAvailable { return 0 }
        let toScaleDown = available - minAvailable
        var total = 0
        for name in names {
            guard total < toScaleDown, let rs = replicaSet(named: name) else { break }
            if rs.spec.replicas == 0 { continue }
            let count = min(rs.spec.replicas, toScaleDown - total)
            scaleAndRecord(rs, to: rs.spec.replicas - count, why: .rollingDrain(available: available, minAvailable: minAvailable))
            total += count
        }
        return total
    }
}
