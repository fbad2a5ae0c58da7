import Testing
import ClusterSim
import KubeModel

/// Ten replicas, default 25%/25% (maxSurge 3, maxUnavailable 2): through an image change,
/// a broken image and a rollback, checked after every single controller decision.
@Suite struct DeploymentTenReplicaScenarioTests {
    struct Counts { var asked: Int; var live: Int; var available: Int }

    static func counts(_ sim: Simulation) -> Counts {
        let rss = Fixture.replicaSets(sim, "web")
        let pods = Fixture.livePods(sim, "web")
        return Counts(asked: rss.reduce(0) { $0 + $1.spec.replicas }, live: pods.count,
                      available: pods.filter { $0.isAvailable(minReadySeconds: 0, now: sim.now) }.count)
    }

    /// Steps decision by decision until nothing is left to do but wait, checking the bounds.
    static func stepChecking(_ sim: Simulation, steps: inout Int, for span: Millis = .minutes(5)) {
        let start = sim.now
        while let _ = sim.step() {
            steps += 1
            let c = counts(sim)
            #expect(c.asked <= 13, "step \(steps): ReplicaSets ask for \(c.asked) pods")
            #expect(c.live <= 13, "step \(steps): \(c.live) live pods")
            #expect(c.available >= 8, "step \(steps): only \(c.available) available")
            if steps > 2_000 || sim.now - start > span { return }
        }
    }

    @Test func rolloutBrokenImageAndUndoStayWithinBounds() throws {
        let sim = Simulation(nodes: 3, seed: 41)
        Fixture.create(sim, Fixture.deployment("web", replicas: 10))
        sim.settle()
        var steps = 0
        Fixture.setImage(sim, "web", "nginx:1.27")
        Self.stepChecking(sim, steps: &steps)
        let key = ObjectKey("default", "web")
        #expect(try sim.rolloutHistory(key).keys.sorted() == [1, 2])
        let good = Fixture.replicaSets(sim, "web").first { $0.spec.replicas == 10 }!
        #expect(good.spec.template.spec.containers[0].image == "nginx:1.27")

        Fixture.setImage(sim, "web", "nginx:nope")
        Self.stepChecking(sim, steps: &steps, for: .minutes(11))
        let stuck = sim.state.deployments[key]!
        // READY 8/10, UP-TO-DATE 5, AVAILABLE 8: the arithmetic of `rolling.go`'s own example.
        #expect([stuck.status.readyReplicas, stuck.status.updatedReplicas, stuck.status.availableReplicas] == [8, 5, 8])
        #expect(stuck.status.condition("Progressing")?.reason == "ProgressDeadlineExceeded")

        let names = Set(Fixture.replicaSets(sim, "web").map(\.metadata.name))
        #expect(try sim.rollbackDeployment(key, toRevision: 0) == .rolledBack(toRevision: 2, replicaSet: good.metadata.name))
        Self.stepChecking(sim, steps: &steps)
        sim.settle()
        #expect(Set(Fixture.replicaSets(sim, "web").map(\.metadata.name)) == names)
        let back = sim.state.replicaSets[good.metadata.key]!
        #expect(back.spec.replicas == 10 && back.status.availableReplicas == 10)
        #expect(back.metadata.annotations["deployment.kubernetes.io/revision"] == "4")
        #expect(back.metadata.annotations["deployment.kubernetes.io/revision-history"] == "2")
        #expect(try sim.rolloutHistory(key).keys.sorted() == [1, 3, 4])
    }
}
