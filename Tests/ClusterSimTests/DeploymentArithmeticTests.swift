import Testing
@testable import ClusterSim
import KubeModel

/// The numbers of `deployment_util.go`, checked against REFERENCE §2.2–2.6.
@Suite struct DeploymentArithmeticTests {
    struct Fencepost: Sendable { var replicas: Int; var surge: Int; var unavailable: Int }

    @Test(arguments: [
        Fencepost(replicas: 1, surge: 1, unavailable: 0),
        Fencepost(replicas: 2, surge: 1, unavailable: 0),
        Fencepost(replicas: 3, surge: 1, unavailable: 0),
        Fencepost(replicas: 4, surge: 1, unavailable: 1),
        Fencepost(replicas: 5, surge: 2, unavailable: 1),
        Fencepost(replicas: 10, surge: 3, unavailable: 2),
    ])
    func defaultPercentagesRoundSurgeUpAndUnavailableDown(_ row: Fencepost) {
        let r = RolloutMath.fenceposts(maxSurge: .string("25%"), maxUnavailable: .string("25%"), replicas: row.replicas)
        #expect(r.surge == row.surge)
        #expect(r.unavailable == row.unavailable)
    }

    @Test func bothZeroMakesUnavailableOne() {
        let r = RolloutMath.fenceposts(maxSurge: .int(0), maxUnavailable: .string("10%"), replicas: 3)
        #expect(r.surge == 0 && r.unavailable == 1)
    }

    @Test func absoluteValuesAreUsedAsGiven() {
        let r = RolloutMath.fenceposts(maxSurge: .int(5), maxUnavailable: .int(2), replicas: 3)
        #expect(r.surge == 5 && r.unavailable == 2)
    }

    @Test func maxUnavailableIsClampedToReplicasAndZeroForRecreate() {
        var d = Fixture.deployment("web", replicas: 2)
        d.spec.strategy = DeploymentStrategy(type: .rollingUpdate, maxSurge: .int(0), maxUnavailable: .int(5))
        #expect(RolloutMath.maxUnavailable(d) == 2)
        d.spec.strategy = DeploymentStrategy(type: .recreate, maxSurge: nil, maxUnavailable: nil)
        #expect(RolloutMath.maxUnavailable(d) == 0)
        #expect(RolloutMath.maxSurge(d) == 0)
    }

    static func rs(_ name: String, spec: Int, available: Int = 0, maxReplicas: Int? = nil, created: Int64 = 0) -> ReplicaSet {
        var meta = ObjectMeta(name: name, namespace: "default")
        meta.creationTimestamp = Instant(seconds: created)
        if let maxReplicas { meta.annotations[DeploymentKeys.maxReplicas] = String(maxReplicas) }
        var r = ReplicaSet(metadata: meta, spec: ReplicaSetSpec(replicas: spec, selector: LabelSelector(), template:
            PodTemplateSpec(metadata: ObjectMeta(), spec: PodSpec(containers: []))))
        r.status.availableReplicas = available
        return r
    }

    struct NewReplicas: Sendable { var replicas: Int; var old: Int; var new: Int; var expected: Int }

    @Test(arguments: [
        NewReplicas(replicas: 3, old: 3, new: 0, expected: 1),   // create with 1 beside 3 old (max 4)
        NewReplicas(replicas: 10, old: 10, new: 0, expected: 3), // create with 3 beside 10 (max 13)
        NewReplicas(replicas: 10, old: 8, new: 3, expected: 5),  // 11 of 13 asked for: +2
        NewReplicas(replicas: 10, old: 8, new: 5, expected: 5),  // 13 of 13: keep
        NewReplicas(replicas: 3, old: 0, new: 0, expected: 3),   // a new deployment
        NewReplicas(replicas: 3, old: 1, new: 2, expected: 3),   // 3 of 4: +1, capped at replicas
    ])
    func newReplicaSetGrowsWithinReplicasPlusSurge(_ row: NewReplicas) {
        let d = Fixture.deployment("web", replicas: row.replicas)
        let old = Self.rs("old", spec: row.old), new = Self.rs("new", spec: row.new)
        #expect(RolloutMath.newRSNewReplicas(d, allRSs: [old, new], newRS: new) == row.expected)
    }

    @Test func recreateWantsEveryReplicaAtOnce() {
        let d = Fixture.deployment("web", replicas: 4, strategy: DeploymentStrategy(type: .recreate, maxSurge: nil, maxUnavailable: nil))
        #expect(RolloutMath.newRSNewReplicas(d, allRSs: [Self.rs("old", spec: 4), Self.rs("new", spec: 0)], newRS: Self.rs("new", spec: 0)) == 4)
    }

    /// kubernetes.io "Proportional scaling": 10 replicas mid-rollout (old 8, new 5, max 13),
    /// scaled to 15: allowed 18, toAdd 5 → old +3 (round(8·18/13)=11), new gets the other 2.
    @Test func proportionalScalingFollowsTheDocumentationExample() {
        var d = Fixture.deployment("web", replicas: 15)
        d.spec.strategy = DeploymentStrategy(type: .rollingUpdate, maxSurge: .int(3), maxUnavailable: .int(2))
        let old = Self.rs("old", spec: 8, maxReplicas: 13, created: 0), new = Self.rs("new", spec: 5, maxReplicas: 13, created: 10)
        let toAdd = 15 + 3 - 13
        let oldShare = RolloutMath.proportion(old, d, toAdd: toAdd, added: 0)
        let newShare = RolloutMath.proportion(new, d, toAdd: toAdd, added: oldShare)
        #expect(oldShare == 3)
        #expect(newShare == 2)
    }

    @Test func scalingToZeroTakesEveryReplicaAway() {
        var d = Fixture.deployment("web", replicas: 0)
        d.spec.strategy = DeploymentStrategy(type: .rollingUpdate, maxSurge: .int(3), maxUnavailable: .int(2))
        #expect(RolloutMath.proportion(Self.rs("old", spec: 8, maxReplicas: 13), d, toAdd: -13, added: 0) == -8)
    }

    @Test func ordersBreakTiesAsKubernetesDoes() {
        let a = Self.rs("a", spec: 3, created: 1), b = Self.rs("b", spec: 3, created: 2), c = Self.rs("c", spec: 5, created: 3)
        #expect([b, c, a].sorted(by: RolloutMath.olderFirst).map(\.metadata.name) == ["a", "b", "c"])
        #expect([a, b, c].sorted(by: RolloutMath.largerNewerFirst).map(\.metadata.name) == ["c", "b", "a"])
        #expect([a, b, c].sorted(by: RolloutMath.largerOlderFirst).map(\.metadata.name) == ["c", "a", "b"])
    }

    @Test func revisionHistoryAppendsAndStaysWithinItsLimit() {
        #expect(DeploymentSync.appendHistory("", "1") == "1")
        #expect(DeploymentSync.appendHistory("1", "3") == "1,3")
        #expect(DeploymentSync.appendHistory("1,3,5", "7", limit: 6) == "3,5,7")
        #expect(DeploymentSync.appendHistory("1,3,5", "7", limit: 4) == "5,7")
    }

    @Test func equalIgnoreHashIgnoresOnlyThePodTemplateHashLabel() {
        let d = Fixture.deployment("web", replicas: 1)
        var t = d.spec.template
        t.metadata.labels["pod-template-hash"] = "5d59d67564"
        #expect(RolloutMath.equalIgnoreHash(t, d.spec.template))
        t.metadata.labels["tier"] = "web"
        #expect(!RolloutMath.equalIgnoreHash(t, d.spec.template))
    }
}
