import KubeModel
@testable import ClusterSim

/// Small helpers for driving the simulation in tests: make pods, read them back, list events.
enum T {
    static let epoch = Instant.simulationEpoch

    static func pod(_ name: String, image: String = "nginx", command: [String] = [], args: [String] = [],
                    restart: RestartPolicy = .always, node: String? = nil, namespace: String = "default") -> Pod {
        var c = Container(name: name, image: image)
        c.command = command
        c.args = args
        var spec = PodSpec(containers: [c])
        spec.restartPolicy = restart
        spec.nodeName = node
        return Pod(metadata: ObjectMeta(name: name, namespace: namespace, labels: ["run": name]), spec: spec)
    }

    @discardableResult
    static func create(_ sim: Simulation, _ pod: Pod) -> Pod {
        guard case .pod(let p) = try! sim.create(.pod(pod)) else { fatalError("not a pod") }
        return p
    }

    static func get(_ sim: Simulation, _ name: String, namespace: String = "default") -> Pod? {
        sim.state.pods[ObjectKey(namespace, name)]
    }

    /// Seconds since the simulation started, with milliseconds: `2.418`.
    static func at(_ seconds: Double) -> Instant { epoch + Millis((seconds * 1000).rounded()) }

    /// `type reason: message` for every event about the object, oldest first.
    static func events(_ sim: Simulation, _ name: String, kind: Kind = .pod) -> [String] {
        let uid: String?
        switch kind {
        case .node: uid = sim.state.nodes[name]?.metadata.uid
        default: uid = sim.state.pods[ObjectKey("default", name)]?.metadata.uid
        }
        guard let uid else { return [] }
        return sim.state.events.about(uid: uid).map { "\($0.type) \($0.reason): \($0.message)" }
    }

    static func events(_ sim: Simulation, uid: String) -> [String] {
        sim.state.events.about(uid: uid).map { "\($0.type) \($0.reason): \($0.message)" }
    }

    /// A short word for a container state: `waiting:ContainerCreating`, `running`, `terminated:Error:1`.
    static func state(_ s: ContainerState?) -> String {
        switch s {
        case .waiting(let r, _)?: return "waiting:\(r)"
        case .running?: return "running"
        case .terminated(let code, let r, _, _, _)?: return "terminated:\(r ?? ""):\(code)"
        case nil: return "none"
        }
    }

    static func mainState(_ sim: Simulation, _ name: String) -> String {
        state(get(sim, name)?.status.containerStatuses.first?.state)
    }

    static func condition(_ sim: Simulation, _ name: String, _ type: String) -> ConditionStatus? {
        get(sim, name)?.status.condition(type)?.status
    }

    /// Advances the clock to `seconds` after the start of the simulation.
    static func advance(_ sim: Simulation, to seconds: Double) {
        sim.advance(by: at(seconds) - sim.now)
    }
}
