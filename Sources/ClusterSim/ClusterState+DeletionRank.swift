import KubeModel

/// The scale-down order's inputs for every active pod of each controller, grouped by node and
/// kept as pods change (alongside `OwnerPodCounts`, through `countOwned`), so that choosing
/// which of a ReplicaSet's 75,000 pods to delete never looks a pod up or reaches into its
/// strings and arrays, and can pass over whole nodes (`ReplicaSetController+ScaleDown.swift`).
extension ClusterState {
    /// A controller's table: node name ("" for unscheduled pods), then that node's group.
    typealias DeletionRankTable = [String: DeletionRankGroup]

    /// Takes `pod` out of (sign −1) or puts it into (sign 1) its controller's table; only
    /// active pods (`Pod.isActive`) are kept, and emptied levels are dropped.
    mutating func indexDeletionRank(_ pod: Pod, owner: String, sign: Int) {
        let node = pod.spec.nodeName ?? ""
        if sign < 0 {
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
        } else if pod.isActive {
            deletionRankFields[owner, default: [:]][node, default: DeletionRankGroup()].insert(pod.metadata.key, PodDeletionRank.Fields(pod))
        }
    }
}

/// One node's active pods of one controller, with `best`: field by field the best of their
/// fields (`PodDeletionRank.Fields.best(with:)`), so that a key built from it with the node's
/// rank bounds every one of their keys from below, and a scale-down skips the node when that
/// bound cannot beat the victims it already holds.
struct DeletionRankGroup: Hashable, Sendable {
    private(set) var pods: [ObjectKey: PodDeletionRank.Fields] = [:]
    private(set) var best: PodDeletionRank.Fields? = nil

    mutating func insert(_ key: ObjectKey, _ fields: PodDeletionRank.Fields) {
        if let old = pods.updateValue(fields, forKey: key), let best, old.supplies(best) {
            recomputeBest()
        } else {
            best = best.map { $0.best(with: fields) } ?? fields
        }
    }

    mutating func remove(_ key: ObjectKey) {
        guard let old = pods.removeValue(forKey: key) else { return }
        if let best, old.supplies(best) { recomputeBest() }
    }

    /// A node holds at most a few hundred pods (`maxPodsPerNode`): rereading them is cheap.
    private mutating func recomputeBest() {
        best = pods.values.reduce(nil) { b, f in b.map { $0.best(with: f) } ?? f }
    }
}
