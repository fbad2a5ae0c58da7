import KubeModel

/// The garbage collector (`pkg/controller/garbagecollector`): when an owner is gone, its
/// dependents are deleted (background cascade), or with `--cascade=orphan` released.
public enum GarbageCollector {
    public static func reconcile(ownerUID uid: String, orphan: Bool, in state: ClusterState) -> [Action] {
        guard !state.exists(uid: uid) else { return [] }
        var actions: [Action] = []
        for rs in state.replicaSets(ownedBy: uid) {
            let owner = rs.metadata.ownerReferences.first { $0.uid == uid }
            let ref = ObjectRef(.replicaSet, rs.metadata.key)
            if orphan {
                var updated = rs
                updated.metadata.ownerReferences.removeAll { $0.uid == uid }
                actions.append(Action(.updateReplicaSet(updated), because: .garbageCollector(.orphaned(dependent: ref, ownerKind: owner?.kind ?? "", ownerName: owner?.name ?? ""))))
            } else {
                actions.append(Action(.deleteReplicaSet(rs.metadata.key), because: .garbageCollector(.ownerDeleted(dependent: ref, ownerKind: owner?.kind ?? "", ownerName: owner?.name ?? ""))))
            }
        }
        for pod in state.pods(ownedBy: uid) {
            let owner = pod.metadata.ownerReferences.first { $0.uid == uid }
            let ref = ObjectRef(.pod, pod.metadata.key)
            if orphan {
                var meta = pod.metadata
                meta.ownerReferences.removeAll { $0.uid == uid }
                actions.append(Action(.setPodMetadata(pod.metadata.key, meta), because: .garbageCollector(.orphaned(dependent: ref, ownerKind: owner?.kind ?? "", ownerName: owner?.name ?? ""))))
            } else if pod.metadata.deletionTimestamp == nil {
                actions.append(Action(.deletePod(pod.metadata.key, gracePeriod: nil), because: .garbageCollector(.ownerDeleted(dependent: ref, ownerKind: owner?.kind ?? "", ownerName: owner?.name ?? ""))))
            }
        }
        return actions
    }
}
