import KubeModel

/// The scale-down order's inputs for every active pod of each controller, grouped by node and
/// kept as pods change (alongside `OwnerPodCounts`, through `countOwned`), so that choosing
/// which of a ReplicaSet's 75,000 pods to delete walks dense tables of plain numbers, asks for
/// each node's rank once, and never looks a pod up or reaches into its strings and arrays
/// (`ReplicaSetController+ScaleDown.swift`).
extension ClusterState {
    /// A controller's table: node name ("" for unscheduled pods), then pod, then its fields.
    typealias DeletionRankTable = [String: [ObjectKey: PodDeletionRank.Fields]]

    /// Takes `pod` out of (sign −1) or puts it into (sign 1) its controller's table; only
    /// active pods (`Pod.isActive`) are kept, and emptied levels are dropped.
    mutating func indexDeletionRank(_ pod: Pod, owner: String, sign: Int) {
        let node = pod.spec.nodeName ?? ""
        if sign < 0 {
            // One lookup per level: the tables are edited in place.
            let key = pod.metadata.key
            func remove(from table: inout DeletionRankTable?) {
                guard table != nil else { return }
                func remove(from pods: inout [ObjectKey: PodDeletionRank.Fields]?) {
                    pods?.removeValue(forKey: key)
                    if pods?.isEmpty == true { pods = nil }
                }
                remove(from: &table![node])
                if table!.isEmpty { table = nil }
            }
            remove(from: &deletionRankFields[owner])
        } else if pod.isActive {
            deletionRankFields[owner, default: [:]][node, default: [:]][pod.metadata.key] = PodDeletionRank.Fields(pod)
        }
    }
}
