import Testing
@testable import ClusterSim
import KubeModel

/// The DaemonSet controller (WORKLOADS §2): one pod per eligible node.
@Suite struct DaemonSetControllerTests {
    static func daemonSet(_ name: String = "agent", image: String = "nginx", nodeSelector: [String: String] = [:],
                          tolerations: [Toleration] = []) -> DaemonSet {
        var spec = PodSpec(containers: [Container(name: name, image: image)])
        spec.nodeSelector = nodeSelector
        spec.tolerations = tolerations
        let template = PodTemplateSpec(metadata: ObjectMeta(labels: ["app": name]), spec: spec)
        return DaemonSet(metadata: ObjectMeta(name: name, namespace: "default"),
                         spec: DaemonSetSpec(selector: LabelSelector(matchLabels: ["app": name]), template: template))
    }

    /// Node name → names of the live (not terminating, not finished) daemon pods on it.
    static func placement(_ sim: Simulation, _ name: String = "agent") -> [String: Int] {
        guard let ds = sim.state.daemonSets[ObjectKey("default", name)] else { return [:] }
        var out: [String: Int] = [:]
        for pod in sim.state.pods(ownedBy: ds.metadata.uid) where pod.isActive {
            out[pod.spec.nodeName ?? "<none>", default: 0] += 1
        }
        return out
    }

    static func editNode(_ sim: Simulation, _ name: String, _ change: (inout Node) -> Void) throws {
        var node = try #require(sim.state.nodes[name])
        change(&node)
        _ = try sim.update(.node(node))
    }

    @Test func everyNodeGetsOnePodAndNewNodesGetTheirs() throws {
        let sim = Simulation(nodes: 3, seed: 1)
        _ = try sim.create(.daemonSet(Self.daemonSet()))
        sim.settle()
        #expect(Self.placement(sim) == ["node-1": 1, "node-2": 1, "node-3": 1])
        let ds = try #require(sim.state.daemonSets[ObjectKey("default", "agent")])
        #expect(ds.status.desiredNumberScheduled == 3 && ds.status.numberReady == 3 && ds.status.updatedNumberScheduled == 3)
        sim.addNode(named: "node-4")
        sim.settle()
        #expect(Self.placement(sim)["node-4"] == 1)
        try sim.delete(.node, ObjectKey(cluster: "node-2"))
        sim.settle()
        #expect(Self.placement(sim) == ["node-1": 1, "node-3": 1, "node-4": 1])
        #expect(sim.state.daemonSets[ObjectKey("default", "agent")]?.status.desiredNumberScheduled == 3)
    }

    @Test func nodeSelectorChoosesNodesAndFollowsLabelChanges() throws {
        let sim = Simulation(nodes: 3, seed: 2)
        try Self.editNode(sim, "node-1") { $0.metadata.labels["disk"] = "ssd" }
        _ = try sim.create(.daemonSet(Self.daemonSet(nodeSelector: ["disk": "ssd"])))
        sim.settle()
        #expect(Self.placement(sim) == ["node-1": 1])
        try Self.editNode(sim, "node-3") { $0.metadata.labels["disk"] = "ssd" }
        try Self.editNode(sim, "node-1") { $0.metadata.labels["disk"] = nil }
        sim.settle()
        #expect(Self.placement(sim) == ["node-3": 1])
    }

    @Test func taintsAreRespected() throws {
        let sim = Simulation(nodes: 3, seed: 3)
        try Self.editNode(sim, "node-1") { $0.spec.taints.append(Taint(key: "dedicated", value: "db", effect: "NoSchedule")) }
        _ = try sim.create(.daemonSet(Self.daemonSet()))
        sim.settle()
        #expect(Self.placement(sim) == ["node-2": 1, "node-3": 1])
        // NoSchedule added later: the pod already there keeps running.
        try Self.editNode(sim, "node-2") { $0.spec.taints.append(Taint(key: "dedicated", value: "db", effect: "NoSchedule")) }
        // NoExecute: the pod goes.
        try Self.editNode(sim, "node-3") { $0.spec.taints.append(Taint(key: "dedicated", value: "db", effect: "NoExecute")) }
        sim.settle()
        #expect(Self.placement(sim) == ["node-2": 1])
        // A cordoned node still runs its daemon pod (the unschedulable taint is tolerated).
        let sim2 = Simulation(nodes: 2, seed: 4)
        try Self.editNode(sim2, "node-1") {
            $0.spec.unschedulable = true
            $0.spec.taints.append(Taint(key: Taint.unschedulableKey, effect: "NoSchedule"))
        }
        _ = try sim2.create(.daemonSet(Self.daemonSet(tolerations: [])))
        sim2.settle()
        #expect(Self.placement(sim2) == ["node-1": 1, "node-2": 1])
    }

    @Test func rollingUpdateReplacesOneNodeAtATime() throws {
        let sim = Simulation(nodes: 4, seed: 5)
        _ = try sim.create(.daemonSet(Self.daemonSet()))
        sim.settle()
        var ds = try #require(sim.state.daemonSets[ObjectKey("default", "agent")])
        ds.spec.template.spec.containers[0].image = "nginx:1.27"
        _ = try sim.update(.daemonSet(ds))
        var worst = 0
        sim.onDecision = { _ in
            let uid = ds.metadata.uid
            var availableNodes: Set<String> = []
            for pod in sim.state.pods(ownedBy: uid) where pod.isActive && pod.isReady { availableNodes.insert(pod.spec.nodeName ?? "") }
            worst = max(worst, 4 - availableNodes.count)
        }
        sim.settle()
        #expect(worst == 1)
        let pods = sim.state.pods(ownedBy: ds.metadata.uid).filter(\.isActive)
        #expect(pods.count == 4 && pods.allSatisfy { $0.spec.containers[0].image == "nginx:1.27" })
        #expect(sim.state.daemonSets[ObjectKey("default", "agent")]?.status.updatedNumberScheduled == 4)
    }

    @Test func daemonPodsCarryTheControllersLabelsAndTolerations() throws {
        let sim = Simulation(nodes: 1, seed: 6)
        _ = try sim.create(.daemonSet(Self.daemonSet()))
        sim.settle()
        let pod = try #require(sim.state.pods.values.first)
        #expect(pod.metadata.name.hasPrefix("agent-"))
        #expect(pod.metadata.labels["pod-template-generation"] == "1")
        #expect(pod.metadata.labels["controller-revision-hash"] != nil)
        #expect(pod.spec.tolerations.contains(Toleration(key: Taint.unschedulableKey, operator: "Exists", effect: "NoSchedule")))
        #expect(pod.spec.tolerations.contains(Toleration(key: Taint.notReadyKey, operator: "Exists", effect: "NoExecute")))
    }
}

/// Seeded random node churn (add, delete, label, taint) and template changes: never more
/// than one live daemon pod per node, and after settling exactly the eligible nodes run one.
@Suite struct DaemonSetPropertyTests {
    @Test(arguments: Array(UInt64(1)...UInt64(10)))
    func atMostOnePodPerNode(_ seed: UInt64) throws {
        var rng = SeededRandom(seed: seed)
        let sim = Simulation(nodes: 3, seed: seed)
        _ = try sim.create(.daemonSet(DaemonSetControllerTests.daemonSet(nodeSelector: rng.next() % 2 == 0 ? [:] : ["role": "edge"])))
        var broken: String? = nil
        sim.onDecision = { d in
            for (node, count) in DaemonSetControllerTests.placement(sim) where count > 1 && broken == nil {
                broken = "seed \(seed): \(count) pods on \(node) at \(d.time.sinceEpochClock())"
            }
        }
        var added = 3
        for _ in 0..<12 {
            switch rng.next() % 6 {
            case 0: added += 1; sim.addNode(named: "node-\(added)")
            case 1:
                if let name = sim.state.nodeNames.dropFirst().first { try sim.delete(.node, ObjectKey(cluster: name)) }
            case 2, 3:
                let names = sim.state.nodeNames
                let name = names[Int(rng.next() % UInt64(names.count))]
                try DaemonSetControllerTests.editNode(sim, name) {
                    $0.metadata.labels["role"] = $0.metadata.labels["role"] == nil ? "edge" : nil
                }
            case 4:
                var ds = try #require(sim.state.daemonSets[ObjectKey("default", "agent")])
                ds.spec.template.spec.containers[0].image = ["nginx", "nginx:1.27", "nginx:1.26"][Int(rng.next() % 3)]
                _ = try sim.update(.daemonSet(ds))
            default:
                if let pod = sim.state.pods.values.sorted(by: { $0.metadata.name < $1.metadata.name }).first {
                    try sim.delete(.pod, pod.metadata.key)
                }
            }
            sim.advance(by: .seconds(Int64(rng.next() % 20)))
        }
        sim.settle()
        #expect(broken == nil, "\(broken ?? "")")
        let ds = try #require(sim.state.daemonSets[ObjectKey("default", "agent")])
        let eligible = sim.state.sortedNodes.filter { DaemonSetController.eligibility(ds, on: $0).run }.map(\.metadata.name)
        let placement = DaemonSetControllerTests.placement(sim)
        #expect(placement.keys.sorted() == eligible.sorted(), "seed \(seed)")
        #expect(placement.values.allSatisfy { $0 == 1 }, "seed \(seed)")
    }
}
