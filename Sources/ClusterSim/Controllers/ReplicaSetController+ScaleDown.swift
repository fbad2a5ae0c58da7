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

    /// The `count` active pods of `rs` to delete, first victim first: all of them in key
    /// order when `count` covers them, else the first `count` under `PodDeletionRank`'s order.
    /// Read from the store's per-node tables (`ClusterState.deletionRankFields`), never from
    /// the pods: each node's rank is asked for once, its bound (`DeletionRankGroup.best`) made
    /// into a key, and the nodes visited best bound first, their pods streaming through a
    /// bounded heap, until a node's bound can no longer beat the largest victim kept — no pod
    /// there or on any later node could. Only a sync whose counters suffice (`countsSuffice`)
    /// calls this: then the owned active pods are exactly what it would claim.
    static func victims(of rs: ReplicaSet, count: Int, in state: ClusterState) -> [Victim] {
        let table = state.deletionRankFields[rs.metadata.uid] ?? [:]
        if count >= table.values.reduce(0, { $0 + $1.pods.count }) {
            return table.values.flatMap { group in group.pods.map { Victim(key: $0.key, ready: $0.value.isReady) } }
                .sorted { $0.key < $1.key }
        }
        let related = RelatedPodsOnNode(of: rs, in: state)
        var nodes: [(bound: PodDeletionRank.Key, rank: Int, place: ClusterState.DeletionRankTable.Index)] = []
        nodes.reserveCapacity(table.count)
        for place in table.indices {
            let (node, group) = table[place]
            // A UID that is not a canonical UUID has no number yet: rank every pod the slow way.
            guard let best = group.best, best.uidIsNumber else { return victimsNumberingUIDs(table, count: count, related: related, in: state) }
            // Unscheduled pods share one rank; rule 1 puts them first anyway.
            let rank = node.isEmpty ? 0 : related.count(onNode: node, in: state)
            nodes.append((PodDeletionRank.Key(best, rank: rank, now: state.now, index: 0), rank, place))
        }
        nodes.sort { $0.bound < $1.bound }
        var kept = SmallestKeys<ObjectKey>(capacity: count)
        for node in nodes {
            guard kept.admits(node.bound) else { break }
            let pods = table.values[node.place].pods
            for place in pods.indices {
                let key = PodDeletionRank.Key(pods.values[place], rank: node.rank, now: state.now, index: 0)
                if kept.admits(key) { kept.insert(key, pods.keys[place]) }
            }
        }
        return kept.sorted().map { Victim(key: $0.payload, ready: $0.key.isReady) }
    }

    /// `victims(of:count:in:)` when some pod's UID is not a canonical UUID (never one the API
    /// server made): every key is built, the UIDs numbered by their order as strings, then the
    /// smallest kept.
    private static func victimsNumberingUIDs(_ table: ClusterState.DeletionRankTable, count: Int,
                                             related: RelatedPodsOnNode, in state: ClusterState) -> [Victim] {
        var keys: [PodDeletionRank.Key] = []
        var podKeys: [ObjectKey] = []
        for (node, group) in table {
            let rank = node.isEmpty ? 0 : related.count(onNode: node, in: state)
            for (key, fields) in group.pods {
                keys.append(PodDeletionRank.Key(fields, rank: rank, now: state.now, index: podKeys.count))
                podKeys.append(key)
            }
        }
        PodDeletionRank.numberUIDs(&keys) { state.pods[podKeys[$0]]?.metadata.uid ?? "" }
        return PodDeletionRank.smallest(keys, count: count).map { Victim(key: podKeys[$0.index], ready: $0.isReady) }
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
    /// UIDs of the ReplicaSets sharing the controller (this one alone when it has none) that
    /// have active pods.
    let owners: [String]
    private var byNode: [String: Int] = [:]

    init(of rs: ReplicaSet, in state: ClusterState) {
        let all = rs.metadata.controllerRef.map { controller in
            (state.replicaSetsByOwner[controller.uid] ?? []).compactMap { state.replicaSets[$0]?.metadata.uid }
        } ?? [rs.metadata.uid]
        // Those with no active pod count nothing anywhere: not asking about them saves a
        // lookup per node for each old ReplicaSet a Deployment keeps at zero.
        owners = all.filter { (state.ownerCounts[$0]?.active ?? 0) > 0 }
    }

    /// The count on `node`, read afresh.
    func count(onNode node: String, in state: ClusterState) -> Int {
        owners.reduce(0) { $0 + state.activePods(ofOwner: $1, onNode: node) }
    }

    /// The same, remembered for the rest of the sync: a pod list meets each node many times.
    mutating func rank(onNode node: String, in state: ClusterState) -> Int {
        if let known = byNode[node] { return known }
        let n = count(onNode: node, in: state)
        byNode[node] = n
        return n
    }
}
