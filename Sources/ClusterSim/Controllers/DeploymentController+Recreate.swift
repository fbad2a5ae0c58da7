import KubeModel

/// The Recreate strategy (`pkg/controller/deployment/recreate.go rolloutRecreate`): every old
/// pod goes before any new one starts, so there is downtime by design.
extension DeploymentSync {
    /// Scale active old ReplicaSets to 0 and stop; wait while any old pod still runs (a
    /// Terminating pod counts, a Failed or Succeeded one does not); then create the new
    /// ReplicaSet with every replica, or scale the existing one up.
    mutating func rolloutRecreate() {
        var (newRS, oldRSs) = allReplicaSetsAndSyncRevision(createIfNotExisted: false)
        var scaledDown = false
        for old in RolloutMath.active(oldRSs) where scaleAndRecord(old, to: 0, why: .recreateOld) {
            scaledDown = true
        }
        if scaledDown || oldPodsRunning(newRS: newRS, oldRSs: oldRSs) {
            syncRolloutStatus(allRSs: rsList, newRS: newRS.flatMap { replicaSet(named: $0.metadata.name) })
            return
        }
        if newRS == nil {
            (newRS, oldRSs) = allReplicaSetsAndSyncRevision(createIfNotExisted: true)
            guard newRS != nil else { return }
        }
        if let newRS {
            scaleAndRecord(newRS, to: d.spec.replicas, why: .recreateNew(replicas: d.spec.replicas))
        }
        if deploymentComplete(d.status) {
            cleanupDeployment(oldRSs: oldReplicaSets)
        }
        syncRolloutStatus(allRSs: rsList, newRS: newRS.flatMap { replicaSet(named: $0.metadata.name) })
    }

    /// `oldPodsRunning`: an old ReplicaSet still reports pods, or one of its pods exists in
    /// any phase but Failed or Succeeded.
    private func oldPodsRunning(newRS: ReplicaSet?, oldRSs: [ReplicaSet]) -> Bool {
        if RolloutMath.actualTotal(oldRSs.compactMap { replicaSet(named: $0.metadata.name) }) > 0 { return true }
        for rs in oldRSs where rs.metadata.name != newRS?.metadata.name {
            for key in state.podsByOwner[rs.metadata.uid] ?? [] {
                guard let pod = state.pods[key] else { continue }
                if pod.status.phase != .failed && pod.status.phase != .succeeded { return true }
            }
        }
        return false
    }
}
