import ClusterSim
import KubeModel

extension Prose {
    static func garbageCollector(_ r: GarbageCollectorReason) -> String {
        switch r {
        case .ownerDeleted(let dep, let kind, let name):
            return "\(kind) \(name) is gone, so I delete what it owned: \(dep.kind.rawValue.lowercased()) \(dep.key.name)."
        case .orphaned(let dep, let kind, let name):
            return "\(kind) \(name) was deleted with --cascade=orphan, so \(dep.kind.rawValue.lowercased()) \(dep.key.name) keeps running without an owner."
        }
    }
}
