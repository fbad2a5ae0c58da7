import KubeModel

/// The scale-down order's inputs for the active pods of each ReplicaSet that has more of them
/// than it wants, grouped by node, so that choosing which of its 75,000 pods to delete never
/// looks a pod up or reaches into its strings and arrays, and can pass over whole nodes
/// (`ReplicaSetController+ScaleDown.swift`).
///
/// A table is built when a write of the ReplicaSet shows it over its replicas (a scale-down
/// or a rollout shrinking it), kept up to date as its pods are written (`ClusterState.index`,
/// `unindex`, `reindex` call in here), and dropped once it is no longer over. Pods of every
/// other controller cost a creation or a rollout nothing here.
extension ClusterState {
    /// A controller's table: node name ("" for unscheduled pods), then that node's group.
    typealias DeletionRankTable = [String: DeletionRankGroup]

    /// Builds `rs`'s table after a write of it (`putReplicaSet`) that shows it over its
    /// replicas, and drops it once it is under them (growing, its new pods would cost the
    /// table work for nothing). At exactly its replicas it keeps what it has: a rollout
    /// lowers the old ReplicaSet step by step, and rebuilding at each step would read all
    /// its pods again.
    mutating func refreshDeletionRank(for rs: ReplicaSet) {
        let uid = rs.metadata.uid
        let active = ownerCounts[uid]?.active ?? 0
        if active > rs.spec.replicas, deletionRankFields[uid] == nil {
            deletionRankFields[uid] = deletionRankTable(building: uid)
        } else if active < rs.spec.replicas, deletionRankFields[uid] != nil {
            deletionRankFields[uid] = nil
        }
    }

    /// The table of `uid`'s active pods read from the store: what `refreshDeletionRank`
    /// keeps, and what a scale-down reads when no table is kept (say, just after adopting).
    func deletionRankTable(building uid: String) -> DeletionRankTable {
        var table = DeletionRankTable()
        for key in podsByOwner[uid] ?? [] {
            // The pod's fields are read in place (`Fields.init` is inlined here): passing the
            // whole `Pod` on would copy each of its strings, arrays and dictionaries.
            guard let i = pods.place(of: key) else { continue }
            let pod = pods[place: i]
            // `Pod.isActive`, field by field.
            guard pod.status.phase != .succeeded, pod.status.phase != .failed, pod.metadata.deletionTimestamp == nil else { continue }
            table[pod.spec.nodeName ?? "", default: DeletionRankGroup()].insert(key, PodDeletionRank.Fields(pod))
        }
        return table
    }

    /// A pod coming into (sign 1) or leaving (sign −1) the store: into or out of its
    /// controller's table, if it has one. Only active pods (`Pod.isActive`) are kept.
    mutating func indexDeletionRank(_ pod: Pod, sign: Int) {
        // An inactive pod is in no table: nothing to add or look up.
        guard pod.isActive, let owner = pod.metadata.controllerUID else { return }
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
            // An empty table goes; the next write of its ReplicaSet over its replicas rebuilds it.
            if table!.isEmpty { table = nil }
        }
        remove(from: &deletionRankFields[owner])
    }

    /// A pod rewritten in place: moved when its controller or node changed, else its fields
    /// rewritten only when a write changed something the order reads (most status writes
    /// do not, and cost no lookup here).
    mutating func reindexDeletionRank(from old: Pod, to pod: Pod) {
        let owner = pod.metadata.controllerUID
        guard owner == old.metadata.controllerUID, pod.spec.nodeName == old.spec.nodeName else {
            indexDeletionRank(old, sign: -1)
            indexDeletionRank(pod, sign: 1)
            return
        }
        guard let owner, old.isActive || pod.isActive, PodDeletionRank.Fields.differ(old, pod) else { return }
        if pod.isActive { put(pod, owner: owner, node: pod.spec.nodeName ?? "") } else { indexDeletionRank(old, sign: -1) }
    }

    /// Into the owner's table, if it keeps one.
    private mutating func put(_ pod: Pod, owner: String, node: String) {
        func put(into table: inout DeletionRankTable?) {
            guard table != nil else { return }
            table![node, default: DeletionRankGroup()].insert(pod.metadata.key, PodDeletionRank.Fields(pod))
        }
        put(into: &deletionRankFields[owner])
    }
}
