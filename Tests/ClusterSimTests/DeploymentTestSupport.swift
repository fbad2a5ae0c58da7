import ClusterSim
import KubeModel

/// Building blocks for Deployment tests that talk to the simulation directly.
enum Fixture {
    static func deployment(_ name: String, image: String = "nginx", replicas: Int, namespace: String = "default",
                           strategy: DeploymentStrategy = DeploymentStrategy()) -> Deployment {
        let labels = ["app": name]
        let container = Container(name: ImageCatalogue.reference(image).repository, image: image)
        let template = PodTemplateSpec(metadata: ObjectMeta(labels: labels), spec: PodSpec(containers: [container]))
        var d = Deployment(metadata: ObjectMeta(name: name, namespace: namespace, labels: labels),
                           spec: DeploymentSpec(replicas: replicas, selector: LabelSelector(matchLabels: labels), template: template))
        d.spec.strategy = strategy
        return d
    }

    @discardableResult
    static func create(_ sim: Simulation, _ d: Deployment) -> Deployment {
        guard case .deployment(let created) = try! sim.create(.deployment(d)) else { fatalError("not a deployment") }
        return created
    }

    /// Changes the deployment as `kubectl` would (read, modify, update).
    static func edit(_ sim: Simulation, _ name: String, namespace: String = "default", _ change: (inout Deployment) -> Void) {
        var d = sim.state.deployments[ObjectKey(namespace, name)]!
        change(&d)
        _ = try! sim.update(.deployment(d))
    }

    static func setImage(_ sim: Simulation, _ name: String, _ image: String) {
        edit(sim, name) { $0.spec.template.spec.containers[0].image = image }
    }

    /// The ScalingReplicaSet messages recorded for a deployment, oldest first.
    static func scalingEvents(_ sim: Simulation, _ name: String, namespace: String = "default") -> [String] {
        guard let d = sim.state.deployments[ObjectKey(namespace, name)] else { return [] }
        return sim.state.events.about(uid: d.metadata.uid).filter { $0.reason == "ScalingReplicaSet" }.map(\.message)
    }

    static func replicaSets(_ sim: Simulation, _ name: String, namespace: String = "default") -> [ReplicaSet] {
        guard let d = sim.state.deployments[ObjectKey(namespace, name)] else { return [] }
        return sim.state.replicaSets(ownedBy: d.metadata.uid).sorted { ($0.metadata.creationTimestamp!, $0.metadata.name) < ($1.metadata.creationTimestamp!, $1.metadata.name) }
    }

    /// Pods that are not Terminating, owned by any ReplicaSet of the deployment.
    static func livePods(_ sim: Simulation, _ name: String) -> [Pod] {
        replicaSets(sim, name).flatMap { sim.state.pods(ownedBy: $0.metadata.uid) }.filter(\.isActive)
    }

    /// `text` with every `target` replaced (no Foundation here).
    static func replace(_ text: String, _ target: String, _ with: String) -> String {
        guard !target.isEmpty else { return text }
        var out = "", rest = Substring(text)
        while let r = rest.firstRange(of: target) {
            out += rest[..<r.lowerBound] + with
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}
