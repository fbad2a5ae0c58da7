import Testing
@testable import ClusterSim
import KubeModel

/// The StatefulSet controller (WORKLOADS §1): stable ordinals, ordered start and stop,
/// Parallel, rolling update from the highest ordinal, partition.
@Suite struct StatefulSetControllerTests {
    static func sts(_ name: String = "web", replicas: Int, parallel: Bool = false, image: String = "nginx") -> StatefulSet {
        let template = PodTemplateSpec(metadata: ObjectMeta(labels: ["app": name]), spec: PodSpec(containers: [Container(name: "nginx", image: image)]))
        var spec = StatefulSetSpec(replicas: replicas, selector: LabelSelector(matchLabels: ["app": name]), template: template)
        spec.serviceName = "nginx"
        if parallel { spec.podManagementPolicy = "Parallel" }
        return StatefulSet(metadata: ObjectMeta(name: name, namespace: "default"), spec: spec)
    }

    static func livePods(_ sim: Simulation, _ name: String = "web") -> [String] {
        guard let s = sim.state.statefulSets[ObjectKey("default", name)] else { return [] }
        return sim.state.pods(ownedBy: s.metadata.uid).filter { $0.metadata.deletionTimestamp == nil }.map(\.metadata.name).sorted()
    }

    static func edit(_ sim: Simulation, _ change: (inout StatefulSet) -> Void) throws {
        var s = try #require(sim.state.statefulSets[ObjectKey("default", "web")])
        change(&s)
        _ = try sim.update(.statefulSet(s))
    }

    @Test func orderedReadyCreatesEachPodAfterThePreviousIsReady() throws {
        let sim = Simulation(nodes: 3, seed: 1)
        _ = try sim.create(.statefulSet(Self.sts(replicas: 3)))
        var created: [String] = []
        var violations: [String] = []
        sim.onDecision = { d in
            for case .created(let ref) in d.effects where ref.kind == .pod {
                created.append(ref.key.name)
                // Every lower ordinal must be Running and Ready at this moment.
                let ordinal = Int(ref.key.name.split(separator: "-").last!)!
                for lower in 0..<ordinal {
                    let p = sim.state.pods[ObjectKey("default", "web-\(lower)")]
                    if p?.isReady != true || p?.status.phase != .running { violations.append("\(ref.key.name) before web-\(lower) was ready") }
                }
            }
        }
        sim.settle()
        #expect(created == ["web-0", "web-1", "web-2"])
        #expect(violations.isEmpty, "\(violations)")
        let pod = try #require(sim.state.pods[ObjectKey("default", "web-1")])
        #expect(pod.spec.hostname == "web-1" && pod.spec.subdomain == "nginx")
        #expect(pod.metadata.labels["statefulset.kubernetes.io/pod-name"] == "web-1")
        #expect(pod.metadata.labels["apps.kubernetes.io/pod-index"] == "1")
        #expect(sim.state.statefulSets[ObjectKey("default", "web")]?.status.readyReplicas == 3)
    }

    @Test func scaleDownRemovesTheHighestOrdinalFirstOneAtATime() throws {
        let sim = Simulation(nodes: 3, seed: 2)
        _ = try sim.create(.statefulSet(Self.sts(replicas: 4)))
        sim.settle()
        try Self.edit(sim) { $0.spec.replicas = 1 }
        var deletions: [String] = []
        var overlapping = false
        sim.onDecision = { d in
            for case .markedForDeletion(let ref) in d.effects where ref.kind == .pod {
                deletions.append(ref.key.name)
                let terminating = sim.state.pods.values.filter { $0.metadata.deletionTimestamp != nil }.count
                if terminating > 1 { overlapping = true }
            }
        }
        sim.settle()
        #expect(deletions == ["web-3", "web-2", "web-1"])
        #expect(!overlapping)
        #expect(Self.livePods(sim) == ["web-0"])
    }

    @Test func parallelCreatesEveryPodAtOnce() throws {
        let sim = Simulation(nodes: 3, seed: 3)
        _ = try sim.create(.statefulSet(Self.sts(replicas: 3, parallel: true)))
        _ = sim.step()
        #expect(Self.livePods(sim) == ["web-0", "web-1", "web-2"])
        try Self.edit(sim) { $0.spec.replicas = 0 }
        sim.settle()
        #expect(Self.livePods(sim).isEmpty)
    }

    @Test func rollingUpdateGoesFromTheHighestOrdinalAndStopsAtThePartition() throws {
        let sim = Simulation(nodes: 3, seed: 4)
        _ = try sim.create(.statefulSet(Self.sts(replicas: 3)))
        sim.settle()
        let oldRevision = try #require(sim.state.statefulSets[ObjectKey("default", "web")]?.status.currentRevision)
        try Self.edit(sim) { $0.spec.partition = 1; $0.spec.template.spec.containers[0].image = "nginx:1.27" }
        var order: [String] = []
        sim.onDecision = { d in
            for case .markedForDeletion(let ref) in d.effects where ref.kind == .pod { order.append(ref.key.name) }
        }
        sim.settle()
        #expect(order == ["web-2", "web-1"])
        let image = { (n: String) in sim.state.pods[ObjectKey("default", n)]?.spec.containers[0].image }
        #expect(image("web-0") == "nginx" && image("web-1") == "nginx:1.27" && image("web-2") == "nginx:1.27")
        // A pod below the partition comes back at the old revision.
        try sim.delete(.pod, ObjectKey("default", "web-0"))
        sim.settle()
        #expect(image("web-0") == "nginx")
        #expect(sim.state.pods[ObjectKey("default", "web-0")]?.metadata.labels["controller-revision-hash"] == oldRevision)
        // Partition 0 finishes the rollout.
        try Self.edit(sim) { $0.spec.partition = 0 }
        sim.settle()
        #expect(image("web-0") == "nginx:1.27")
        let status = try #require(sim.state.statefulSets[ObjectKey("default", "web")]?.status)
        #expect(status.currentRevision == status.updateRevision && status.updatedReplicas == 3)
    }

    @Test func claimTemplatesBecomePerOrdinalVolumes() throws {
        let sim = Simulation(nodes: 1, seed: 5)
        var s = Self.sts(replicas: 2)
        s.spec.volumeClaimTemplates = [PersistentVolumeClaimTemplate(name: "www", storage: "1Gi")]
        s.spec.template.spec.containers[0].volumeMounts = [VolumeMount(name: "www", mountPath: "/data")]
        _ = try sim.create(.statefulSet(s))
        sim.settle()
        let vol = sim.state.pods[ObjectKey("default", "web-1")]?.spec.volumes.first { $0.name == "www" }
        #expect(vol?.source == .persistentVolumeClaim(claimName: "www-web-1"))
    }

    @Test func onlyReplicasTemplateAndStrategyMayChange() throws {
        let sim = Simulation(nodes: 1, seed: 6)
        _ = try sim.create(.statefulSet(Self.sts(replicas: 1)))
        #expect(throws: APIError.self) { try Self.edit(sim) { $0.spec.serviceName = "other" } }
    }
}

/// Seeded random scaling, image changes and pod deletions: the live ordinals are always
/// 0…k−1 for some k under OrderedReady (never a gap), and settle at 0…replicas−1.
@Suite struct StatefulSetPropertyTests {
    @Test(arguments: Array(UInt64(1)...UInt64(10)))
    func ordinalsNeverSkip(_ seed: UInt64) throws {
        var rng = SeededRandom(seed: seed)
        let sim = Simulation(nodes: 3, seed: seed)
        _ = try sim.create(.statefulSet(StatefulSetControllerTests.sts(replicas: Int(rng.next() % 5) + 1)))
        var broken: String? = nil
        sim.onDecision = { d in
            guard broken == nil, let s = sim.state.statefulSets[ObjectKey("default", "web")] else { return }
            let ordinals = sim.state.pods(ownedBy: s.metadata.uid).compactMap { Int($0.metadata.name.dropFirst(4)) }.sorted()
            // Pods may be missing at the top while scaling up, or be condemned above replicas,
            // but below the highest existing ordinal nothing is missing for long: a gap may
            // only be the single pod being recreated in place.
            let gaps = (0..<(ordinals.last.map { $0 + 1 } ?? 0)).filter { !ordinals.contains($0) }
            if gaps.count > 1 { broken = "seed \(seed): ordinals \(ordinals) at \(d.time.sinceEpochClock())" }
        }
        for _ in 0..<10 {
            switch rng.next() % 4 {
            case 0, 1: try StatefulSetControllerTests.edit(sim) { $0.spec.replicas = Int(rng.next() % 6) }
            case 2: try StatefulSetControllerTests.edit(sim) { $0.spec.template.spec.containers[0].image = ["nginx", "nginx:1.27", "nginx:1.26"][Int(rng.next() % 3)] }
            default:
                let live = StatefulSetControllerTests.livePods(sim)
                if !live.isEmpty { try sim.delete(.pod, ObjectKey("default", live[Int(rng.next() % UInt64(live.count))])) }
            }
            sim.advance(by: .seconds(Int64(rng.next() % 15)))
        }
        sim.settle()
        #expect(broken == nil, "\(broken ?? "")")
        let replicas = try #require(sim.state.statefulSets[ObjectKey("default", "web")]?.spec.replicas)
        #expect(StatefulSetControllerTests.livePods(sim) == (0..<replicas).map { "web-\($0)" }.sorted(), "seed \(seed)")
    }
}
