import KubeModel

/// The Deployment controller (`pkg/controller/deployment/`): one ReplicaSet per pod
/// template (named `<deployment>-<pod-template-hash>`), scaled to match replicas.
public enum DeploymentController {
    public static let revisionAnnotation = "deployment.kubernetes.io/revision"

    public static func reconcile(_ key: ObjectKey, in state: ClusterState, config: SimulationConfig) -> [Action] {
        guard let d = state.deployments[key], d.metadata.deletionTimestamp == nil else { return [] }
        let owned = state.replicaSets(ownedBy: d.metadata.uid)
        let hash = TemplateHash.podTemplateHash(d.spec.template, collisionCount: d.status.collisionCount)
        let newName = "\(d.metadata.name)-\(hash)"
        var actions: [Action] = []

        if let rs = owned.first(where: { $0.metadata.name == newName }) {
            if rs.spec.replicas != d.spec.replicas {
                var updated = rs
                updated.spec.replicas = d.spec.replicas
                updated.metadata.annotations["deployment.kubernetes.io/desired-replicas"] = String(d.spec.replicas)
                let reason = Reason.deployment(.scaledReplicaSet(deployment: key, replicaSet: rs.metadata.name,
                                                                  from: rs.spec.replicas, to: d.spec.replicas, why: .matchReplicas))
                actions.append(Action(.updateReplicaSet(updated), because: reason))
                let verb = d.spec.replicas > rs.spec.replicas ? "up" : "down"
                actions.append(Action(.recordEvent(scalingEvent(d, "Scaled \(verb) replica set \(rs.metadata.name) to \(d.spec.replicas) from \(rs.spec.replicas)")), because: reason))
            }
        } else {
            let revision = (owned.compactMap { Int($0.metadata.annotations[revisionAnnotation] ?? "") }.max() ?? 0) + 1
            var template = d.spec.template
            template.metadata.labels["pod-template-hash"] = hash
            var selector = d.spec.selector
            selector.matchLabels["pod-template-hash"] = hash
            var meta = ObjectMeta(name: newName, namespace: key.namespace, labels: template.metadata.labels)
            meta.ownerReferences = [.controllerRef(kind: .deployment, meta: d.metadata)]
            meta.annotations = [
                "deployment.kubernetes.io/desired-replicas": String(d.spec.replicas),
                "deployment.kubernetes.io/max-replicas": String(d.spec.replicas + 1),
                revisionAnnotation: String(revision),
            ]
            var rs = ReplicaSet(metadata: meta, spec: ReplicaSetSpec(replicas: d.spec.replicas, selector: selector, template: template))
            rs.spec.minReadySeconds = d.spec.minReadySeconds
            let reason = Reason.deployment(.newReplicaSet(deployment: key, replicaSet: newName, revision: revision, replicas: d.spec.replicas))
            actions.append(Action(.createReplicaSet(rs), because: reason))
            actions.append(Action(.recordEvent(scalingEvent(d, "Scaled up replica set \(newName) to \(d.spec.replicas)")), because: reason))
            var dd = d
            dd.metadata.annotations[revisionAnnotation] = String(revision)
            actions.append(Action(.updateDeployment(dd), because: reason))
        }

        var status = DeploymentStatus()
        status.observedGeneration = d.metadata.generation
        for rs in owned {
            status.replicas += rs.status.replicas
            status.readyReplicas += rs.status.readyReplicas
            status.availableReplicas += rs.status.availableReplicas
            if rs.metadata.name == newName { status.updatedReplicas = rs.status.replicas }
        }
        status.unavailableReplicas = max(0, d.spec.replicas - status.availableReplicas)
        status.conditions = d.status.conditions
        if status != d.status {
            actions.append(Action(.setDeploymentStatus(key, status), because: .deployment(.statusUpdate(deployment: key))))
        }
        return actions
    }

    static func scalingEvent(_ d: Deployment, _ message: String) -> EventRecord {
        EventRecord(object: ObjectRef(.deployment, d.metadata.key), uid: d.metadata.uid, reason: "ScalingReplicaSet",
                    message: message, source: .deployment)
    }
}
