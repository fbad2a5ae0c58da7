import Testing
import ClusterSim
import KubeModel

/// Scaling events, pause/resume, Recreate, minReadySeconds (REFERENCE §2.6–2.9).
@Suite struct DeploymentScalingAndPauseTests {
    static func sizes(_ sim: Simulation) -> [String] {
        Fixture.replicaSets(sim, "web").map { "\($0.spec.template.spec.containers[0].image)=\($0.spec.replicas)" }.sorted()
    }

    /// Paused: a template change makes no new ReplicaSet and no revision; Progressing is
    /// Unknown/DeploymentPaused. Resume rolls it out, with Progressing Unknown/DeploymentResumed
    /// on the way.
    @Test func pausedDeploymentStartsNoRolloutUntilResumed() {
        let sim = Simulation(nodes: 3, seed: 6)
        Fixture.create(sim, Fixture.deployment("web", replicas: 3))
        sim.settle()
        Fixture.edit(sim, "web") { $0.spec.paused = true }
        sim.settle()
        let key = ObjectKey("default", "web")
        let paused = sim.state.deployments[key]!.status.condition("Progressing")!
        #expect([paused.status.rawValue, paused.reason, paused.message] == ["Unknown", "DeploymentPaused", "Deployment is paused"])
        Fixture.setImage(sim, "web", "nginx:1.27")
        sim.settle()
        #expect(Fixture.replicaSets(sim, "web").count == 1)
        #expect(sim.state.deployments[key]!.metadata.annotations["deployment.kubernetes.io/revision"] == "1")
        // Scaling still works while paused.
        Fixture.edit(sim, "web") { $0.spec.replicas = 5 }
        sim.settle()
        #expect(Self.sizes(sim) == ["nginx=5"])
        Fixture.edit(sim, "web") { $0.spec.paused = false }
        _ = sim.step()
        let resumedReasons = sim.log.entries.flatMap(\.reasons)
        #expect(resumedReasons.contains(.deployment(.resumed(deployment: key))))
        sim.settle()
        #expect(Self.sizes(sim) == ["nginx:1.27=5", "nginx=0"])
        #expect(sim.state.deployments[key]!.status.condition("Progressing")?.reason == "NewReplicaSetAvailable")
    }

    /// Scaling a rollout stuck half-way (old 8, new 5 of 10, 3/2) to 15 shares the change in
    /// proportion: old 8 → 11, new 5 → 7 (kubernetes.io "proportional scaling").
    @Test func scalingMidRolloutIsProportional() {
        let sim = Simulation(nodes: 3, seed: 9)
        Fixture.create(sim, Fixture.deployment("web", replicas: 10,
                                               strategy: DeploymentStrategy(type: .rollingUpdate, maxSurge: .int(3), maxUnavailable: .int(2))))
        sim.settle()
        Fixture.setImage(sim, "web", "nginx:nope")
        sim.settle()
        #expect(Self.sizes(sim) == ["nginx:nope=5", "nginx=8"])
        Fixture.edit(sim, "web") { $0.spec.replicas = 15 }
        _ = sim.step()
        #expect(Self.sizes(sim) == ["nginx:nope=7", "nginx=11"])
        let events = Fixture.scalingEvents(sim, "web").suffix(2)
        #expect(events.allSatisfy { $0.hasPrefix("Scaled up replica set") })
        let rs = Fixture.replicaSets(sim, "web")
        #expect(rs.allSatisfy { $0.metadata.annotations["deployment.kubernetes.io/desired-replicas"] == "15" && $0.metadata.annotations["deployment.kubernetes.io/max-replicas"] == "18" })
    }

    /// Recreate: old ReplicaSet to 0 first; the new one is created only when every old pod
    /// is gone, with all replicas at once.
    @Test func recreateRemovesEveryOldPodBeforeStartingNewOnes() {
        let sim = Simulation(nodes: 3, seed: 12)
        Fixture.create(sim, Fixture.deployment("web", replicas: 3, strategy: DeploymentStrategy(type: .recreate, maxSurge: nil, maxUnavailable: nil)))
        sim.settle()
        let old = Fixture.replicaSets(sim, "web")[0].metadata.name
        let before = Fixture.scalingEvents(sim, "web").count
        Fixture.setImage(sim, "web", "nginx:1.27")
        var sawOverlap = false
        while let _ = sim.step() {
            let live = Fixture.replicaSets(sim, "web").flatMap { sim.state.pods(ownedBy: $0.metadata.uid) }
            let images = Set(live.map(\.spec.containers[0].image))
            if images.count > 1 { sawOverlap = true }
        }
        #expect(!sawOverlap)
        let new = Fixture.replicaSets(sim, "web").first { $0.metadata.name != old }!.metadata.name
        #expect(Array(Fixture.scalingEvents(sim, "web").dropFirst(before)) == [
            "Scaled down replica set \(old) to 0 from 3",
            "Scaled up replica set \(new) to 3",
        ])
    }

    /// minReadySeconds: pods count as available only after being Ready that long, and the
    /// rollout waits for it.
    @Test func minReadySecondsDelaysAvailability() {
        let sim = Simulation(nodes: 3, seed: 13)
        var d = Fixture.deployment("web", replicas: 2)
        d.spec.minReadySeconds = 10
        Fixture.create(sim, d)
        sim.advance(by: .seconds(5))
        let key = ObjectKey("default", "web")
        #expect(sim.state.deployments[key]!.status.readyReplicas == 2)
        #expect(sim.state.deployments[key]!.status.availableReplicas == 0)
        #expect(sim.state.deployments[key]!.status.condition("Available")?.status == .false)
        sim.settle()
        #expect(sim.state.deployments[key]!.status.availableReplicas == 2)
        #expect(sim.now - Instant.simulationEpoch >= .seconds(10))
    }

    /// Scaling a deployment with one ReplicaSet: `Scaled down replica set X to 1 from 3`.
    @Test func scalingDownOneReplicaSetRecordsFrom() {
        let sim = Simulation(nodes: 3, seed: 14)
        Fixture.create(sim, Fixture.deployment("web", replicas: 3))
        sim.settle()
        Fixture.edit(sim, "web") { $0.spec.replicas = 1 }
        sim.settle()
        let rs = Fixture.replicaSets(sim, "web")[0]
        #expect(Fixture.scalingEvents(sim, "web").last == "Scaled down replica set \(rs.metadata.name) to 1 from 3")
        #expect(rs.metadata.annotations["deployment.kubernetes.io/desired-replicas"] == "1")
        #expect(rs.metadata.annotations["deployment.kubernetes.io/max-replicas"] == "2")
        #expect(Fixture.livePods(sim, "web").count == 1)
    }

    /// A ReplicaSet resized by hand is put back by its deployment.
    @Test func deploymentOverridesAHandScaledReplicaSet() {
        let sim = Simulation(nodes: 3, seed: 15)
        Fixture.create(sim, Fixture.deployment("web", replicas: 3))
        sim.settle()
        var rs = Fixture.replicaSets(sim, "web")[0]
        rs.spec.replicas = 6
        _ = try! sim.update(.replicaSet(rs))
        sim.settle()
        #expect(Fixture.replicaSets(sim, "web")[0].spec.replicas == 3)
        #expect(Fixture.livePods(sim, "web").count == 3)
    }
}
