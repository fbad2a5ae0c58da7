import Testing
import ClusterSim
import KubeModel

/// A Deployment whose Progressing condition still says NewReplicaSetAvailable, but whose
/// pods have since stopped being available, is past its deadline yet can never time out.
/// The controller must not keep waking itself at the same instant (the clock would stop).
@Suite struct DeploymentDeadlineTests {
    @Test(.timeLimit(.minutes(1)))
    func completedRolloutThatLosesItsPodsDoesNotSpin() {
        let sim = Simulation(nodes: 3, seed: 5)
        Fixture.create(sim, Fixture.deployment("shop", image: "my-app:v1", replicas: 3))
        sim.settle()
        Fixture.setImage(sim, "shop", "my-app:broken")
        sim.advance(by: .minutes(10))
        let before = sim.now
        // Each of these returns only if the controller lets time move on.
        _ = sim.step()
        sim.advance(by: .minutes(20))
        let settled = sim.settle()
        #expect(sim.now >= before + .minutes(20))
        #expect(settled.settled)
        let d = sim.state.deployments[ObjectKey("default", "shop")]!
        #expect(d.status.availableReplicas == 0)
        #expect(d.status.condition("Progressing")?.reason == "NewReplicaSetAvailable")
    }
}
