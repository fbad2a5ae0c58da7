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
}
