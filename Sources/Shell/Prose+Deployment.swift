import ClusterSim
import KubeModel

extension Prose {
    static func deployment(_ r: DeploymentReason) -> String {
        switch r {
        case .newReplicaSet(let d, let rs, let revision, let replicas):
            return "Deployment \(d.name) has a pod template no ReplicaSet runs yet, so I create ReplicaSet \(rs) (revision \(revision)) and ask it for \(pods(replicas))."
        case .scaledReplicaSet(let d, let rs, let from, let to, let why):
            let verb = to > from ? "up" : "down"
            let because: String
            switch why {
            case .matchReplicas: because = "deployment \(d.name) wants \(pods(to))"
            case .rollingSurge(let surge): because = "a rolling update may run up to \(surge) extra"
            case .rollingDrain(let minAvailable): because = "at least \(minAvailable) must stay available while old pods go"
            case .recreate: because = "the Recreate strategy removes every old pod first"
            }
            return "I scale \(verb) ReplicaSet \(rs) from \(from) to \(to), because \(because)."
        case .statusUpdate(let d):
            return "I update the status of deployment \(d.name)."
        }
    }
}
