import ClusterSim
import KubeModel

extension Prose {
    static func replicaSet(_ r: ReplicaSetReason, created: [String]) -> String {
        switch r {
        case .tooFewPods(let rs, let have, let want):
            let made = created.isEmpty ? "" : " Creating \(list(created))."
            return "I see \(copies(have)) of \(rs.name). I need \(want).\(made)"
        case .tooManyPods(let rs, let have, let want):
            return "I see \(copies(have)) of \(rs.name). I need only \(want), so I am deleting \(pods(have - want))."
        case .adoptOrphan(let rs, let pod):
            return "Pod \(pod) has no owner and matches the selector of \(rs.name), so I adopt it."
        case .releasePod(let rs, let pod):
            return "Pod \(pod) no longer matches the selector of \(rs.name), so I let it go; it keeps running on its own."
        case .statusUpdate(let rs):
            return "I update the status counts of \(rs.name)."
        }
    }
}
