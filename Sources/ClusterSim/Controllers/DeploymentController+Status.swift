import KubeModel

/// The Deployment's status, summed from its ReplicaSets' (`sync.go calculateStatus`,
/// `syncDeploymentStatus`).
extension DeploymentSync {
    /// Counts from the ReplicaSets' statuses — `replicas` are active pods, `updatedReplicas`
    /// those of the new ReplicaSet — the conditions carried over, and Available set from
    /// availableReplicas ≥ replicas − maxUnavailable.
    func calculateStatus(allRSs: [ReplicaSet], newRS: ReplicaSet?) -> DeploymentStatus {
        let available = RolloutMath.availableTotal(allRSs)
        let total = RolloutMath.specTotal(allRSs)
        var status = DeploymentStatus()
        status.observedGeneration = d.metadata.generation
        status.replicas = RolloutMath.actualTotal(allRSs)
        status.updatedReplicas = newRS?.status.replicas ?? 0
        status.readyReplicas = RolloutMath.readyTotal(allRSs)
        status.availableReplicas = available
        status.unavailableReplicas = max(0, total - available)
        status.collisionCount = d.status.collisionCount
        status.conditions = d.status.conditions
        if available >= d.spec.replicas - RolloutMath.maxUnavailable(d) {
            Self.setCondition(&status, DeploymentCondition(
                type: DeploymentConditions.available, status: .true, reason: DeploymentConditions.minimumAvailable,
                message: "Deployment has minimum availability.", lastUpdateTime: now, lastTransitionTime: now))
        } else {
            Self.setCondition(&status, DeploymentCondition(
                type: DeploymentConditions.available, status: .false, reason: DeploymentConditions.minimumUnavailable,
                message: "Deployment does not have minimum availability.", lastUpdateTime: now, lastTransitionTime: now))
        }
        return status
    }

    /// `syncDeploymentStatus`: the status without any progress estimate (scaling, paused,
    /// being deleted).
    mutating func syncDeploymentStatus(allRSs: [ReplicaSet], newRS: ReplicaSet?) {
        d.status = calculateStatus(allRSs: allRSs, newRS: newRS)
    }
}
