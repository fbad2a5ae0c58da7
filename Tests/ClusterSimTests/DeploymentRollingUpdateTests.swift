import Testing
import ClusterSim
import KubeModel

/// Rolling updates through the whole simulation, against REFERENCE §2.5's worked sequences.
@Suite struct DeploymentRollingUpdateTests {
    /// The ScalingReplicaSet events of an image change, with the ReplicaSet names replaced by
    /// OLD and NEW.
    static func rolloutEvents(replicas: Int) -> [String] {
        let sim = Simulation(nodes: 3, seed: 11)
        Fixture.create(sim, Fixture.deployment("web", replicas: replicas))
        sim.settle()
        let before = Fixture.scalingEvents(sim, "web").count
        let oldName = Fixture.replicaSets(sim, "web")[0].metadata.name
        Fixture.setImage(sim, "web", "nginx:1.27")
        sim.settle()
        let newName = Fixture.replicaSets(sim, "web").first { $0.metadata.name != oldName }!.metadata.name
        return Fixture.scalingEvents(sim, "web").dropFirst(before).map {
            Fixture.replace(Fixture.replace($0, oldName, "OLD"), newName, "NEW")
        }
    }

    @Test func oneReplica() {
        #expect(Self.rolloutEvents(replicas: 1) == [
            "Scaled up replica set NEW to 1",
            "Scaled down replica set OLD to 0 from 1",
        ])
    }

    /// The real v1.28+ event list of the kubernetes.io Deployment page.
    @Test func threeReplicas() {
        #expect(Self.rolloutEvents(replicas: 3) == [
            "Scaled up replica set NEW to 1",
            "Scaled down replica set OLD to 2 from 3",
            "Scaled up replica set NEW to 2 from 1",
            "Scaled down replica set OLD to 1 from 2",
            "Scaled up replica set NEW to 3 from 2",
            "Scaled down replica set OLD to 0 from 1",
        ])
    }

    /// With real pods, readiness arrives one pod at a time, so a 10-replica rollout moves in
    /// more, smaller steps than REFERENCE §2.5's idealised table (see the worked-sequence
    /// tests for that): every step still respects 13 pods at most and 8 available at least.
    @Test func tenReplicasWithPodsBecomingReadyOneByOne() {
        let events = Self.rolloutEvents(replicas: 10)
        #expect(events.first == "Scaled up replica set NEW to 3")
        #expect(events.dropFirst().first == "Scaled down replica set OLD to 8 from 10")
        #expect(events.last?.hasPrefix("Scaled down replica set OLD to 0 from ") == true)
        #expect(events.count >= 6)
    }

    @Test func newReplicaSetIsNamedLabelledOwnedAndAnnotatedAsKubernetesDoes() {
        let sim = Simulation(nodes: 3, seed: 3)
        var d = Fixture.deployment("my-web", replicas: 3)
        d.metadata.annotations = ["kubernetes.io/change-cause": "first release", "kubectl.kubernetes.io/last-applied-configuration": "{}"]
        d.spec.minReadySeconds = 5
        let created = Fixture.create(sim, d)
        sim.settle()
        let rs = Fixture.replicaSets(sim, "my-web")[0]
        let hash = String(rs.metadata.name.dropFirst("my-web-".count))
        #expect(rs.metadata.name == "my-web-" + hash)
        #expect((8...10).contains(hash.count))
        #expect(hash.allSatisfy { "456789bcdf".contains($0) })
        #expect(rs.metadata.labels == ["app": "my-web", "pod-template-hash": hash])
        #expect(rs.spec.selector.matchLabels == ["app": "my-web", "pod-template-hash": hash])
        #expect(rs.spec.template.metadata.labels == ["app": "my-web", "pod-template-hash": hash])
        #expect(rs.spec.minReadySeconds == 5)
        let owner = rs.metadata.ownerReferences
        #expect(owner == [OwnerReference(apiVersion: "apps/v1", kind: "Deployment", name: "my-web", uid: created.metadata.uid,
                                         controller: true, blockOwnerDeletion: true)])
        #expect(rs.metadata.annotations == [
            "deployment.kubernetes.io/revision": "1",
            "deployment.kubernetes.io/desired-replicas": "3",
            "deployment.kubernetes.io/max-replicas": "4",
            "kubernetes.io/change-cause": "first release",
        ])
        #expect(sim.state.deployments[ObjectKey("default", "my-web")]!.metadata.annotations["deployment.kubernetes.io/revision"] == "1")
        let pods = Fixture.livePods(sim, "my-web")
        #expect(pods.count == 3)
        #expect(pods.allSatisfy { $0.metadata.name.hasPrefix(rs.metadata.name + "-") && $0.metadata.name.count == rs.metadata.name.count + 6 })
        #expect(pods.allSatisfy { $0.metadata.labels == ["app": "my-web", "pod-template-hash": hash] && $0.metadata.annotations.isEmpty })
    }

    @Test func sameTemplateGivesTheSameHashAndScalingNeverChangesIt() {
        let a = Simulation(nodes: 1, seed: 1), b = Simulation(nodes: 2, seed: 99)
        Fixture.create(a, Fixture.deployment("web", replicas: 1))
        Fixture.create(b, Fixture.deployment("web", replicas: 7))
        a.settle(); b.settle()
        #expect(Fixture.replicaSets(a, "web")[0].metadata.name == Fixture.replicaSets(b, "web")[0].metadata.name)
        Fixture.edit(a, "web") { $0.spec.replicas = 4 }
        a.settle()
        #expect(Fixture.replicaSets(a, "web").count == 1)
        #expect(Fixture.scalingEvents(a, "web").last == "Scaled up replica set \(Fixture.replicaSets(a, "web")[0].metadata.name) to 4 from 1")
    }

    /// REFERENCE §3.6: a settled deployment lists Available, then Progressing
    /// (NewReplicaSetAvailable), because a changed condition moves to the end.
    @Test func settledConditionsAreAvailableThenProgressing() {
        let sim = Simulation(nodes: 3, seed: 5)
        Fixture.create(sim, Fixture.deployment("web", replicas: 3))
        sim.settle()
        let d = sim.state.deployments[ObjectKey("default", "web")]!
        let rs = Fixture.replicaSets(sim, "web")[0].metadata.name
        #expect(d.status.conditions.map { [$0.type, $0.status.rawValue, $0.reason, $0.message] } == [
            ["Available", "True", "MinimumReplicasAvailable", "Deployment has minimum availability."],
            ["Progressing", "True", "NewReplicaSetAvailable", "ReplicaSet \"\(rs)\" has successfully progressed."],
        ])
        #expect(d.status.replicas == 3 && d.status.updatedReplicas == 3 && d.status.readyReplicas == 3 && d.status.availableReplicas == 3)
        #expect(d.status.unavailableReplicas == 0 && d.status.observedGeneration == d.metadata.generation)
    }

    /// A broken image with 10 replicas: the new ReplicaSet grows to 5 and stops there, the old
    /// one to 8 — 13 pods asked for, 8 available (the case in `rolling.go`'s comment).
    @Test func brokenImageStallsWithMinimumAvailabilityKept() {
        let sim = Simulation(nodes: 3, seed: 8)
        Fixture.create(sim, Fixture.deployment("web", replicas: 10))
        sim.settle()
        Fixture.setImage(sim, "web", "nginx:nope")
        sim.settle()
        let rss = Fixture.replicaSets(sim, "web").sorted { $0.spec.template.spec.containers[0].image < $1.spec.template.spec.containers[0].image }
        #expect(rss.map(\.spec.template.spec.containers[0].image) == ["nginx", "nginx:nope"])
        #expect(rss.map(\.spec.replicas) == [8, 5])
        let d = sim.state.deployments[ObjectKey("default", "web")]!
        #expect(d.status.readyReplicas == 8 && d.status.updatedReplicas == 5 && d.status.availableReplicas == 8)
        #expect(d.status.condition("Progressing")?.reason == "ReplicaSetUpdated")
        // Ten minutes without progress: Progressing=False, and nothing is rolled back.
        sim.advance(by: .minutes(11))
        let later = sim.state.deployments[ObjectKey("default", "web")]!
        let progressing = later.status.condition("Progressing")!
        #expect(progressing.status == .false && progressing.reason == "ProgressDeadlineExceeded")
        #expect(progressing.message == "ReplicaSet \"\(rss[1].metadata.name)\" has timed out progressing.")
        #expect(Fixture.replicaSets(sim, "web").map { $0.metadata.name == rss[0].metadata.name ? "old \($0.spec.replicas)" : "new \($0.spec.replicas)" }.sorted() == ["new 5", "old 8"])
    }

    /// Three replicas and a broken image never lose availability (maxUnavailable 0).
    @Test func brokenImageWithThreeReplicasLeavesOneExtraPod() {
        let sim = Simulation(nodes: 3, seed: 8)
        Fixture.create(sim, Fixture.deployment("web", replicas: 3))
        sim.settle()
        Fixture.setImage(sim, "web", "nginx:nope")
        sim.settle()
        #expect(Fixture.replicaSets(sim, "web").map { "\($0.spec.template.spec.containers[0].image) \($0.spec.replicas)" }.sorted() == ["nginx 3", "nginx:nope 1"])
        let d = sim.state.deployments[ObjectKey("default", "web")]!
        #expect(d.status.readyReplicas == 3 && d.status.updatedReplicas == 1 && d.status.availableReplicas == 3)
    }
}
