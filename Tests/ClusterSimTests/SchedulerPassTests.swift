import Testing
import KubeModel
@testable import ClusterSim

/// The scheduler's fast pass (`Scheduler+Pass.swift`) against the plain algorithm it replaces:
/// every node through the full filters, usage looked up by node name, ties hashed from the
/// node's name as it comes.
@Suite("Scheduler pass")
struct SchedulerPassTests {
    struct Outcome: Equatable, CustomStringConvertible {
        var node: String?
        var sameOwner: Int
        var feasible: Int
        var examined: Int
        var rejections: [NodeRejection: Int]
        var description: String { "\(node ?? "-") same=\(sameOwner) feasible=\(feasible) examined=\(examined) \(rejections)" }
    }

    static func reference(_ pod: Pod, in state: ClusterState) -> Outcome {
        let candidates = state.schedulingNodes
        let total = candidates.count
        let requests = PodRequests(pod)
        let owner = pod.metadata.controllerRef?.uid
        let wanted = Scheduler.numFeasibleNodesToFind(total)
        let start = total == 0 ? 0 : Int(TemplateHash.fnv1a32(pod.metadata.uid) % UInt32(total))
        var rejections: [NodeRejection: Int] = [:]
        var best: (name: String, sameOwner: Int, used: Int64, tie: UInt32)? = nil
        var feasible = 0, examined = 0
        for step in 0..<total where feasible < wanted {
            let node = candidates[(start + step) % total]
            examined += 1
            let usage = state.nodeUsage[node.name] ?? NodeUsage()
            let load = NodeLoad(pods: usage.pods, cpuMilli: usage.cpuMilli, memoryBytes: usage.memoryBytes,
                                nonZeroCPUMilli: usage.nonZeroCPUMilli, nonZeroMemoryBytes: usage.nonZeroMemoryBytes)
            if let why = Scheduler.rejections(of: pod, on: node, usage: load, requests: requests) {
                for r in why { rejections[r, default: 0] += 1 }
                continue
            }
            feasible += 1
            let sameOwner = owner.map { usage.podsByOwner[$0] ?? 0 } ?? 0
            let used = Scheduler.loadAfter(load, requests, node.room)
            let tie = Scheduler.tieBreak(Scheduler.tieBreakPrefix(pod.metadata.uid), node.name)
            if let b = best, (sameOwner, used, tie, node.name) > (b.sameOwner, b.used, b.tie, b.name) { continue }
            best = (node.name, sameOwner, used, tie)
        }
        return Outcome(node: best?.name, sameOwner: best?.sameOwner ?? 0, feasible: feasible, examined: examined, rejections: rejections)
    }

    static func pass(_ pod: Pod, in state: ClusterState) -> Outcome {
        let p = Scheduler.Pass(pod, owner: pod.metadata.controllerRef?.uid, in: state)
        return Outcome(node: p.best.map { state.schedulingNodes[$0].name }, sameOwner: p.bestSameOwner,
                       feasible: p.feasible, examined: p.examined, rejections: p.rejections)
    }

    static func replicaSet(_ name: String, replicas: Int, rng: inout SeededRandom) -> ReplicaSet {
        var spec = T.pod("x", image: "nginx:1.27").spec
        if rng.next() % 2 == 0 { spec.containers[0].resources.requests["cpu"] = Quantity.parse("\(100 * (1 + rng.next() % 12))m") }
        if rng.next() % 3 == 0 { spec.containers[0].resources.requests["memory"] = Quantity.parse("\(256 * (1 + rng.next() % 8))Mi") }
        if rng.next() % 4 == 0 { spec.nodeSelector = ["zone": "z\(rng.next() % 2)"] }
        if rng.next() % 4 == 0 { spec.tolerations = [Toleration(key: "dedicated", operator: "Exists")] }
        return ReplicaSet(metadata: ObjectMeta(name: name, namespace: "default", labels: ["app": name]),
                          spec: ReplicaSetSpec(replicas: replicas, selector: LabelSelector(matchLabels: ["app": name]),
                                               template: PodTemplateSpec(metadata: ObjectMeta(labels: ["app": name]), spec: spec)))
    }

    static func editNode(_ sim: Simulation, _ name: String, _ change: (inout Node) -> Void) {
        guard var node = sim.state.nodes[name] else { return }
        change(&node)
        _ = try? sim.update(.node(node))
    }

    /// Property: on 130 nodes (so a pass stops after 100 feasible ones) that are cordoned,
    /// tainted, labelled, added (some with names too long to pack) and removed, with pods of several owners that request cpu and
    /// memory, select nodes and tolerate taints, the pass decides as the plain algorithm does
    /// for every pod, bound or not.
    @Test func decidesAsThePlainAlgorithm() {
        var compared = 0, rejectedSome = 0
        for seed in UInt64(1)...6 {
            var rng = SeededRandom(seed: seed)
            var config = SimulationConfig()
            config.maxPodsPerNode = 6
            let sim = Simulation(nodes: 130, seed: seed, config: config)
            var sets = 0
            for step in 0..<24 {
                let names = sim.state.nodeNames
                let node = names[Int(rng.next() % UInt64(names.count))]
                switch rng.next() % 9 {
                case 0, 1:
                    sets += 1
                    _ = try? sim.create(.replicaSet(Self.replicaSet("rs\(sets)", replicas: 20 + Int(rng.next() % 200), rng: &rng)))
                case 2: Self.editNode(sim, node) { $0.spec.unschedulable.toggle() }
                case 3: Self.editNode(sim, node) { $0.spec.taints = $0.spec.taints.isEmpty ? [Taint(key: "dedicated", value: "db", effect: "NoSchedule")] : [] }
                case 4: Self.editNode(sim, node) { $0.metadata.labels["zone"] = "z\(rng.next() % 2)" }
                case 5: _ = sim.addNode(named: step % 2 == 0 ? "node-\(200 + step)" : "node-with-a-long-name-\(step)")
                case 6: try? sim.delete(.node, ObjectKey(cluster: node))
                case 7:
                    let live = sim.state.pods.keys.sorted()
                    for _ in 0..<10 where !live.isEmpty { try? sim.delete(.pod, live[Int(rng.next() % UInt64(live.count))]) }
                default: sim.advance(by: Millis(rng.next() % 20_000))
                }
                for pod in sim.state.pods.values.sorted(by: { $0.metadata.key < $1.metadata.key }) where rng.next() % 8 == 0 {
                    let (want, got) = (Self.reference(pod, in: sim.state), Self.pass(pod, in: sim.state))
                    #expect(got == want, "seed \(seed) step \(step) pod \(pod.metadata.name)")
                    compared += 1
                    if !want.rejections.isEmpty { rejectedSome += 1 }
                }
            }
        }
        // The sequences reach full nodes, filtered nodes and many decisions.
        #expect(compared > 1_000 && rejectedSome > 100, "compared \(compared), with rejections \(rejectedSome)")
    }

    @Test("a packed short name hashes as its string does", arguments: [
        "", "n", "7", "node-1", "node-4711", "worker-12345", "abcdefgh", "abcdefghi", "0123456789abcdef", "nœud-ü-7",
    ])
    func packedNameTieBreak(name: String) throws {
        let short = try #require(ShortName(name))
        let prefix = Scheduler.tieBreakPrefix("0b7c1a2e-uid")
        #expect(short.hash(prefix, from: 0) == Scheduler.tieBreak(prefix, name))
    }

    @Test func namesLongerThanSixteenBytesAreNotPacked() {
        #expect(ShortName("0123456789abcdef") != nil)
        #expect(ShortName("0123456789abcdefg") == nil)
        #expect(ShortName("node-é-1234567890") == nil)
    }

    /// The tie-breaker keeps the state after a stem from node to node; names with other
    /// stems, no stem, long stems and unpacked names come between.
    @Test func tieBreakerHashesEachNameAsItsString() {
        let names = ["node-1", "node-22", "node-333", "worker-1", "node-4", "12", "a-long-stem-9", "a-long-stem-10",
                     "node-x", "a-name-far-too-long-to-pack-3", "node-5", "", "node-", "node-6"]
        var ties = TieBreaker(uid: "0b7c1a2e-uid")
        for name in names + names.reversed() {
            let scheduling = SchedulingNode(Node(metadata: ObjectMeta(name: name)))
            #expect(ties.hash(NodeFit(scheduling, slot: 0), scheduling) == Scheduler.tieBreak(ties.prefix, name), "\(name)")
        }
    }
}
