import Testing
import KubeModel
@testable import ClusterSim

@Suite("Active pods of an owner on a node")
struct ActivePodsOnNodeTests {
    /// The pods `activePods(ofOwner:onNode:)` must count, found the slow way.
    static func recount(_ state: ClusterState, owner uid: String, node: String) -> Int {
        state.pods.values.filter {
            $0.metadata.controllerRef?.uid == uid && $0.spec.nodeName == node && $0.isActive
        }.count
    }

    static func replicaSet(_ name: String, replicas: Int) -> ReplicaSet {
        let spec = T.pod("x", image: "nginx:1.27").spec
        return ReplicaSet(metadata: ObjectMeta(name: name, namespace: "default", labels: ["app": name]),
                          spec: ReplicaSetSpec(replicas: replicas, selector: LabelSelector(matchLabels: ["app": name]),
                                               template: PodTemplateSpec(metadata: ObjectMeta(labels: ["app": name]), spec: spec)))
    }

    /// The owners whose counts are checked: ReplicaSets and Jobs.
    static func owners(_ state: ClusterState) -> [(String, String)] {
        state.replicaSets.values.sorted { $0.metadata.key < $1.metadata.key }.map { ($0.metadata.name, $0.metadata.uid) }
            + state.jobs.values.sorted { $0.metadata.key < $1.metadata.key }.map { ($0.metadata.name, $0.metadata.uid) }
    }

    /// Property: as a ReplicaSet scales, Job pods finish and pods are deleted (Terminating for a
    /// while), nodes are cordoned and removed, the count equals a recount for every owner and node.
    @Test func equalsARecountThroughScalingDeletionAndNodeChanges() {
        var sawTerminating = false, sawFinished = false
        for seed in UInt64(1)...10 {
            var rng = SeededRandom(seed: seed)
            let sim = Simulation(nodes: 5, seed: seed)
            _ = try! sim.create(.replicaSet(Self.replicaSet("web", replicas: 6)))
            _ = try! sim.create(.job(BatchFixture.job("batch", command: ["sleep", "3"], completions: 6, parallelism: 3)))
            for step in 0..<40 {
                switch rng.next() % 6 {
                case 0:
                    var rs = sim.state.replicaSets[ObjectKey("default", "web")]!
                    rs.spec.replicas = Int(rng.next() % 12)
                    _ = try? sim.update(.replicaSet(rs))
                case 1:
                    let live = sim.state.pods.keys.sorted()
                    if !live.isEmpty { try? sim.delete(.pod, live[Int(rng.next() % UInt64(live.count))]) }
                case 2 where step % 7 == 0:
                    let names = sim.state.nodeNames
                    if names.count > 2 { try? sim.delete(.node, ObjectKey(cluster: names[Int(rng.next() % UInt64(names.count))])) }
                default:
                    sim.advance(by: Millis(rng.next() % 6_000))
                }
                let bound = sim.state.pods.values.filter { $0.spec.nodeName != nil }
                sawTerminating = sawTerminating || bound.contains { $0.metadata.deletionTimestamp != nil }
                sawFinished = sawFinished || bound.contains { $0.status.phase == .succeeded }
                for (name, uid) in Self.owners(sim.state) {
                    for node in sim.state.nodeNames + ["node-gone"] {
                        #expect(sim.state.activePods(ofOwner: uid, onNode: node) == Self.recount(sim.state, owner: uid, node: node),
                                "seed \(seed) step \(step) \(name) on \(node)")
                    }
                }
            }
        }
        // The sequences reach the cases that must not count.
        #expect(sawTerminating && sawFinished)
    }

    @Test func unknownOwnerOrNodeCountsZero() {
        let sim = Simulation(nodes: 2, seed: 1)
        _ = try! sim.create(.replicaSet(Self.replicaSet("web", replicas: 3)))
        sim.settle()
        let uid = sim.state.replicaSets[ObjectKey("default", "web")]!.metadata.uid
        #expect(sim.state.activePods(ofOwner: uid, onNode: "node-1") + sim.state.activePods(ofOwner: uid, onNode: "node-2") == 3)
        #expect(sim.state.activePods(ofOwner: "no-such-uid", onNode: "node-1") == 0)
        #expect(sim.state.activePods(ofOwner: uid, onNode: "node-9") == 0)
    }
}
