import Testing
@testable import ClusterSim
import KubeModel

/// The ReplicaSet controller (REFERENCE §4).
@Suite struct ReplicaSetControllerTests {
    /// A pod for the ranking tests. Times are seconds on the simulated clock; nil leaves the
    /// time out (a zero time in Go). The UID defaults to the name.
    static func pod(_ name: String, node: String? = "node-1", phase: PodPhase = .running, ready: Bool = true,
                    readySince: Int64? = 0, created: Int64? = 0, restarts: Int = 0, cost: String? = nil, uid: String? = nil) -> Pod {
        var meta = ObjectMeta(name: name, namespace: "default")
        meta.uid = uid ?? name
        meta.creationTimestamp = created.map { Instant(seconds: $0) }
        if let cost { meta.annotations[PodDeletionRank.deletionCostAnnotation] = cost }
        var spec = PodSpec(containers: [Container(name: "c", image: "nginx")])
        spec.nodeName = node
        var p = Pod(metadata: meta, spec: spec)
        p.status.phase = phase
        p.status.setCondition("Ready", ready ? .true : .false, at: Instant(seconds: readySince ?? 0))
        if readySince == nil { p.status.conditions[0].lastTransitionTime = nil }
        var cs = ContainerStatus(name: "c", image: "nginx", state: .running(startedAt: Instant(seconds: 0)))
        cs.restartCount = restarts
        p.status.containerStatuses = [cs]
        return p
    }

    static let now = Instant(seconds: 10_000)

    /// `victims` with rule 5's ranks counted from `related`, the way
    /// `getPodsRankedByRelatedPodsOnSameNode` counts them.
    static func victims(_ pods: [Pod], count: Int, related: [Pod]) -> [String] {
        var onNode: [String: Int] = [:]
        for p in related where p.isActive { if let node = p.spec.nodeName { onNode[node, default: 0] += 1 } }
        return PodDeletionRank.victims(pods, count: count, now: now) { onNode[$0] ?? 0 }.map { pods[$0].metadata.name }
    }

    struct Case: Sendable, CustomStringConvertible {
        var description: String
        var first: Pod
        var second: Pod
    }

    /// In each pair the first pod is the one deleted first, whichever order they come in.
    /// Ages in the same log2 bucket: 70 s and 120 s (36); 100 s (36) vs 1000 s (39).
    @Test(arguments: [
        Case(description: "1: unscheduled before scheduled", first: pod("a", node: nil, phase: .pending, ready: false), second: pod("b")),
        Case(description: "2: Pending before Running", first: pod("a", phase: .pending, ready: false), second: pod("b", ready: false)),
        Case(description: "2: Pending before Unknown", first: pod("a", phase: .pending, ready: false), second: pod("b", phase: .unknown, ready: false)),
        Case(description: "2: Unknown before Running", first: pod("a", phase: .unknown), second: pod("b")),
        Case(description: "3: not Ready before Ready", first: pod("a", ready: false), second: pod("b")),
        Case(description: "4: lower deletion cost first", first: pod("a", cost: "-5"), second: pod("b")),
        Case(description: "4: an unparsable cost counts as 0", first: pod("a", cost: "+5"), second: pod("b", cost: "1")),
        Case(description: "6: more recently Ready first", first: pod("a", readySince: 9_990), second: pod("b", readySince: 100)),
        Case(description: "6: no ready time first", first: pod("a", readySince: nil), second: pod("b", readySince: 9_999)),
        Case(description: "7: more restarts first", first: pod("a", restarts: 3), second: pod("b")),
        Case(description: "8: newer first", first: pod("a", created: 9_000), second: pod("b", created: 10)),
        Case(description: "8: no creation time first", first: pod("a", created: nil), second: pod("b", created: 9_999)),
        Case(description: "8: same log2 age bucket: lower UID first", first: pod("a", created: 10_000 - 120, uid: "0001"),
             second: pod("b", created: 10_000 - 70, uid: "0002")),
        Case(description: "6: same ready bucket is a tie, so more restarts first (kube: lower UID)",
             first: pod("a", readySince: 10_000 - 70, restarts: 1, uid: "0002"), second: pod("b", readySince: 10_000 - 120, uid: "0001")),
        Case(description: "6: same ready bucket is a tie, so the newer creation bucket first (kube: lower UID)",
             first: pod("a", readySince: 10_000 - 70, created: 10_000 - 100, uid: "0002"),
             second: pod("b", readySince: 10_000 - 120, created: 10_000 - 1_000, uid: "0001")),
        Case(description: "equal under rules 1-8: lower UID first", first: pod("a", uid: "0001"), second: pod("b", uid: "0002")),
        Case(description: "equal under rules 1-8: lower canonical UID first",
             first: pod("b", uid: "0a000000-0000-4000-8000-000000000000"), second: pod("a", uid: "0b000000-0000-4000-8000-000000000000")),
    ])
    func deletionRankFollowsKubernetesOrder(_ c: Case) {
        let related = [c.first, c.second]
        #expect(Self.victims([c.second, c.first], count: 1, related: related) == [c.first.metadata.name])
        #expect(Self.victims([c.first, c.second], count: 1, related: related) == [c.first.metadata.name])
    }

    /// 5: a node crowded with the deployment's pods (any of its ReplicaSets) loses one first.
    @Test func doubledUpNodeLosesAPodFirst() {
        let a = Self.pod("a", node: "node-1"), b = Self.pod("b", node: "node-2")
        let sibling = Self.pod("sibling", node: "node-2")
        #expect(Self.victims([a, b], count: 1, related: [a, b, sibling]) == ["b"])
        #expect(Self.victims([b, a], count: 1, related: [a, b, sibling]) == ["b"])
    }

    /// Kube's `Less` has a cycle here — A and C Ready at the same instant, B later in the same
    /// bucket; A restarted more — A < C (restarts), C < B (UIDs, times differ), B < A (UIDs).
    /// The total order says A, C, B from every starting order.
    @Test func kubernetesCycleGetsOneAnswer() {
        let a = Self.pod("A", readySince: 10_000 - 120, restarts: 1, uid: "0003")
        let b = Self.pod("B", readySince: 10_000 - 70, uid: "0002")
        let c = Self.pod("C", readySince: 10_000 - 120, uid: "0001")
        for pods in [[a, b, c], [a, c, b], [b, a, c], [b, c, a], [c, a, b], [c, b, a]] {
            #expect(Self.victims(pods, count: 2, related: pods) == ["A", "C"])
            #expect(Self.victims(pods, count: 1, related: pods) == ["A"])
        }
    }

    /// `GetDeletionCostFromPodAnnotations`: an int32 without "+" or leading zeros, else 0.
    @Test(arguments: [("-5", Int32(-5)), ("0", 0), ("12", 12), ("2147483647", Int32.max), ("-2147483648", Int32.min),
                      ("2147483648", 0), ("+5", 0), ("007", 0), ("-", 0), ("", 0), ("1e3", 0)])
    func deletionCostParsesAsKubernetesDoes(_ value: String, _ cost: Int32) {
        #expect(PodDeletionRank.deletionCost([PodDeletionRank.deletionCostAnnotation: value]) == cost)
    }

    @Test func logBucketsAreFloorLog2OfNanoseconds() {
        #expect(PodDeletionRank.bucket(70_000) == 36)
        #expect(PodDeletionRank.bucket(120_000) == 36)
        #expect(PodDeletionRank.bucket(140_000) == 37)
        #expect(PodDeletionRank.bucket(0) == -1)
    }

    /// "I see 2 copies. I need 3." — a Terminating pod no longer counts, and its replacement is
    /// created at once, while the old one still terminates.
    @Test func deletedPodIsReplacedImmediately() throws {
        let sim = Simulation(nodes: 3, seed: 31)
        Fixture.create(sim, Fixture.deployment("web", replicas: 3))
        sim.settle()
        let victim = Fixture.livePods(sim, "web")[0]
        try sim.delete(.pod, victim.metadata.key)
        var decision: Decision? = nil
        while let d = sim.step() { if d.controller == .replicaSet { decision = d; break } }
        let rs = Fixture.replicaSets(sim, "web")[0]
        #expect(decision?.reasons.first == .replicaSet(.tooFewPods(replicaSet: rs.metadata.key, have: 2, want: 3)))
        #expect(sim.state.pods[victim.metadata.key]?.metadata.deletionTimestamp != nil)
        #expect(sim.state.pods.count == 4)
        sim.settle()
        #expect(Fixture.livePods(sim, "web").count == 3 && sim.state.pods.count == 3)
        let events = sim.state.events.about(uid: rs.metadata.uid).map(\.reason)
        #expect(events.filter { $0 == "SuccessfulCreate" }.count == 4)
    }

    /// A hand-made pod with matching labels is adopted — and, the ReplicaSet being full,
    /// deleted again (it is the unready newcomer).
    @Test func matchingNakedPodIsAdoptedAndTheExcessDeleted() throws {
        let sim = Simulation(nodes: 3, seed: 32)
        Fixture.create(sim, Fixture.deployment("web", replicas: 2))
        sim.settle()
        let rs = Fixture.replicaSets(sim, "web")[0]
        let intruder = Pod(metadata: ObjectMeta(name: "intruder", namespace: "default", labels: rs.spec.template.metadata.labels),
                           spec: PodSpec(containers: [Container(name: "nginx", image: "nginx")]))
        _ = try sim.create(.pod(intruder))
        sim.settle()
        let reasons = sim.log.entries.flatMap(\.reasons)
        #expect(reasons.contains(.replicaSet(.adoptOrphan(replicaSet: rs.metadata.key, pod: "intruder"))))
        #expect(reasons.contains(.replicaSet(.tooManyPods(replicaSet: rs.metadata.key, have: 3, want: 2))))
        #expect(sim.state.pods[ObjectKey("default", "intruder")] == nil)
        #expect(Fixture.livePods(sim, "web").count == 2)
    }

    /// Relabelling a pod out of the selector releases it: it lives on unowned and a
    /// replacement is made.
    @Test func relabelledPodIsReleasedAndReplaced() throws {
        let sim = Simulation(nodes: 3, seed: 33)
        Fixture.create(sim, Fixture.deployment("web", replicas: 2))
        sim.settle()
        let rs = Fixture.replicaSets(sim, "web")[0]
        var pod = Fixture.livePods(sim, "web")[0]
        pod.metadata.labels["app"] = "quarantine"
        _ = try sim.update(.pod(pod))
        sim.settle()
        let released = sim.state.pods[pod.metadata.key]!
        #expect(released.metadata.ownerReferences.isEmpty && released.isActive)
        #expect(sim.log.entries.flatMap(\.reasons).contains(.replicaSet(.releasePod(replicaSet: rs.metadata.key, pod: pod.metadata.name))))
        #expect(Fixture.livePods(sim, "web").count == 2)
        #expect(sim.state.pods.count == 3)
    }

    @Test func statusCountsActiveReadyAndAvailablePods() {
        let sim = Simulation(nodes: 3, seed: 34)
        Fixture.create(sim, Fixture.deployment("web", replicas: 3))
        sim.settle()
        let rs = Fixture.replicaSets(sim, "web")[0]
        #expect(rs.status.replicas == 3 && rs.status.fullyLabeledReplicas == 3 && rs.status.readyReplicas == 3 && rs.status.availableReplicas == 3)
        #expect(rs.status.observedGeneration == rs.metadata.generation)
    }

    /// Scaling down deletes the newest-ready pods and records SuccessfulDelete for each.
    @Test func scaleDownRecordsSuccessfulDelete() {
        let sim = Simulation(nodes: 3, seed: 35)
        Fixture.create(sim, Fixture.deployment("web", replicas: 3))
        sim.settle()
        Fixture.edit(sim, "web") { $0.spec.replicas = 1 }
        sim.settle()
        let rs = Fixture.replicaSets(sim, "web")[0]
        let deletes = sim.state.events.about(uid: rs.metadata.uid).filter { $0.reason == "SuccessfulDelete" }
        #expect(deletes.count == 2)
        #expect(deletes.allSatisfy { $0.message.hasPrefix("Deleted pod: \(rs.metadata.name)-") && $0.source == "replicaset-controller" })
    }

    /// Nothing stops a ReplicaSet asking for two billion pods; sizing tables ahead for them
    /// must not try to allocate them all (it once asked for 190 GB and aborted).
    @Test func twoBillionReplicasDoNotSizeTablesForThemAll() {
        let sim = Simulation(nodes: 3, seed: 1)
        Fixture.create(sim, Fixture.deployment("huge", replicas: 2_000_000_000))
        for _ in 0..<6 { _ = sim.step() }
        let rs = Fixture.replicaSets(sim, "huge")
        #expect(rs.map(\.spec.replicas) == [2_000_000_000])
        #expect(!Fixture.livePods(sim, "huge").isEmpty)
        #expect(sim.state.pods.count < 10_000)
    }
}
