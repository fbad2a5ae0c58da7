import ClusterSim
import KubeModel

extension Prose {
    static func garbageCollector(_ r: GarbageCollectorReason) -> String {
        switch r {
        case .ownerDeleted(let dep, let kind, let name):
            return "\(kind) \(name) is gone, so I delete what it owned: \(dep.kind.rawValue.lowercased()) \(dep.key.name)."
        case .orphaned(let dep, let kind, let name):
            return "\(kind) \(name) was deleted with --cascade=orphan, so \(dep.kind.rawValue.lowercased()) \(dep.key.name) keeps running without an owner."
        case .foregroundDependent(let dep, let kind, let name):
            return "\(kind) \(name) is being deleted in the foreground: it stays until what it owns is gone, so I delete \(dep.kind.rawValue.lowercased()) \(dep.key.name) first."
        case .foregroundFinished(let owner):
            return "Everything \(owner.kind.rawValue.lowercased()) \(owner.key.name) owned is gone, so I remove its foregroundDeletion finalizer and it is deleted."
        }
    }

    /// Several dependents of one owner handled in one decision read as one sentence:
    /// "ReplicaSet web-… is gone, so I delete what it owned: pod a, pod b and pod c."
    /// Returns nil when the reasons are not all of that one kind and owner.
    static func garbageCollectorGroup(_ reasons: [Reason]) -> String? {
        var deps: [ObjectRef] = []
        var owner: (kind: String, name: String, orphan: Bool)? = nil
        for r in reasons {
            switch r {
            case .garbageCollector(.ownerDeleted(let dep, let kind, let name)):
                if let o = owner, o != (kind, name, false) { return nil }
                owner = (kind, name, false); deps.append(dep)
            case .garbageCollector(.orphaned(let dep, let kind, let name)):
                if let o = owner, o != (kind, name, true) { return nil }
                owner = (kind, name, true); deps.append(dep)
            default: return nil
            }
        }
        guard let owner, deps.count > 1 else { return nil }
        let things = list(deps.map { "\($0.kind.rawValue.lowercased()) \($0.key.name)" })
        return owner.orphan
            ? "\(owner.kind) \(owner.name) was deleted with --cascade=orphan, so \(things) keep running without an owner."
            : "\(owner.kind) \(owner.name) is gone, so I delete what it owned: \(things)."
    }
}
