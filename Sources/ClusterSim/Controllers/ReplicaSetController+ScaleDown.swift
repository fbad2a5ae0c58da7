import KubeModel

/// Scale-down for a ReplicaSet of any size: which pods go, chosen from the store's table of
/// rank fields without listing, copying or sorting the pods (`PodDeletionRank`), and the
/// actions that delete them.
extension ReplicaSetController {
    /// A pod chosen for deletion, and whether it was Ready (the status written after the sync
    /// leaves it out of readyReplicas).
    struct Victim {
        var key: ObjectKey
        var ready: Bool
    }

    /// The `count` active pods of `rs` to delete, first victim first, found in one pass over
    /// the store's table of their rank fields (`ClusterState.deletionRankFields`): all of them
    /// in key order when `count` covers them, else the first `count` under
    /// `PodDeletionRank`'s order. Only a sync whose counters suffice (`countsSuffice`) calls
    /// this: then the owned active pods are exactly what it would claim.
    static func victims(of rs: ReplicaSet, count: Int, in state: ClusterState) -> [Victim] {
        let table = state.deletionRankFields[rs.metadata.uid] ?? [:]
        if count >= table.count {
            return table.keys.sorted().map { Victim(key: $0, ready: table[$0]?.isReady ?? false) }
        }
        var related = RelatedPodsOnNode(of: rs, in: state)
        var keys: [PodDeletionRank.Key] = []
        var places: [Dictionary<ObjectKey, PodDeletionRank.Fields>.Index] = []
        keys.reserveCapacity(table.count)
        places.reserveCapacity(table.count)
        for place in table.indices {
            let fields = table.values[place]
            let rank = fields.node.map { related.rank(onNode: $0, in: state) } ?? 0
            keys.append(PodDeletionRank.Key(fields, rank: rank, now: state.now, index: places.count))
            places.append(place)
        }
        PodDeletionRank.numberUIDs(&keys) { state.pods[table.keys[places[$0]]]?.metadata.uid ?? "" }
        return PodDeletionRank.smallest(keys, count: count).map { Victim(key: table.keys[places[$0.index]], ready: $0.isReady) }
    }

    /// Deleting `victims`: one delete and one `SuccessfulDelete` event each (`RealPodControl`).
    static func deletions(of victims: [ObjectKey], by rs: ReplicaSet, because reason: Reason) -> [Action] {
        var actions: [Action] = []
        actions.reserveCapacity(2 * victims.count)
        for key in victims {
            actions.append(Action(.deletePod(key, gracePeriod: nil), because: reason))
            let record = EventRecord(object: ObjectRef(.replicaSet, rs.metadata.key), uid: rs.metadata.uid, reason: "SuccessfulDelete",
                                     message: "Deleted pod: \(key.name)", source: .replicaSet)
            actions.append(Action(.recordEvent(record), because: reason))
        }
        return actions
    }
}

/// Rule 5's rank for one sync: the active pods of every ReplicaSet with the same controller
/// on a node (`getPodsRankedByRelatedPodsOnSameNode` over `getIndirectlyRelatedPods`,
/// `pkg/controller/replicaset/replica_set.go`), read from the store's per-node counters once
/// per node, never by walking the sibling ReplicaSets' pods. Unscheduled pods are not asked
/// about: they share one rank and come first by rule 1 anyway.
struct RelatedPodsOnNode {
    /// UIDs of the ReplicaSets sharing the controller (this one alone when it has none).
    let owners: [String]
    private var byNode: [String: Int] = [:]

    init(of rs: ReplicaSet, in state: ClusterState) {
        if let controller = rs.metadata.controllerRef {
            owners = (state.replicaSetsByOwner[controller.uid] ?? []).compactMap { state.replicaSets[$0]?.metadata.uid }
        } else {
            owners = [rs.metadata.uid]
        }
    }

    mutating func rank(onNode node: String, in state: ClusterState) -> Int {
        if let known = byNode[node] { return known }
        var count = 0
        for uid in owners { count += state.activePods(ofOwner: uid, onNode: node) }
        byNode[node] = count
        return count
    }
}
