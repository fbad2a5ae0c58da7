import KubeModel

/// The garbage collector (`pkg/controller/garbagecollector`), for one owner UID:
/// - the owner is gone: its dependents are deleted (background cascade), or with
///   `--cascade=orphan` released (their ownerReferences to it removed);
/// - the owner is being deleted in the foreground: its dependents are deleted first —
///   a ReplicaSet that has pods in the foreground too — and once none is left the owner's
///   `foregroundDeletion` finalizer is dropped and it goes.
public enum GarbageCollector {
    public static func reconcile(ownerUID uid: String, orphan: Bool, in state: ClusterState) -> [Action] {
        guard let ownerRef = state.objectsByUID[uid] else { return ownerGone(uid, orphan: orphan, in: state) }
        return foreground(ownerRef, uid: uid, in: state)
    }

    private static func ownerGone(_ uid: String, orphan: Bool, in state: ClusterState) -> [Action] {
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
        for job in state.jobs(ownedBy: uid) where !orphan {
            let owner = job.metadata.ownerReferences.first { $0.uid == uid }
            actions.append(Action(.deleteJob(job.metadata.key), because: .garbageCollector(.ownerDeleted(dependent: ObjectRef(.job, job.metadata.key), ownerKind: owner?.kind ?? "", ownerName: owner?.name ?? ""))))
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

    private static func foreground(_ owner: ObjectRef, uid: String, in state: ClusterState) -> [Action] {
        let meta: ObjectMeta
        switch owner.kind {
        case .deployment: guard let d = state.deployments[owner.key] else { return [] }; meta = d.metadata
        case .replicaSet: guard let rs = state.replicaSets[owner.key] else { return [] }; meta = rs.metadata
        default: return []
        }
        guard meta.deletionTimestamp != nil, meta.finalizers.contains("foregroundDeletion") else { return [] }
        let kind = owner.kind.rawValue
        var actions: [Action] = []
        var remaining = 0
        for rs in state.replicaSets(ownedBy: uid) {
            remaining += 1
            guard rs.metadata.deletionTimestamp == nil else { continue }
            let reason = Reason.garbageCollector(.foregroundDependent(dependent: ObjectRef(.replicaSet, rs.metadata.key), ownerKind: kind, ownerName: meta.name))
            if state.podsByOwner[rs.metadata.uid] == nil {
                actions.append(Action(.deleteReplicaSet(rs.metadata.key), because: reason))
            } else {
                var marked = rs
                marked.metadata.deletionTimestamp = state.now
                marked.metadata.deletionGracePeriodSeconds = 0
                marked.metadata.finalizers.append("foregroundDeletion")
                actions.append(Action(.updateReplicaSet(marked), because: reason))
                actions.append(Action(.requeue(.garbageCollect(rs.metadata.uid), at: state.now), because: reason))
            }
        }
        for pod in state.pods(ownedBy: uid) {
            remaining += 1
            guard pod.metadata.deletionTimestamp == nil else { continue }
            let reason = Reason.garbageCollector(.foregroundDependent(dependent: ObjectRef(.pod, pod.metadata.key), ownerKind: kind, ownerName: meta.name))
            actions.append(Action(.deletePod(pod.metadata.key, gracePeriod: nil), because: reason))
        }
        if remaining == 0 {
            let reason = Reason.garbageCollector(.foregroundFinished(owner: owner))
            switch owner.kind {
            case .deployment: actions.append(Action(.deleteDeployment(owner.key), because: reason))
            case .replicaSet: actions.append(Action(.deleteReplicaSet(owner.key), because: reason))
            default: break
            }
        }
        return actions
    }
}
