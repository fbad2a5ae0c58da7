import Testing
import ClusterSim
import KubeModel

/// Cascading deletion and orphaning (REFERENCE §7).
@Suite struct GarbageCollectorTests {
    static func podNames(_ sim: Simulation, active: Bool = true) -> [String] {
        sim.state.pods.values.filter { !active || $0.isActive }.map(\.metadata.name).sorted()
    }

    @Test func deletingADeploymentCascadesToReplicaSetsAndPods() throws {
        let sim = Simulation(nodes: 3, seed: 21)
        Fixture.create(sim, Fixture.deployment("web", replicas: 3))
        sim.settle()
        let rs = Fixture.replicaSets(sim, "web")[0]
        try sim.delete(.deployment, ObjectKey("default", "web"))
        #expect(sim.state.deployments.isEmpty)
        #expect(sim.state.replicaSets.count == 1) // the collector has not run yet
        let first = sim.step()!
        #expect(first.controller == .garbageCollector)
        #expect(first.reasons == [.garbageCollector(.ownerDeleted(dependent: ObjectRef(.replicaSet, rs.metadata.key), ownerKind: "Deployment", ownerName: "web"))])
        #expect(sim.state.replicaSets.isEmpty)
        let second = sim.step()!
        #expect(second.controller == .garbageCollector)
        #expect(sim.state.pods.values.allSatisfy { $0.metadata.deletionTimestamp != nil })
        sim.settle()
        #expect(sim.state.pods.isEmpty)
    }

    /// `--cascade=orphan`: the ReplicaSet and pods live on unowned; a new Deployment with the
    /// same template adopts the very same ReplicaSet (same hash, same name) and its pods.
    @Test func orphanedReplicaSetIsAdoptedByANewDeploymentWithTheSameTemplate() throws {
        let sim = Simulation(nodes: 3, seed: 22)
        Fixture.create(sim, Fixture.deployment("web", replicas: 3))
        sim.settle()
        let rsName = Fixture.replicaSets(sim, "web")[0].metadata.name
        let pods = Self.podNames(sim)
        try sim.delete(.deployment, ObjectKey("default", "web"), propagation: .orphan)
        sim.settle()
        let orphan = sim.state.replicaSets[ObjectKey("default", rsName)]!
        #expect(orphan.metadata.ownerReferences.isEmpty)
        #expect(Self.podNames(sim) == pods)
        let reasons = sim.log.entries.flatMap(\.reasons)
        #expect(reasons.contains(.garbageCollector(.orphaned(dependent: ObjectRef(.replicaSet, orphan.metadata.key), ownerKind: "Deployment", ownerName: "web"))))
        let again = Fixture.create(sim, Fixture.deployment("web", replicas: 3))
        sim.settle()
        let adopted = sim.state.replicaSets[ObjectKey("default", rsName)]!
        #expect(adopted.metadata.controllerRef?.uid == again.metadata.uid)
        #expect(sim.state.replicaSets.count == 1)
        #expect(Self.podNames(sim) == pods)
        #expect(sim.state.deployments[ObjectKey("default", "web")]!.status.availableReplicas == 3)
    }

    /// Deleting a Deployment's ReplicaSet by hand: the controller makes an identical one
    /// (same name) and it starts new pods, while the old ones terminate.
    @Test func deletedReplicaSetIsRecreatedWithTheSameName() throws {
        let sim = Simulation(nodes: 3, seed: 23)
        Fixture.create(sim, Fixture.deployment("web", replicas: 3))
        sim.settle()
        let rs = Fixture.replicaSets(sim, "web")[0]
        let oldPods = Self.podNames(sim)
        try sim.delete(.replicaSet, rs.metadata.key)
        sim.settle()
        let recreated = sim.state.replicaSets[rs.metadata.key]!
        #expect(recreated.metadata.uid != rs.metadata.uid)
        #expect(recreated.spec.replicas == 3)
        #expect(recreated.metadata.annotations["deployment.kubernetes.io/revision"] == "1")
        let newPods = Self.podNames(sim)
        #expect(newPods.count == 3 && Set(newPods).isDisjoint(with: oldPods))
        #expect(newPods.allSatisfy { $0.hasPrefix(rs.metadata.name + "-") })
        #expect(Fixture.scalingEvents(sim, "web").last == "Scaled up replica set \(rs.metadata.name) to 3")
    }

    /// Orphaning a ReplicaSet's pods: the recreated ReplicaSet adopts them (labels still match),
    /// so no pod is replaced.
    @Test func orphanedPodsAreAdoptedByTheRecreatedReplicaSet() throws {
        let sim = Simulation(nodes: 3, seed: 24)
        Fixture.create(sim, Fixture.deployment("web", replicas: 3))
        sim.settle()
        let rs = Fixture.replicaSets(sim, "web")[0]
        let pods = Self.podNames(sim)
        try sim.delete(.replicaSet, rs.metadata.key, propagation: .orphan)
        sim.settle()
        #expect(Self.podNames(sim) == pods)
        let recreated = sim.state.replicaSets[rs.metadata.key]!
        #expect(sim.state.pods(ownedBy: recreated.metadata.uid).map(\.metadata.name).sorted() == pods)
        let adoptions = sim.log.entries.flatMap(\.reasons).filter { if case .replicaSet(.adoptOrphan) = $0 { return true }; return false }
        #expect(adoptions.count == 3)
    }

    /// A naked pod has no owner: nothing deletes it with anything, nothing replaces it.
    @Test func nakedPodsAreNeverRecreated() throws {
        let sim = Simulation(nodes: 1, seed: 25)
        let pod = Pod(metadata: ObjectMeta(name: "nginx", namespace: "default", labels: ["run": "nginx"]),
                      spec: PodSpec(containers: [Container(name: "nginx", image: "nginx")]))
        _ = try sim.create(.pod(pod))
        sim.settle()
        try sim.delete(.pod, ObjectKey("default", "nginx"))
        sim.settle()
        #expect(sim.state.pods.isEmpty)
    }

    /// `--cascade=foreground`: the Deployment stays visible, being deleted, until its
    /// ReplicaSet — itself deleted in the foreground — has lost every pod.
    @Test func foregroundDeletionKeepsTheOwnerUntilDependentsAreGone() throws {
        let sim = Simulation(nodes: 3, seed: 26)
        Fixture.create(sim, Fixture.deployment("web", replicas: 2))
        sim.settle()
        let key = ObjectKey("default", "web")
        let rs = Fixture.replicaSets(sim, "web")[0]
        try sim.delete(.deployment, key, propagation: .foreground)
        let marked = sim.state.deployments[key]!
        #expect(marked.metadata.deletionTimestamp != nil && marked.metadata.finalizers == ["foregroundDeletion"])
        _ = sim.step()
        #expect(sim.state.replicaSets[rs.metadata.key]?.metadata.finalizers == ["foregroundDeletion"])
        #expect(sim.state.deployments[key] != nil)
        sim.settle()
        #expect(sim.state.deployments[key] == nil)
        #expect(sim.state.replicaSets.isEmpty && sim.state.pods.isEmpty)
        let reasons = sim.log.entries.flatMap(\.reasons)
        #expect(reasons.contains(.garbageCollector(.foregroundFinished(owner: ObjectRef(.deployment, key)))))
        #expect(reasons.contains(.garbageCollector(.foregroundFinished(owner: ObjectRef(.replicaSet, rs.metadata.key)))))
    }
}
