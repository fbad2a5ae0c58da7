import Testing
import ClusterSim
import KubeModel

/// Revisions, rollback, history limit (REFERENCE §3).
@Suite struct DeploymentRevisionTests {
    static func revisions(_ sim: Simulation) -> [String: String] {
        var out: [String: String] = [:]
        for rs in Fixture.replicaSets(sim, "web") {
            let image = rs.spec.template.spec.containers[0].image
            out[image] = rs.metadata.annotations["deployment.kubernetes.io/revision"]! + (rs.metadata.annotations["deployment.kubernetes.io/revision-history"].map { " (was \($0))" } ?? "")
        }
        return out
    }

    /// REFERENCE §3.2 worked example: rev1 = nginx:1.14.2 (a), rev2 = 1.16.1 (b); undo → a is
    /// revision 3 (history "1"); undo again → b is 4 (history "2"). No new ReplicaSet appears.
    @Test func rollbackReusesTheOldReplicaSetAndRenumbersIt() throws {
        let sim = Simulation(nodes: 3, seed: 2)
        Fixture.create(sim, Fixture.deployment("web", image: "nginx:1.14.2", replicas: 3))
        sim.settle()
        Fixture.setImage(sim, "web", "nginx:1.16.1")
        sim.settle()
        #expect(Self.revisions(sim) == ["nginx:1.14.2": "1", "nginx:1.16.1": "2"])
        let key = ObjectKey("default", "web")
        let first = Fixture.replicaSets(sim, "web").first { $0.spec.template.spec.containers[0].image == "nginx:1.14.2" }!
        #expect(try sim.rollbackDeployment(key, toRevision: 0) == .rolledBack(toRevision: 1, replicaSet: first.metadata.name))
        sim.settle()
        #expect(Self.revisions(sim) == ["nginx:1.14.2": "3 (was 1)", "nginx:1.16.1": "2"])
        #expect(Fixture.replicaSets(sim, "web").count == 2)
        #expect(Fixture.scalingEvents(sim, "web").contains("Scaled up replica set \(first.metadata.name) to 1 from 0"))
        #expect(sim.state.deployments[key]!.metadata.annotations["deployment.kubernetes.io/revision"] == "3")
        _ = try sim.rollbackDeployment(key, toRevision: 0)
        sim.settle()
        #expect(Self.revisions(sim) == ["nginx:1.14.2": "3 (was 1)", "nginx:1.16.1": "4 (was 2)"])
        #expect(Set(try sim.rolloutHistory(key).keys) == [3, 4])
    }

    @Test func rollbackRefusalsAndSkips() throws {
        let sim = Simulation(nodes: 1, seed: 2)
        let key = ObjectKey("default", "web")
        Fixture.create(sim, Fixture.deployment("web", replicas: 1))
        sim.settle()
        #expect(throws: RollbackError.noRolloutHistory(deployment: "web")) { try sim.rollbackDeployment(key, toRevision: 0) }
        #expect(throws: RollbackError.revisionNotFound(9)) { try sim.rollbackDeployment(key, toRevision: 9) }
        #expect(throws: RollbackError.revisionNotFound(-1)) { try sim.rollbackDeployment(key, toRevision: -1) }
        #expect(try sim.rollbackDeployment(key, toRevision: 1) == .skipped(requestedRevision: 1))
        #expect(throws: RollbackError.server(.notFound(.deployment, name: "nope"))) { try sim.rollbackDeployment(ObjectKey("default", "nope"), toRevision: 0) }
        Fixture.setImage(sim, "web", "nginx:1.27")
        sim.settle()
        Fixture.edit(sim, "web") { $0.spec.paused = true }
        #expect(throws: RollbackError.paused) { try sim.rollbackDeployment(key, toRevision: 0) }
    }

    /// The old change-cause comes back with the template; the skip list stays the deployment's.
    @Test func rollbackRestoresTheRevisionsAnnotations() throws {
        let sim = Simulation(nodes: 1, seed: 2)
        let key = ObjectKey("default", "web")
        var d = Fixture.deployment("web", replicas: 1)
        d.metadata.annotations["kubernetes.io/change-cause"] = "v1"
        Fixture.create(sim, d)
        sim.settle()
        Fixture.edit(sim, "web") {
            $0.spec.template.spec.containers[0].image = "nginx:1.27"
            $0.metadata.annotations["kubernetes.io/change-cause"] = "v2"
            $0.metadata.annotations["kubectl.kubernetes.io/last-applied-configuration"] = "{}"
        }
        sim.settle()
        _ = try sim.rollbackDeployment(key, toRevision: 1)
        let after = sim.state.deployments[key]!
        #expect(after.metadata.annotations["kubernetes.io/change-cause"] == "v1")
        #expect(after.metadata.annotations["kubectl.kubernetes.io/last-applied-configuration"] == "{}")
        #expect(after.spec.template.metadata.labels == ["app": "web"])
        #expect(after.spec.template.spec.containers[0].image == "nginx")
    }

    /// Changing the image and changing it back re-uses the first ReplicaSet (same hash).
    @Test func changingTheTemplateBackFindsTheSameReplicaSet() {
        let sim = Simulation(nodes: 2, seed: 4)
        Fixture.create(sim, Fixture.deployment("web", replicas: 2))
        sim.settle()
        let original = Fixture.replicaSets(sim, "web")[0].metadata.name
        Fixture.setImage(sim, "web", "nginx:1.27"); sim.settle()
        Fixture.setImage(sim, "web", "nginx"); sim.settle()
        let rss = Fixture.replicaSets(sim, "web")
        #expect(rss.count == 2)
        #expect(rss.first { $0.spec.replicas == 2 }?.metadata.name == original)
    }

    /// revisionHistoryLimit 2: at most 2 old ReplicaSets stay, the lowest revisions go first.
    @Test func historyLimitDeletesTheOldestEmptyReplicaSets() throws {
        let sim = Simulation(nodes: 2, seed: 4)
        var d = Fixture.deployment("web", replicas: 1)
        d.spec.revisionHistoryLimit = 2
        Fixture.create(sim, d)
        sim.settle()
        for tag in ["1.25", "1.26", "1.27", "1.28"] { Fixture.setImage(sim, "web", "nginx:\(tag)"); sim.settle() }
        let history = try sim.rolloutHistory(ObjectKey("default", "web"))
        #expect(history.keys.sorted() == [3, 4, 5])
        #expect(history[5]!.spec.template.spec.containers[0].image == "nginx:1.28")
        let deleted = sim.log.entries.flatMap(\.reasons).compactMap { r -> String? in
            if case .deployment(.deletedOldReplicaSet(_, _, let revision, let limit)) = r { return "\(revision)/\(limit)" }
            return nil
        }
        #expect(deleted == ["1/2", "2/2"])
    }

    @Test func revisionHistoryLimitZeroKeepsOnlyTheCurrentReplicaSet() {
        let sim = Simulation(nodes: 2, seed: 4)
        var d = Fixture.deployment("web", replicas: 1)
        d.spec.revisionHistoryLimit = 0
        Fixture.create(sim, d)
        sim.settle()
        Fixture.setImage(sim, "web", "nginx:1.27"); sim.settle()
        #expect(Fixture.replicaSets(sim, "web").map(\.spec.template.spec.containers[0].image) == ["nginx:1.27"])
    }

    /// `kubernetes.io/change-cause` set on the deployment is copied to its current ReplicaSet.
    @Test func annotatingTheDeploymentCopiesToTheCurrentReplicaSet() {
        let sim = Simulation(nodes: 1, seed: 4)
        Fixture.create(sim, Fixture.deployment("web", replicas: 1))
        sim.settle()
        Fixture.edit(sim, "web") { $0.metadata.annotations["kubernetes.io/change-cause"] = "image updated to 1.16.1" }
        sim.settle()
        #expect(Fixture.replicaSets(sim, "web")[0].metadata.annotations["kubernetes.io/change-cause"] == "image updated to 1.16.1")
        #expect(sim.log.entries.contains { $0.reasons.contains { if case .deployment(.copiedAnnotations) = $0 { return true }; return false } })
    }
}

/// A ReplicaSet already holds the name the template hash gives (REFERENCE §1.1): the
/// deployment bumps status.collisionCount and uses the next hash.
@Suite struct DeploymentHashCollisionTests {
    @Test func nameTakenByAnotherReplicaSetBumpsCollisionCount() throws {
        let sim = Simulation(nodes: 2, seed: 51)
        let d = Fixture.deployment("web", replicas: 2)
        let taken = "web-" + TemplateHash.podTemplateHash(d.spec.template)
        let squatter = ReplicaSet(metadata: ObjectMeta(name: taken, namespace: "default", labels: ["app": "other"]),
                                  spec: ReplicaSetSpec(replicas: 0, selector: LabelSelector(matchLabels: ["app": "other"]),
                                                       template: PodTemplateSpec(metadata: ObjectMeta(labels: ["app": "other"]),
                                                                                 spec: PodSpec(containers: [Container(name: "x", image: "busybox")]))))
        _ = try sim.create(.replicaSet(squatter))
        Fixture.create(sim, d)
        sim.settle()
        let deployment = sim.state.deployments[ObjectKey("default", "web")]!
        #expect(deployment.status.collisionCount == 1)
        let owned = Fixture.replicaSets(sim, "web")
        #expect(owned.count == 1)
        #expect(owned[0].metadata.name == "web-" + TemplateHash.podTemplateHash(d.spec.template, collisionCount: 1))
        #expect(owned[0].metadata.name != taken && owned[0].status.availableReplicas == 2)
        #expect(sim.log.entries.flatMap(\.reasons).contains(.deployment(.hashCollision(deployment: ObjectKey("default", "web"), replicaSet: taken, collisionCount: 1))))
    }
}
