import KubeModel

/// The scale-down order's inputs for every active pod of each controller, grouped by node and
/// kept as pods are written (`ClusterState.index`, `unindex`, `reindex` call in here), so that
/// choosing which of a ReplicaSet's 75,000 pods to delete never looks a pod up or reaches into
/// its strings and arrays, and can pass over whole nodes (`ReplicaSetController+ScaleDown.swift`).
extension ClusterState {
    /// A controller's table: node name ("" for unscheduled pods), then that node's group.
    typealias DeletionRankTable = [String: DeletionRankGroup]

    /// A pod coming into (sign 1) or leaving (sign −1) the store: into or out of its
    /// controller's table. Only active pods (`Pod.isActive`) are kept; emptied levels go.
    mutating func indexDeletionRank(_ pod: Pod, sign: Int) {
        // An inactive pod is in no table: nothing to add or look up.
        guard pod.isActive, let owner = pod.metadata.controllerRef?.uid else { return }
        let node = pod.spec.nodeName ?? ""
        if sign > 0 { put(pod, owner: owner, node: node); return }
        // One lookup per level: the tables are edited in place.
        let key = pod.metadata.key
        func remove(from table: inout DeletionRankTable?) {
            guard table != nil else { return }
            func remove(from group: inout DeletionRankGroup?) {
                group?.remove(key)
                if group?.pods.isEmpty == true { group = nil }
            }
            remove(from: &table![node])
            if table!.isEmpty { table = nil }
        }
        remove(from: &deletionRankFields[owner])
    }

    /// A pod rewritten in place: moved when its controller or node changed, else its fields
    /// rewritten only when a write touched something the order reads (most status writes
    /// do not, and cost no lookup here).
    mutating func reindexDeletionRank(from old: Pod, to pod: Pod) {
        let owner = pod.metadata.controllerRef?.uid
        guard owner == old.metadata.controllerRef?.uid, pod.spec.nodeName == old.spec.nodeName else {
            indexDeletionRank(old, sign: -1)
            indexDeletionRank(pod, sign: 1)
            return
        }
        guard let owner, old.isActive || pod.isActive, PodDeletionRank.Fields.differ(old, pod) else { return }
        if pod.isActive { put(pod, owner: owner, node: pod.spec.nodeName ?? "") } else { indexDeletionRank(old, sign: -1) }
    }

    private mutating func put(_ pod: Pod, owner: String, node: String) {
        deletionRankFields[owner, default: [:]][node, default: DeletionRankGroup()].insert(pod.metadata.key, PodDeletionRank.Fields(pod))
    }
}
