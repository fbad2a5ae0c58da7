import Testing
@testable import ClusterSim
import KubeModel

/// REFERENCE §2.5's worked sequences, which assume every pod a ReplicaSet asks for is
/// available before the next step and old pods vanish at once. This drives the Deployment
/// controller alone against such an idealised cluster: after each sync, every ReplicaSet's
/// status is made to equal its spec.
@Suite struct DeploymentWorkedSequenceTests {
    struct IdealCluster {
        var state = ClusterState(now: .simulationEpoch)
        var events: [String] = []
        var clock: Int64 = 0

        init(_ d: Deployment) {
            var d = d
            d.metadata.uid = "deployment-uid"
            d.metadata.generation = 1
            d.metadata.creationTimestamp = state.now
            state.putDeployment(d)
        }

        /// Runs syncs until the controller asks for nothing more (or 50 syncs).
        mutating func settle() {
            for _ in 0..<50 {
                let actions = DeploymentController.reconcile(ObjectKey("default", "web"), in: state, config: SimulationConfig())
                var changed = false
                for a in actions {
                    clock += 1
                    state.now = Instant.simulationEpoch + clock
                    switch a.change {
                    case .createReplicaSet(var rs):
                        rs.metadata.uid = rs.metadata.name
                        rs.metadata.creationTimestamp = state.now
                        rs.metadata.generation = 1
                        state.putReplicaSet(rs); changed = true
                    case .updateReplicaSet(var rs):
                        let old = state.replicaSets[rs.metadata.key]!
                        rs.status = old.status
                        if old.spec != rs.spec { rs.metadata.generation += 1 }
                        state.putReplicaSet(rs); changed = true
                    case .updateDeployment(var d):
                        d.status = state.deployments[d.metadata.key]!.status
                        state.putDeployment(d)
                    case .setDeploymentStatus(let key, let status):
                        var d = state.deployments[key]!
                        if d.status != status { d.status = status; state.putDeployment(d); changed = true }
                    case .deleteReplicaSet(let key): state.removeReplicaSet(key); changed = true
                    case .recordEvent(let e): events.append(e.message)
                    default: break
                    }
                }
                // The ideal pods: exactly what each ReplicaSet asks for, all available.
                for var rs in state.replicaSets.values {
                    var s = rs.status
                    s.replicas = rs.spec.replicas; s.readyReplicas = rs.spec.replicas; s.availableReplicas = rs.spec.replicas
                    s.fullyLabeledReplicas = rs.spec.replicas; s.observedGeneration = rs.metadata.generation
                    if s != rs.status { rs.status = s; state.putReplicaSet(rs); changed = true }
                }
                if !changed { return }
            }
        }
    }

    static func sequence(replicas: Int) -> [String] {
        var c = IdealCluster(Fixture.deployment("web", replicas: replicas))
        c.settle()
        let oldName = c.state.replicaSets.values.first!.metadata.name
        c.events = []
        var d = c.state.deployments[ObjectKey("default", "web")]!
        d.spec.template.spec.containers[0].image = "nginx:1.27"
        d.metadata.generation += 1
        c.state.putDeployment(d)
        c.settle()
        let newName = c.state.replicaSets.values.first { $0.metadata.name != oldName }!.metadata.name
        return c.events.map { Fixture.replace(Fixture.replace($0, oldName, "OLD"), newName, "NEW") }
    }

    @Test func oneReplica() {
        #expect(Self.sequence(replicas: 1) == ["Scaled up replica set NEW to 1", "Scaled down replica set OLD to 0 from 1"])
    }

    @Test func threeReplicas() {
        #expect(Self.sequence(replicas: 3) == [
            "Scaled up replica set NEW to 1", "Scaled down replica set OLD to 2 from 3",
            "Scaled up replica set NEW to 2 from 1", "Scaled down replica set OLD to 1 from 2",
            "Scaled up replica set NEW to 3 from 2", "Scaled down replica set OLD to 0 from 1",
        ])
    }

    @Test func fourReplicas() {
        #expect(Self.sequence(replicas: 4) == [
            "Scaled up replica set NEW to 1", "Scaled down replica set OLD to 3 from 4",
            "Scaled up replica set NEW to 2 from 1", "Scaled down replica set OLD to 1 from 3",
            "Scaled up replica set NEW to 4 from 2", "Scaled down replica set OLD to 0 from 1",
        ])
    }

    @Test func tenReplicas() {
        #expect(Self.sequence(replicas: 10) == [
            "Scaled up replica set NEW to 3", "Scaled down replica set OLD to 8 from 10",
            "Scaled up replica set NEW to 5 from 3", "Scaled down replica set OLD to 3 from 8",
            "Scaled up replica set NEW to 10 from 5", "Scaled down replica set OLD to 0 from 3",
        ])
    }
}
