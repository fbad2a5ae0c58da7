import KubeModel

/// The scale-down order's inputs for every active pod of each controller, kept as pods
/// change (alongside `OwnerPodCounts`, through `countOwned`), so that choosing which of a
/// ReplicaSet's 75,000 pods to delete walks one dense table of small values instead of
/// looking each pod up and reaching into its strings and arrays
/// (`ReplicaSetController+ScaleDown.swift`).
extension ClusterState {
    /// Takes `pod` out of (sign −1) or puts it into (sign 1) its controller's table; only
    /// active pods (`Pod.isActive`) are kept.
    mutating func indexDeletionRank(_ pod: Pod, owner: String, sign: Int) {
        if sign < 0 {
            // One lookup of the owner: the table is edited in place, and dropped once empty.
            func remove(_ key: ObjectKey, from table: inout [ObjectKey: PodDeletionRank.Fields]?) {
                table?.removeValue(forKey: key)
                if table?.isEmpty == true { table = nil }
            }
            remove(pod.metadata.key, from: &deletionRankFields[owner])
        } else if pod.isActive {
            deletionRankFields[owner, default: [:]][pod.metadata.key] = PodDeletionRank.Fields(pod)
        }
    }
}
