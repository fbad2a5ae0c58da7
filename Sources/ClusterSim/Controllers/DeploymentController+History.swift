import KubeModel

/// Revision history (`sync.go cleanupDeployment`): old ReplicaSets are kept so
/// `kubectl rollout undo` has something to go back to, but only `revisionHistoryLimit` of them.
extension DeploymentSync {
    /// Deletes the lowest revisions beyond the limit — but never one that still asks for or
    /// has pods, or whose latest spec its controller has not yet seen. With the default 10,
    /// at most 11 ReplicaSets remain (10 old + the current one).
    mutating func cleanupDeployment(oldRSs: [ReplicaSet]) {
        let limit = d.spec.revisionHistoryLimit
        let cleanable = oldRSs.filter { $0.metadata.deletionTimestamp == nil }
        let diff = cleanable.count - limit
        guard diff > 0 else { return }
        for rs in cleanable.sorted(by: RolloutMath.lowerRevisionFirst).prefix(diff) {
            if rs.status.replicas != 0 || rs.spec.replicas != 0 || rs.metadata.generation > rs.status.observedGeneration
                || created.contains(rs.metadata.name) {
                continue
            }
            let reason = DeploymentReason.deletedOldReplicaSet(deployment: key, replicaSet: rs.metadata.name,
                                                               revision: RolloutMath.revision(of: rs), limit: limit)
            actions.append(Action(.deleteReplicaSet(rs.metadata.key), because: .deployment(reason)))
            rsList.removeAll { $0.metadata.name == rs.metadata.name }
        }
    }
}
