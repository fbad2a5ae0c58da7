import Testing
import KubeModel
@testable import ClusterSim

@Suite("Node lifecycle and taint eviction")
struct NodeLifecycleTests {
    /// Three web replicas and a naked pod; node-2 holds one replica and the naked pod.
    static func cluster() -> (Simulation, replicaOnNode2: String) {
        let sim = Simulation(nodes: 3, seed: 4)
        var template = T.pod("x")
        template.spec.containers[0].name = "nginx"
        let rs = ReplicaSet(metadata: ObjectMeta(name: "web", namespace: "default", labels: ["app": "web"]),
                            spec: ReplicaSetSpec(replicas: 3, selector: LabelSelector(matchLabels: ["app": "web"]),
                                                 template: PodTemplateSpec(metadata: ObjectMeta(labels: ["app": "web"]), spec: template.spec)))
        _ = try! sim.create(.replicaSet(rs))
        T.create(sim, T.pod("solo", node: "node-2"))
        sim.settle()
        let onNode2 = sim.state.pods(onNode: "node-2").map(\.metadata.name).filter { $0.hasPrefix("web-") }
        precondition(onNode2.count == 1, "expected one replica on node-2, got \(onNode2)")
        return (sim, onNode2[0])
    }

    @Test func aSilentNodeGoesNotReadyAfterTheGracePeriodAndIsTainted() throws {
        let (sim, replica) = Self.cluster()
        let crashedAt = sim.now
        try sim.crashNode("node-2")
        sim.advance(by: .seconds(50) - 1)
        #expect(sim.state.nodes["node-2"]?.isReady == true)
        sim.advance(by: 1)
        let node = sim.state.nodes["node-2"]!
        #expect(sim.now - crashedAt == .seconds(50))
        #expect(node.status.conditions.map(\.status) == [.unknown, .unknown, .unknown, .unknown])
        #expect(Set(node.status.conditions.map(\.reason)) == ["NodeStatusUnknown"])
        #expect(Set(node.status.conditions.map(\.message)) == ["Kubelet stopped posting node status."])
        #expect(node.spec.taints == [
            Taint(key: "node.kubernetes.io/unreachable", effect: "NoExecute", timeAdded: sim.now),
            Taint(key: "node.kubernetes.io/unreachable", effect: "NoSchedule"),
        ])
        #expect(T.events(sim, "node-2", kind: .node) == ["Normal NodeNotReady: Node node-2 status is now: NodeNotReady"])
        for name in ["solo", replica] {
            let pod = T.get(sim, name)!
            #expect(pod.status.condition("Ready")?.status == .false)
            #expect(pod.status.condition("ContainersReady")?.status == .true)
            #expect(pod.status.containerStatuses[0].ready == true) // the dead kubelet cannot say otherwise
            #expect(T.events(sim, name).last == "Warning NodeNotReady: Node is not ready")
        }
        let e = sim.state.events.about(uid: sim.state.nodes["node-2"]!.metadata.uid)
        #expect(e.first?.source == "node-controller")
    }

    @Test func podsAreEvictedAfterTheirTolerationAndStayTerminating() throws {
        let (sim, replica) = Self.cluster()
        try sim.crashNode("node-2")
        sim.advance(by: .seconds(50) + .seconds(300) - 1)
        #expect(T.get(sim, replica)?.metadata.deletionTimestamp == nil)
        sim.advance(by: 1)
        for name in ["solo", replica] {
            let pod = T.get(sim, name)!
            #expect(pod.metadata.deletionTimestamp == sim.now + .seconds(30))
            #expect(T.events(sim, name).contains("Normal TaintManagerEviction: Marking for deletion Pod default/\(name)"))
            #expect(pod.status.condition("DisruptionTarget")?.reason == "DeletionByTaintManager")
            #expect(pod.status.condition("DisruptionTarget")?.message == "Taint manager: deleting due to NoExecute taint")
        }
        let evicted = sim.state.events.about(uid: T.get(sim, "solo")!.metadata.uid).first { $0.reason == "TaintManagerEviction" }
        #expect(evicted?.source == "taint-eviction-controller")
        sim.settle()
        // The ReplicaSet replaced its pod elsewhere; the naked pod is never replaced.
        let web = sim.state.pods.values.filter { $0.metadata.name.hasPrefix("web-") && $0.metadata.deletionTimestamp == nil }
        #expect(web.count == 3)
        #expect(web.allSatisfy { $0.spec.nodeName != "node-2" && $0.status.phase == .running })
        #expect(sim.state.pods.values.filter { $0.metadata.name.hasPrefix("solo") }.count == 1)
        // They stay Terminating as long as the node is unreachable.
        sim.advance(by: .minutes(60))
        #expect(T.get(sim, "solo")?.metadata.deletionTimestamp != nil)
        #expect(T.get(sim, replica) != nil)
    }

    @Test func whenTheNodeComesBackItIsReadyAndItsEvictedPodsGo() throws {
        let (sim, replica) = Self.cluster()
        try sim.crashNode("node-2")
        sim.advance(by: .minutes(10))
        try sim.recoverNode("node-2")
        sim.advance(by: 0)
        let node = sim.state.nodes["node-2"]!
        #expect(node.isReady)
        #expect(node.spec.taints.isEmpty)
        #expect(node.status.conditions.map(\.reason) == ["KubeletHasSufficientMemory", "KubeletHasNoDiskPressure", "KubeletHasSufficientPID", "KubeletReady"])
        #expect(T.events(sim, "node-2", kind: .node).suffix(6) == [
            "Normal Starting: Starting kubelet.",
            "Normal NodeHasSufficientMemory: Node node-2 status is now: NodeHasSufficientMemory",
            "Normal NodeHasNoDiskPressure: Node node-2 status is now: NodeHasNoDiskPressure",
            "Normal NodeHasSufficientPID: Node node-2 status is now: NodeHasSufficientPID",
            "Normal NodeAllocatableEnforced: Updated Node Allocatable limit across pods",
            "Normal NodeReady: Node node-2 status is now: NodeReady",
        ])
        sim.advance(by: 1_000) // nginx stops a second after SIGTERM
        #expect(T.get(sim, "solo") == nil)
        #expect(T.get(sim, replica) == nil)
    }

    @Test func aNodeBackBeforeTheTolerationRunsOutKeepsItsPods() throws {
        let (sim, replica) = Self.cluster()
        try sim.crashNode("node-2")
        sim.advance(by: .minutes(3))
        try sim.recoverNode("node-2")
        sim.settle()
        for name in ["solo", replica] {
            #expect(T.get(sim, name)?.metadata.deletionTimestamp == nil)
            #expect(T.condition(sim, name, "Ready") == .true)
            #expect(T.events(sim, name).last == "Normal TaintManagerEviction: Cancelling deletion of Pod default/\(name)")
        }
        sim.advance(by: .minutes(10))
        #expect(T.get(sim, "solo")?.metadata.deletionTimestamp == nil)
    }

    @Test func aCordonedNodeGetsTheUnschedulableTaintAndNoNewPods() throws {
        let sim = Simulation(nodes: 2, seed: 4)
        var node = sim.state.nodes["node-1"]!
        node.spec.unschedulable = true
        _ = try sim.update(.node(node))
        sim.settle()
        #expect(sim.state.nodes["node-1"]?.spec.taints == [Taint(key: "node.kubernetes.io/unschedulable", effect: "NoSchedule")])
        for i in 0..<4 { T.create(sim, T.pod("p\(i)")) }
        sim.settle()
        #expect(sim.state.pods.values.allSatisfy { $0.spec.nodeName == "node-2" })
        var back = sim.state.nodes["node-1"]!
        back.spec.unschedulable = false
        _ = try sim.update(.node(back))
        sim.settle()
        #expect(sim.state.nodes["node-1"]?.spec.taints == [])
        T.create(sim, T.pod("after"))
        sim.settle()
        #expect(T.get(sim, "after")?.spec.nodeName == "node-1")
    }

    @Test func podsOfACrashedNodeAreNotRestartedWhileItIsDown() throws {
        let sim = Simulation(nodes: 1, seed: 4)
        T.create(sim, T.pod("crashy", image: "crashy"))
        sim.settle()
        let before = T.get(sim, "crashy")!.status
        try sim.crashNode("node-1")
        sim.advance(by: .minutes(4))
        #expect(T.get(sim, "crashy")!.status.containerStatuses == before.containerStatuses)
        try sim.recoverNode("node-1")
        sim.advance(by: 0)
        // Catching up: the kubelet restarts it now, not at moments while it was down.
        let cs = T.get(sim, "crashy")!.status.containerStatuses[0]
        #expect(cs.restartCount == before.containerStatuses[0].restartCount)
        sim.advance(by: 500)
        #expect(T.get(sim, "crashy")!.status.containerStatuses[0].restartCount == before.containerStatuses[0].restartCount + 1)
    }
}
