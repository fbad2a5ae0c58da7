import ClusterSim
import KubeModel

extension Prose {
    static func deployment(_ r: DeploymentReason) -> String {
        switch r {
        case .createdReplicaSet(let d, let rs, let revision, let replicas, let why):
            switch why {
            case .noReplicaSet:
                return "Deployment \(d.name) has no ReplicaSet for its pod template, so I create ReplicaSet \(rs) (revision \(revision)) and ask it for \(pods(replicas))."
            case .rollingUpdate(let maxTotal, let maxSurge, let specTotal):
                let room = max(0, maxTotal - specTotal)
                return "The pod template of \(d.name) changed, so I create ReplicaSet \(rs) (revision \(revision)). "
                    + "A rolling update may ask for at most \(maxTotal) pods (replicas + maxSurge \(maxSurge)) and the old ReplicaSets ask for \(specTotal), "
                    + "so there is room for \(room): it starts with \(replicas)."
            case .recreate:
                return "Every old pod of \(d.name) is gone, so I create ReplicaSet \(rs) (revision \(revision)) with all \(pods(replicas)) at once (Recreate)."
            }
        case .scaledReplicaSet(let d, let rs, let from, let to, let why):
            return scaled(d.name, rs, from, to, why)
        case .reusedReplicaSet(let d, let rs, let old, let new):
            return "The pod template of \(d.name) matches ReplicaSet \(rs) again, so no new ReplicaSet is needed: "
                + "revision \(old) becomes revision \(new) (the old number moves to its revision-history)."
        case .copiedAnnotations(let d, let rs):
            return "I copy the annotations of \(d.name) onto its current ReplicaSet \(rs), where `kubectl rollout history` reads them."
        case .adoptedReplicaSet(let d, let rs):
            return "ReplicaSet \(rs) has no owner and its labels match the selector of \(d.name), so I adopt it."
        case .releasedReplicaSet(let d, let rs):
            return "ReplicaSet \(rs) no longer matches the selector of \(d.name), so I let it go; it keeps its pods."
        case .deletedOldReplicaSet(let d, let rs, let revision, let limit):
            return "\(d.name) keeps at most \(limit) old ReplicaSets (revisionHistoryLimit), so I delete the oldest empty one, \(rs) (revision \(revision))."
        case .hashCollision(let d, let rs, let count):
            return "The name \(rs) is taken by a ReplicaSet that is not \(d.name)'s, so I raise its collisionCount to \(count); the next pod-template-hash will differ."
        case .rolloutComplete(let d, let rs, let replicas):
            let which = rs.map { "ReplicaSet \($0)" } ?? "the new ReplicaSet"
            return "All \(pods(replicas)) of \(d.name) run the current template in \(which) and are available: the rollout is complete."
        case .progressDeadlineExceeded(let d, let rs, let seconds):
            let which = rs.map { " of ReplicaSet \($0)" } ?? ""
            return "The rollout\(which) of \(d.name) has made no progress for \(seconds)s (progressDeadlineSeconds), "
                + "so I mark it Progressing=False, ProgressDeadlineExceeded. Nothing is rolled back; I keep trying."
        case .paused(let d):
            return "\(d.name) is paused: I keep its ReplicaSets at their sizes and start no rollout until it is resumed."
        case .resumed(let d):
            return "\(d.name) is resumed: rollouts go on, and the progress deadline counts from now."
        case .statusUpdate(let d):
            return "I update the status of deployment \(d.name)."
        }
    }

    private static func scaled(_ d: String, _ rs: String, _ from: Int, _ to: Int, _ why: DeploymentReason.ScaleWhy) -> String {
        let verb = to > from ? "up" : "down"
        switch why {
        case .scaledDeployment(let replicas):
            return "\(d) wants \(pods(replicas)), so I scale its ReplicaSet \(rs) \(verb) from \(from) to \(to)."
        case .rollingSurge(let available, let replicas, let maxTotal, let specTotal):
            return "A rolling update of \(d): new ReplicaSet \(rs) has \(available) of \(replicas) available; "
                + "its ReplicaSets may ask for at most \(maxTotal) pods together and ask for \(specTotal), so I scale it up to \(to)."
        case .newAboveReplicas(let replicas):
            return "New ReplicaSet \(rs) asks for more pods than \(d) wants (\(replicas)), so I scale it down from \(from) to \(to)."
        case .unhealthyOld(let unavailable):
            return "A rolling update of \(d): old ReplicaSet \(rs) has \(unavailable) unavailable \(unavailable == 1 ? "pod" : "pods"); "
                + "removing those costs no availability, so I scale it down from \(from) to \(to)."
        case .rollingDrain(let available, let minAvailable):
            return "A rolling update of \(d): \(available) pods are available and at least \(minAvailable) must stay so "
                + "(replicas − maxUnavailable), so I scale old ReplicaSet \(rs) down from \(from) to \(to)."
        case .proportional(let replicas, let allowed):
            return "\(d) now wants \(pods(replicas)) in the middle of a rollout, so I share the change among its ReplicaSets "
                + "in proportion to their sizes (at most \(allowed) in all): \(rs) goes \(verb) from \(from) to \(to)."
        case .newSaturated(let replicas):
            return "New ReplicaSet of \(d) already runs all \(pods(replicas)), so old ReplicaSet \(rs) goes down from \(from) to \(to)."
        case .recreateOld:
            return "\(d) uses the Recreate strategy: every old pod goes before a new one starts, so I scale ReplicaSet \(rs) down from \(from) to \(to)."
        case .recreateNew(let replicas):
            return "The old pods of \(d) are gone, so its new ReplicaSet \(rs) gets all \(pods(replicas)): from \(from) to \(to) (Recreate)."
        }
    }
}
