import Testing
@testable import ClusterSim
import KubeModel

/// The deletion order over seeded random pod sets: the packed keys order pods as the rules
/// say, read one by one from the pods; the bounded-heap selection equals "sort everything,
/// take k"; and the store's scale-down agrees with the same choice made from a pod list.
/// A failure names its seed.
@Suite struct PodDeletionRankPropertyTests {
    static let now = Instant(seconds: 100_000)
    static let nodes: [String?] = [nil, "node-1", "node-2", "node-3", "node-4"]

    /// A pod with every field the rules read drawn at random; ages cluster around a few log2
    /// buckets so that ties and same-bucket pairs are common.
    /// With `alike`, every pod is Running and Ready at no cost on a scheduled node, with ages
    /// from two buckets, so that rules 5–8 and the UID decide (as among a rollout's old pods).
    static func randomPod(_ i: Int, _ rng: inout SeededRandom, canonicalUIDs: Bool, nodes: [String?] = nodes,
                          alike: Bool = false) -> Pod {
        func pick<T>(_ xs: [T]) -> T { xs[Int(rng.next() % UInt64(xs.count))] }
        var meta = ObjectMeta(name: "p\(i)", namespace: "default")
        meta.uid = canonicalUIDs || rng.next() % 4 != 0 ? rng.uuid() : "u\(rng.next() % 50)-\(i)"
        let ages: [Int64?] = alike ? [70, 120, 1_000] : [nil, 0, 1, 60, 70, 120, 130, 1_000, 1_000, 5_000]
        meta.creationTimestamp = pick(ages).map { now - .seconds($0) }
        if !alike, rng.next() % 5 == 0 { meta.annotations[PodDeletionRank.deletionCostAnnotation] = pick(["-1", "0", "1", "+1", "x"]) }
        var spec = PodSpec(containers: [Container(name: "c", image: "nginx")])
        // Alike pods go round the nodes, so that the nodes' ranks are close too.
        spec.nodeName = alike ? nodes[1 + i % (nodes.count - 1)] : pick(nodes)
        var pod = Pod(metadata: meta, spec: spec)
        pod.status.phase = alike ? .running : pick([.pending, .unknown, .running, .running])
        let ready = alike || rng.next() % 3 != 0
        pod.status.setCondition("Ready", ready ? .true : .false, at: now)
        pod.status.conditions[0].lastTransitionTime = pick(ages).map { now - .seconds($0) }
        var cs = ContainerStatus(name: "c", image: "nginx", state: .running(startedAt: now))
        cs.restartCount = pick([0, 0, 0, 1, 2])
        pod.status.containerStatuses = [cs]
        return pod
    }

    /// The total order read rule by rule from the pods, as `PodDeletionRank`'s doc states it:
    /// an independent check on the packed keys.
    static func referenceLess(_ a: Pod, _ rankA: Int, _ b: Pod, _ rankB: Int) -> Bool {
        func timeRank(_ t: Instant?) -> Int { t.map { PodDeletionRank.bucket(now - $0) } ?? -2 }
        let (readyA, readyB) = (a.isReady, b.isReady)
        if (a.spec.nodeName == nil) != (b.spec.nodeName == nil) { return a.spec.nodeName == nil }
        let (phaseA, phaseB) = (PodDeletionRank.phaseOrder(a.status.phase), PodDeletionRank.phaseOrder(b.status.phase))
        if phaseA != phaseB { return phaseA < phaseB }
        if readyA != readyB { return !readyA }
        let (costA, costB) = (PodDeletionRank.deletionCost(a.metadata.annotations), PodDeletionRank.deletionCost(b.metadata.annotations))
        if costA != costB { return costA < costB }
        if rankA != rankB { return rankA > rankB }
        if readyA && readyB {
            let (ra, rb) = (timeRank(a.status.condition("Ready")?.lastTransitionTime), timeRank(b.status.condition("Ready")?.lastTransitionTime))
            if ra != rb { return ra < rb }
        }
        let (restartsA, restartsB) = (PodDeletionRank.maxRestarts(a.status.containerStatuses), PodDeletionRank.maxRestarts(b.status.containerStatuses))
        if restartsA != restartsB { return restartsA > restartsB }
        let (ca, cb) = (timeRank(a.metadata.creationTimestamp), timeRank(b.metadata.creationTimestamp))
        if ca != cb { return ca < cb }
        return a.metadata.uid < b.metadata.uid
    }

    static func ranks(_ pods: [Pod]) -> [String: Int] {
        var onNode: [String: Int] = [:]
        for p in pods where p.isActive { if let node = p.spec.nodeName { onNode[node, default: 0] += 1 } }
        return onNode
    }

    static func keys(_ pods: [Pod]) -> [PodDeletionRank.Key] {
        let onNode = ranks(pods)
        var keys = pods.enumerated().map { i, p in
            PodDeletionRank.Key(p, rank: p.spec.nodeName.map { onNode[$0] ?? 0 } ?? 0, now: now, index: i)
        }
        PodDeletionRank.numberUIDs(&keys) { pods[$0].metadata.uid }
        return keys
    }

    @Test(arguments: 0..<40)
    func heapSelectionEqualsSortingEverything(seed: Int) {
        var rng = SeededRandom(seed: UInt64(seed))
        let n = Int(rng.next() % 120) + 1
        let pods = (0..<n).map { Self.randomPod($0, &rng, canonicalUIDs: seed % 2 == 0) }
        let onNode = Self.ranks(pods)
        func rank(_ p: Pod) -> Int { p.spec.nodeName.map { onNode[$0] ?? 0 } ?? 0 }
        let keys = Self.keys(pods)
        let reference = pods.indices.sorted { Self.referenceLess(pods[$0], rank(pods[$0]), pods[$1], rank(pods[$1])) }
        #expect(keys.sorted().map(\.index) == reference, "seed \(seed): packed keys order pods differently from the rules")
        for k in [0, 1, 2, n / 3, n - 1, n] {
            let picked = PodDeletionRank.smallest(keys, count: k).map(\.index)
            #expect(picked == Array(reference.prefix(k)), "seed \(seed), k \(k): heap selection differs from sort-and-take")
            var shuffled = keys
            shuffled.shuffle(using: &rng)
            #expect(PodDeletionRank.smallest(shuffled, count: k).map(\.index) == picked, "seed \(seed), k \(k): depends on input order")
        }
    }

    /// Canonical UUIDs as two words order exactly as the strings; other shapes are refused.
    @Test func uidWordsOrderAsTheStrings() {
        var rng = SeededRandom(seed: 7)
        let uids = (0..<300).map { _ in rng.uuid() } + ["00000000-0000-4000-8000-000000000000", "ffffffff-ffff-4fff-bfff-ffffffffffff"]
        for _ in 0..<2_000 {
            let a = uids[Int(rng.next() % UInt64(uids.count))], b = uids[Int(rng.next() % UInt64(uids.count))]
            guard let wa = PodDeletionRank.uidWords(a), let wb = PodDeletionRank.uidWords(b) else {
                Issue.record("\(a) or \(b) not read as a UUID"); return
            }
            #expect(((wa.0, wa.1) < (wb.0, wb.1)) == (a < b), "\(a) vs \(b)")
        }
        for odd in ["a", "0001", "56986904-06C5-4d24-8034-91f87c6689b4", "56986904-06c5-4d24-8034-91f87c6689b4x",
                    "56986904-06c5-4d24-8034-91f87c6689b", "56986904_06c5-4d24-8034-91f87c6689b4", ""] {
            #expect(PodDeletionRank.uidWords(odd) == nil, "\(odd)")
        }
    }

    /// The store's scale-down, for a ReplicaSet whose pods were put in the store by hand (on
    /// up to a dozen nodes, then some removed and some rewritten, so that nodes' bounds must
    /// be kept right), picks what the pod-list path picks; odd seeds mix in UIDs that are not
    /// canonical UUIDs, and every fourth seed makes the pods alike but for rules 5–8.
    @Test(arguments: 0..<40)
    func storeScaleDownAgreesOnHandMadeStores(seed: Int) {
        var rng = SeededRandom(seed: UInt64(seed))
        var state = ClusterState(now: Self.now)
        var rs = ReplicaSet(metadata: ObjectMeta(name: "web", namespace: "default"),
                            spec: ReplicaSetSpec(replicas: 0, selector: LabelSelector(),
                                                 template: PodTemplateSpec(metadata: ObjectMeta(name: "", namespace: "default"),
                                                                           spec: PodSpec(containers: []))))
        rs.metadata.uid = "rs-uid"
        state.putReplicaSet(rs)
        let nodes: [String?] = [nil] + (1...(Int(rng.next() % 12) + 1)).map { "node-\($0)" }
        var pods: [ObjectKey: Pod] = [:]
        func put(_ i: Int) {
            var pod = Self.randomPod(i, &rng, canonicalUIDs: seed % 2 == 0, nodes: nodes, alike: seed % 4 == 0)
            pod.metadata.ownerReferences = [.controllerRef(kind: .replicaSet, meta: rs.metadata)]
            if let old = pods[pod.metadata.key] { pod.metadata.uid = old.metadata.uid; pod.spec.nodeName = old.spec.nodeName }
            state.putPod(pod)
            pods[pod.metadata.key] = pod
        }
        let n = Int(rng.next() % 250) + 2
        for i in 0..<n { put(i) }
        // Written again now that it is over its replicas: the store builds its table, and
        // keeps it through what follows.
        state.putReplicaSet(rs)
        #expect(state.deletionRankFields[rs.metadata.uid] != nil, "seed \(seed): no table for a ReplicaSet over its replicas")
        for _ in 0..<Int(rng.next() % 60) {
            let i = Int(rng.next() % UInt64(n))
            if rng.next() % 2 == 0, pods.count > 2 { state.removePod(ObjectKey("default", "p\(i)")); pods[ObjectKey("default", "p\(i)")] = nil }
            else { put(i) }
        }
        let list = pods.values.sorted { $0.metadata.key < $1.metadata.key }
        var related = RelatedPodsOnNode(of: rs, in: state)
        for count in [1, 2, list.count / 4, list.count / 2, list.count - 1] where count >= 1 {
            let fromList = PodDeletionRank.victims(list, count: count, now: Self.now) { related.rank(onNode: $0, in: state) }
                .map { list[$0].metadata.key }
            let fromStore = ReplicaSetController.victims(of: rs, count: count, in: state).map(\.key)
            #expect(fromStore == fromList, "seed \(seed), count \(count): store path and pod-list path disagree")
        }
        #expect(Self.rankTableIsCurrent(state), "seed \(seed): the store's rank table is stale")
    }

    /// The store's rank table holds exactly the active owned pods, with their current fields.
    /// (Tables are kept only for some ReplicaSets; each kept one must be whole and current.)
    static func rankTableIsCurrent(_ state: ClusterState) -> Bool {
        var expected: [String: ClusterState.DeletionRankTable] = [:]
        for pod in state.pods.values where pod.isActive {
            let key = pod.metadata.key
            guard let owner = pod.metadata.controllerRef?.uid, state.deletionRankFields[owner] != nil else { continue }
            expected[owner, default: [:]][pod.spec.nodeName ?? "", default: DeletionRankGroup()].insert(key, PodDeletionRank.Fields(pod))
        }
        return expected == state.deletionRankFields
    }

    /// The counted scale-down, which reads the store through its indexes, picks what the
    /// pod-list path picks from the same state, over seeded rollouts and scale-downs.
    @Test(arguments: 0..<6)
    func storeScaleDownAgreesWithThePodListPath(seed: Int) throws {
        var rng = SeededRandom(seed: UInt64(seed))
        let sim = Simulation(nodes: 4, seed: UInt64(seed))
        Fixture.create(sim, Fixture.deployment("web", replicas: 30 + Int(rng.next() % 30)))
        sim.settle()
        Fixture.setImage(sim, "web", "nginx:1.27")
        for _ in 0..<Int(rng.next() % 40) { _ = sim.step() }
        Fixture.edit(sim, "web") { $0.spec.replicas = Int(rng.next() % 10) }
        var checked = 0
        for _ in 0..<400 {
            let before = sim.state
            guard let decision = sim.step() else { break }
            guard decision.controller == .replicaSet,
                  case .replicaSet(.tooManyPods(let rsKey, _, let want))? = decision.reasons.first,
                  let rs = before.replicaSets[rsKey] else { continue }
            let owned = before.pods(ownedBy: rs.metadata.uid).filter(\.isActive)
            let count = min(owned.count - want, SimulationConfig().burstReplicas)
            var related = RelatedPodsOnNode(of: rs, in: before)
            let fromList = PodDeletionRank.victims(owned, count: count, now: before.now) { related.rank(onNode: $0, in: before) }
                .map { owned[$0].metadata.key }
            let fromStore = ReplicaSetController.victims(of: rs, count: count, in: before).map(\.key)
            let deleted = decision.effects.compactMap { effect -> ObjectKey? in
                if case .markedForDeletion(let ref) = effect { return ref.key }
                if case .removed(let ref) = effect, ref.kind == .pod { return ref.key }
                return nil
            }
            #expect(before.deletionRankFields[rs.metadata.uid] != nil, "seed \(seed): no table kept for a shrinking ReplicaSet")
            #expect(Self.rankTableIsCurrent(before), "seed \(seed): the store's rank table is stale")
            #expect(fromStore == fromList, "seed \(seed): store path and pod-list path disagree")
            #expect(deleted == fromStore, "seed \(seed): the sync deleted other pods")
            checked += 1
        }
        #expect(checked > 0, "seed \(seed): no scale-down happened")
        sim.settle()
        #expect(Self.rankTableIsCurrent(sim.state), "seed \(seed): the store's rank table is stale after settling")
    }
}
