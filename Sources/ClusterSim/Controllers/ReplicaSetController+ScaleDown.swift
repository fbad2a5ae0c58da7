import KubeModel

/// Scale-down for a ReplicaSet of any size: which pods go, read from the store without copying
/// its pods into a list or sorting them all (`PodDeletionRank`), and the actions that delete them.
extension ReplicaSetController {
    /// A pod chosen for deletion, and whether it was Ready (the status written after the sync
    /// leaves it out of readyReplicas).
    struct Victim {
        var key: ObjectKey
        var ready: Bool
    }

    /// The `count` active pods of `rs` to delete, first victim first, found in one pass over
    /// the owner index: all of them in key order when `count` covers them, else the first
    /// `count` under `PodDeletionRank`'s order. Only a sync whose counters suffice
    /// (`countsSuffice`) calls this: then the owned active pods are exactly what it would claim.
    static func victims(of rs: ReplicaSet, count: Int, in state: ClusterState) -> [Victim] {
        let owned = state.podsByOwner[rs.metadata.uid] ?? []
        let active = state.ownerCounts[rs.metadata.uid]?.active ?? 0
        if count >= active {
            return owned.sorted().compactMap { key in
                guard let pod = state.pods[key], pod.isActive else { return nil }
                return Victim(key: key, ready: pod.isReady)
            }
        }
        var related = RelatedPodsOnNode(of: rs, in: state)
        var keys: [PodDeletionRank.Key] = []
        var podKeys: [ObjectKey] = []
        keys.reserveCapacity(active)
        podKeys.reserveCapacity(active)
        // Only the fields the rules need are read from the store: binding the pod and then
        // only projecting fields out of it lets the compiler read them in place, where passing
        // the `Pod` on (to `isActive`, to `Key.init(_:)`) would copy every string, array and
        // dictionary in it, for tens of thousands of pods a sync.
        for key in owned {
            guard let i = state.pods.index(forKey: key) else { continue }
            let pod = state.pods.values[i]
            let phase = pod.status.phase
            // `Pod.isActive`, field by field.
            guard phase != .succeeded, phase != .failed, pod.metadata.deletionTimestamp == nil else { continue }
            let node = pod.spec.nodeName
            keys.append(PodDeletionRank.Key(
                assigned: node != nil, phase: phase, conditions: pod.status.conditions,
                annotations: pod.metadata.annotations, containerStatuses: pod.status.containerStatuses,
                created: pod.metadata.creationTimestamp, uid: pod.metadata.uid,
                rank: node.map { related.rank(onNode: $0, in: state) } ?? 0, now: state.now, index: podKeys.count))
            podKeys.append(key)
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
