import KubeModel

public enum DeploymentReason: Hashable, Sendable {
    /// The pod template has no ReplicaSet yet: a new one is created for it.
    case newReplicaSet(deployment: ObjectKey, replicaSet: String, revision: Int, replicas: Int)
    /// A rollout or scaling step resized a ReplicaSet.
    case scaledReplicaSet(deployment: ObjectKey, replicaSet: String, from: Int, to: Int, why: ScaleWhy)
    case statusUpdate(deployment: ObjectKey)

    public enum ScaleWhy: Hashable, Sendable {
        case matchReplicas                 // the deployment's replicas changed
        case rollingSurge(maxSurge: Int)   // new RS grows, within replicas + maxSurge
        case rollingDrain(minAvailable: Int) // old RS shrinks, keeping minAvailable
        case recreate                      // Recreate: all old pods first
    }
}
