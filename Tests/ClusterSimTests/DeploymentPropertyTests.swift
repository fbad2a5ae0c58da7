import Testing
import ClusterSim
import KubeModel

/// Seeded random sequences of scale / set image / delete pod / advance against one
/// Deployment, checking after every controller decision what Kubernetes promises. A failure
/// names its seed, so `check(seed:)` reproduces it.
@Suite struct DeploymentPropertyTests {
    static let images = ["nginx", "nginx:1.25", "nginx:1.26", "nginx:1.27", "nginx:nope"]
    static let nakedNames = ["debug-a", "debug-b", "debug-c"]

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// Runs one seeded sequence; throws the first broken promise.
    static func check(seed: UInt64, operations: Int = 25, deletePods: Bool, debug: Bool = false) throws {
        var rng = SeededRandom(seed: seed)
        let sim = Simulation(nodes: 3, seed: seed)
        let key = ObjectKey("default", "web")
        let strategies = [DeploymentStrategy(), DeploymentStrategy(type: .rollingUpdate, maxSurge: .int(2), maxUnavailable: .int(0)),
                          DeploymentStrategy(type: .rollingUpdate, maxSurge: .string("50%"), maxUnavailable: .int(1))]
        Fixture.create(sim, Fixture.deployment("web", replicas: Int(rng.next() % 8) + 1, strategy: strategies[Int(rng.next() % 3)]))
        for name in nakedNames {
            _ = try sim.create(.pod(Pod(metadata: ObjectMeta(name: name, namespace: "default", labels: ["run": name]),
                                        spec: PodSpec(containers: [Container(name: name, image: "busybox")]))))
        }
        var deletedNaked: Set<String> = []
        // Availability the rollout may not take away. A scale-down (proportional, ignoring
        // availability by design) or a pod deletion lowers it; it rises again only once the
        // controllers have caught up with the latest spec.
        var availableFloor = 0
        var scalingDown = false
        var log: [String] = []

        func fail(_ what: String) -> Failure {
            if debug {
                for dec in sim.log.entries.suffix(40) { print(dec.time.sinceEpochClock(), dec.controller, dec.reasons) }
                for rs in Fixture.replicaSets(sim, "web") { print(rs.metadata.name, rs.spec.replicas, rs.status) }
            }
            return Failure(description: "seed \(seed): \(what)\n  after: \(log.suffix(6).joined(separator: "; "))")
        }

        func invariants() throws {
            let d = sim.state.deployments[key]!
            let rss = Fixture.replicaSets(sim, "web")
            let surge = RolloutMath.maxSurge(d), minAvailable = d.spec.replicas - RolloutMath.maxUnavailable(d)
            let pods = rss.flatMap { sim.state.pods(ownedBy: $0.metadata.uid) }.filter(\.isActive)
            let available = pods.filter { $0.isAvailable(minReadySeconds: d.spec.minReadySeconds, now: sim.now) }.count
            let caughtUp = d.status.observedGeneration == d.metadata.generation
                && rss.allSatisfy { $0.status.observedGeneration == $0.metadata.generation }
            if caughtUp {
                let asked = RolloutMath.specTotal(rss)
                if asked > d.spec.replicas + surge { throw fail("ReplicaSets ask for \(asked) > \(d.spec.replicas) + maxSurge \(surge)") }
                if pods.count > d.spec.replicas + surge { throw fail("\(pods.count) live pods > \(d.spec.replicas) + maxSurge \(surge)") }
            }
            if scalingDown && caughtUp { scalingDown = false; availableFloor = 0 }
            if scalingDown { availableFloor = 0 }
            if available < min(availableFloor, minAvailable) {
                throw fail("available \(available) < min(floor \(availableFloor), minAvailable \(minAvailable))")
            }
            if !scalingDown { availableFloor = max(availableFloor, min(available, minAvailable)) }
            let naked = sim.state.pods.values.filter { $0.metadata.ownerReferences.isEmpty }.map(\.metadata.name)
            if let back = naked.first(where: { deletedNaked.contains($0) && sim.state.pods[ObjectKey("default", $0)]?.metadata.deletionTimestamp == nil }) {
                throw fail("naked pod \(back) came back")
            }
        }

        func run(_ span: Millis) throws {
            let until = sim.now + span
            while sim.hasPendingWork, sim.now < until {
                let before = sim.now
                sim.advance(by: min(.seconds(1), until - sim.now))
                try invariants()
                if sim.now == before { break }
            }
        }

        for _ in 0..<operations {
            switch rng.next() % (deletePods ? 5 : 4) {
            case 0:
                let r = Int(rng.next() % 12)
                let current = sim.state.deployments[key]!.spec.replicas
                if r < current { availableFloor = 0; scalingDown = true }
                Fixture.edit(sim, "web") { $0.spec.replicas = r }
                log.append("scale \(r)")
            case 1:
                let image = images[Int(rng.next() % UInt64(images.count))]
                Fixture.setImage(sim, "web", image)
                log.append("image \(image)")
            case 2, 3:
                let span = Millis(rng.next() % 20_000) + 100
                log.append("advance \(span)ms")
                try run(span)
            default:
                availableFloor = 0
                scalingDown = true
                if rng.next() % 3 == 0 {
                    let name = nakedNames[Int(rng.next() % 3)]
                    if (try? sim.delete(.pod, ObjectKey("default", name))) != nil { deletedNaked.insert(name); log.append("delete \(name)") }
                } else if let pod = Fixture.livePods(sim, "web").sorted(by: { $0.metadata.name < $1.metadata.name }).first {
                    try sim.delete(.pod, pod.metadata.key)
                    log.append("delete \(pod.metadata.name)")
                }
            }
            try invariants()
        }

        // Finally a good image: everything converges to one ReplicaSet with every pod available.
        Fixture.setImage(sim, "web", "nginx:1.28")
        log.append("image nginx:1.28")
        try run(.minutes(5))
        sim.settle()
        let d = sim.state.deployments[key]!
        let rss = Fixture.replicaSets(sim, "web")
        let current = rss.filter { $0.spec.template.spec.containers[0].image == "nginx:1.28" }
        guard current.count == 1, current[0].spec.replicas == d.spec.replicas, current[0].status.availableReplicas == d.spec.replicas,
              rss.allSatisfy({ $0.metadata.name == current[0].metadata.name || ($0.spec.replicas == 0 && $0.status.replicas == 0) }),
              Fixture.livePods(sim, "web").count == d.spec.replicas,
              d.status.condition("Progressing")?.reason == "NewReplicaSetAvailable" else {
            throw fail("did not converge: \(rss.map { "\($0.metadata.name) \($0.spec.replicas)/\($0.status.availableReplicas)" }) for \(d.spec.replicas)")
        }
    }

    @Test func rollingUpdatesKeepTheirBoundsWithoutPodDeletions() {
        for seed in UInt64(1)...30 {
            do { try Self.check(seed: seed, deletePods: false) } catch { Issue.record("\(error)"); return }
        }
    }

    @Test func deploymentsConvergeAndNakedPodsStayDeletedWithPodDeletions() {
        for seed in UInt64(100)...129 {
            do { try Self.check(seed: seed, deletePods: true) } catch { Issue.record("\(error)"); return }
        }
    }
}
