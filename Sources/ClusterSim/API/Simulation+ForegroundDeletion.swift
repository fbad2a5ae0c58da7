import KubeModel

/// Foreground cascading deletion (`kubectl delete --cascade=foreground`): the owner stays,
/// with a deletionTimestamp and the `foregroundDeletion` finalizer, until the garbage
/// collector has deleted every dependent that blocks it; then it goes.
extension Simulation {
    static let foregroundFinalizer = "foregroundDeletion"

    /// Marks a Deployment or ReplicaSet for foreground deletion and wakes the collector.
    /// Returns false for kinds (and objects without dependents) that are simply deleted.
    func beginForegroundDeletion(_ kind: Kind, _ key: ObjectKey) -> Bool {
        switch kind {
        case .deployment:
            guard var d = state.deployments[key], state.replicaSetsByOwner[d.metadata.uid] != nil else { return false }
            guard d.metadata.deletionTimestamp == nil else { return true }
            markForeground(&d.metadata)
            state.putDeployment(d)
            queue.add(.deployment(key), at: state.now)
            queue.add(.garbageCollect(d.metadata.uid), at: state.now)
            return true
        case .replicaSet:
            guard var rs = state.replicaSets[key], state.podsByOwner[rs.metadata.uid] != nil else { return false }
            guard rs.metadata.deletionTimestamp == nil else { return true }
            markForeground(&rs.metadata)
            state.putReplicaSet(rs)
            replicaSetChanged(rs)
            queue.add(.garbageCollect(rs.metadata.uid), at: state.now)
            return true
        default:
            return false
        }
    }

    private func markForeground(_ meta: inout ObjectMeta) {
        meta.deletionTimestamp = state.now
        meta.deletionGracePeriodSeconds = 0
        if !meta.finalizers.contains(Self.foregroundFinalizer) { meta.finalizers.append(Self.foregroundFinalizer) }
        meta.resourceVersion = state.nextResourceVersion()
    }

    /// A dependent of `ownerUID` left the store: an owner waiting in the foreground may now go.
    func dependentRemoved(ownerUID: String) {
        guard let ref = state.objectsByUID[ownerUID] else { return }
        let meta: ObjectMeta?
        switch ref.kind {
        case .replicaSet: meta = state.replicaSets[ref.key]?.metadata
        case .deployment: meta = state.deployments[ref.key]?.metadata
        default: meta = nil
        }
        if meta?.finalizers.contains(Self.foregroundFinalizer) == true { queue.add(.garbageCollect(ownerUID), at: state.now) }
    }
}
