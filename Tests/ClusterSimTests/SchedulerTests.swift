import Testing
import KubeModel
@testable import ClusterSim

@Suite("Scheduler")
struct SchedulerTests {
    static func requesting(_ name: String, cpu: String? = nil, memory: String? = nil) -> Pod {
        var pod = T.pod(name)
        if let cpu { pod.spec.containers[0].resources.requests["cpu"] = Quantity.parse(cpu) }
        if let memory { pod.spec.containers[0].resources.requests["memory"] = Quantity.parse(memory) }
        return pod
    }

    @Test("FailedScheduling message", arguments: [
        ([NodeRejection.insufficient("cpu"): 3], 3,
         "0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod."),
        ([.untoleratedTaint(key: "node.kubernetes.io/unreachable", value: ""): 1, .insufficient("cpu"): 2], 3,
         "0/3 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod."),
        ([.unschedulable: 1, .nodeSelector: 2], 3,
         "0/3 nodes are available: 1 node(s) were unschedulable, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling."),
        ([.insufficient("cpu"): 2, .insufficient("memory"): 3, .tooManyPods: 1], 3,
         "0/3 nodes are available: 1 Too many pods, 2 Insufficient cpu, 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod."),
        ([:], 0, "no nodes available to schedule pods"),
    ])
    func failedSchedulingMessage(rejections: [NodeRejection: Int], total: Int, expected: String) {
        #expect(Scheduler.failedSchedulingMessage(total: total, rejections: rejections) == expected)
    }

    @Test("nodes to find before scoring (percentageOfNodesToScore, adaptive)", arguments: [
        (3, 3), (99, 99), (100, 100), (150, 100), (500, 230), (1_000, 420), (5_000, 500), (6_250, 312), (10_000, 500),
    ])
    func numFeasibleNodesToFind(nodes: Int, expected: Int) {
        #expect(Scheduler.numFeasibleNodesToFind(nodes) == expected)
    }

    @Test func aPodThatFitsNowhereStaysPendingWithFailedScheduling() {
        let sim = Simulation(nodes: 3, seed: 2)
        T.create(sim, Self.requesting("big", cpu: "5"))
        let r = sim.settle()
        #expect(r.settled)
        let pod = T.get(sim, "big")!
        #expect(pod.spec.nodeName == nil)
        #expect(pod.status.phase == .pending)
        let message = "0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod."
        #expect(pod.status.condition("PodScheduled")?.status == .false)
        #expect(pod.status.condition("PodScheduled")?.reason == "Unschedulable")
        #expect(pod.status.condition("PodScheduled")?.message == message)
        #expect(T.events(sim, "big") == ["Warning FailedScheduling: \(message)"])
    }

    @Test func aPendingPodIsPlacedWhenRoomIsFreed() {
        let sim = Simulation(nodes: 1, seed: 2)
        T.create(sim, Self.requesting("a", cpu: "3"))
        T.create(sim, Self.requesting("b", cpu: "2"))
        sim.settle()
        #expect(T.get(sim, "b")?.spec.nodeName == nil)
        try! sim.delete(.pod, ObjectKey("default", "a"))
        sim.settle()
        #expect(T.get(sim, "b")?.spec.nodeName == "node-1")
        #expect(T.get(sim, "b")?.status.condition("PodScheduled")?.status == .true)
    }

    @Test func aFinishedPodFreesItsRequests() {
        let sim = Simulation(nodes: 1, seed: 2)
        var job = T.pod("job", image: "busybox", args: ["sleep", "5"], restart: .never)
        job.spec.containers[0].resources.requests["cpu"] = Quantity.parse("3")
        T.create(sim, job)
        sim.advance(by: 1)
        T.create(sim, Self.requesting("waiting", cpu: "2"))
        sim.advance(by: 1)
        #expect(T.get(sim, "waiting")?.spec.nodeName == nil)
        sim.settle()
        #expect(T.get(sim, "job")?.status.phase == .succeeded)
        #expect(T.get(sim, "waiting")?.spec.nodeName == "node-1")
    }

    @Test func tooManyPods() {
        var config = SimulationConfig()
        config.maxPodsPerNode = 2
        let sim = Simulation(nodes: 1, seed: 2, config: config)
        for i in 0..<3 { T.create(sim, T.pod("p\(i)")) }
        sim.settle()
        #expect(sim.state.pods.values.filter { $0.spec.nodeName == nil }.count == 1)
        let pending = sim.state.pods.values.first { $0.spec.nodeName == nil }!
        #expect(pending.status.condition("PodScheduled")?.message?.hasPrefix("0/1 nodes are available: 1 Too many pods.") == true)
    }

    @Test func taintsKeepPodsAwayUnlessTolerated() throws {
        let sim = Simulation(nodes: 2, seed: 2)
        var node = sim.state.nodes["node-1"]!
        node.spec.taints = [Taint(key: "dedicated", value: "gpu", effect: "NoSchedule")]
        _ = try sim.update(.node(node))
        for i in 0..<3 { T.create(sim, T.pod("plain\(i)")) }
        var tolerant = T.pod("tolerant")
        tolerant.spec.tolerations = [Toleration(key: "dedicated", operator: "Equal", value: "gpu", effect: "NoSchedule")]
        tolerant.spec.nodeSelector = ["kubernetes.io/hostname": "node-1"]
        T.create(sim, tolerant)
        sim.settle()
        #expect((0..<3).allSatisfy { T.get(sim, "plain\($0)")?.spec.nodeName == "node-2" })
        #expect(T.get(sim, "tolerant")?.spec.nodeName == "node-1")
        var picky = T.pod("picky")
        picky.spec.nodeSelector = ["kubernetes.io/hostname": "node-1"]
        T.create(sim, picky)
        sim.settle()
        #expect(T.get(sim, "picky")?.status.condition("PodScheduled")?.message
                == "0/2 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 1 node(s) had untolerated taint {dedicated: gpu}. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.")
    }

    @Test func podsOfOneOwnerSpreadAcrossNodes() {
        let sim = Simulation(nodes: 3, seed: 2)
        let rs = ReplicaSet(metadata: ObjectMeta(name: "web", namespace: "default", labels: ["app": "web"]),
                            spec: ReplicaSetSpec(replicas: 6, selector: LabelSelector(matchLabels: ["app": "web"]),
                                                 template: PodTemplateSpec(metadata: ObjectMeta(labels: ["app": "web"]), spec: T.pod("x").spec)))
        _ = try! sim.create(.replicaSet(rs))
        sim.settle()
        let perNode = Dictionary(grouping: sim.state.pods.values, by: { $0.spec.nodeName ?? "" }).mapValues(\.count)
        #expect(perNode == ["node-1": 2, "node-2": 2, "node-3": 2])
    }

    @Test func nakedPodsSpreadByLoad() {
        let sim = Simulation(nodes: 3, seed: 2)
        for i in 0..<9 { T.create(sim, T.pod("p\(i)")) }
        sim.settle()
        let perNode = Dictionary(grouping: sim.state.pods.values, by: { $0.spec.nodeName ?? "" }).mapValues(\.count)
        #expect(perNode == ["node-1": 3, "node-2": 3, "node-3": 3])
    }

    @Test func theSameSeedPlacesPodsTheSameWay() {
        func placements(seed: UInt64) -> [String] {
            let sim = Simulation(nodes: 5, seed: seed)
            for i in 0..<12 { T.create(sim, T.pod("p\(i)")) }
            sim.settle()
            return (0..<12).map { T.get(sim, "p\($0)")?.spec.nodeName ?? "-" }
        }
        #expect(placements(seed: 11) == placements(seed: 11))
    }

    @Test func aPodWithNodeNameBypassesTheScheduler() {
        let sim = Simulation(nodes: 3, seed: 2)
        T.create(sim, T.pod("pinned", node: "node-3"))
        sim.settle()
        #expect(T.get(sim, "pinned")?.status.phase == .running)
        #expect(!T.events(sim, "pinned").contains { $0.contains("Scheduled") })
        #expect(sim.log.entries.allSatisfy { $0.controller != .scheduler })
    }

    /// Property: however pods come and go, the per-node counters equal a recount.
    @Test func nodeUsageCountersMatchARecount() {
        for seed in UInt64(1)...12 {
            var rng = SeededRandom(seed: seed)
            let sim = Simulation(nodes: 4, seed: seed)
            var names: [String] = []
            for step in 0..<60 {
                switch rng.next() % 5 {
                case 0, 1:
                    let name = "p\(step)"
                    var pod = Self.requesting(name, cpu: "\(100 + Int(rng.next() % 900))m", memory: "\(64 + Int(rng.next() % 512))Mi")
                    if rng.next() % 3 == 0 { pod.spec.restartPolicy = .never; pod.spec.containers[0].image = "busybox"; pod.spec.containers[0].args = ["sleep", "\(rng.next() % 20)"] }
                    T.create(sim, pod); names.append(name)
                case 2:
                    if !names.isEmpty { try? sim.delete(.pod, ObjectKey("default", names[Int(rng.next() % UInt64(names.count))])) }
                default:
                    sim.advance(by: Millis(rng.next() % 8_000))
                }
            }
            sim.settle()
            var recount: [String: NodeUsage] = [:]
            for pod in sim.state.pods.values.sorted(by: { $0.metadata.key < $1.metadata.key }) where NodeUsage.counts(pod) {
                recount[pod.spec.nodeName!, default: NodeUsage()].add(pod, sign: 1)
            }
            let kept = sim.state.nodeUsage.all.filter { $0.value != NodeUsage() }
            #expect(kept == recount, "seed \(seed)")
        }
    }

    /// A larger cluster stays quick: the scheduler reads counters and looks at a sample of nodes.
    @Test func manyNodesAndPods() {
        let sim = Simulation(nodes: 300, seed: 2)
        let rs = ReplicaSet(metadata: ObjectMeta(name: "web", namespace: "default", labels: ["app": "web"]),
                            spec: ReplicaSetSpec(replicas: 1_500, selector: LabelSelector(matchLabels: ["app": "web"]),
                                                 template: PodTemplateSpec(metadata: ObjectMeta(labels: ["app": "web"]), spec: T.pod("x", image: "nginx:1.27").spec)))
        _ = try! sim.create(.replicaSet(rs))
        sim.settle()
        let scheduled = sim.state.pods.values.filter { $0.spec.nodeName != nil }
        #expect(scheduled.count == 1_500)
        let perNode = Dictionary(grouping: scheduled, by: { $0.spec.nodeName! }).mapValues(\.count)
        // Spread by sampling: no node far above the mean of 5.
        #expect(perNode.values.max()! <= 7)
    }
}
