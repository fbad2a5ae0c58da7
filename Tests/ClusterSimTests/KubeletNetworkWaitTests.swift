import Testing
import ClusterSim
import KubeModel

/// The seed's init container, `until nc -z db-service 5432; do sleep 2; done`, really waits
/// until a ready database pod sits behind `db-service`, then lets the app start.
@Suite struct KubeletNetworkWaitTests {
    static func appPod() -> Pod {
        var wait = Container(name: "wait-for-db", image: "busybox")
        wait.command = ["sh", "-c", "until nc -z db-service 5432; do sleep 2; done"]
        var spec = PodSpec(containers: [Container(name: "app", image: "my-app:v1")])
        spec.initContainers = [wait]
        return Pod(metadata: ObjectMeta(name: "my-app", namespace: "default"), spec: spec)
    }

    static func database(image: String) -> Deployment {
        let labels = ["app": "db"]
        var c = Container(name: "db", image: image)
        c.ports = [ContainerPort(containerPort: 5432)]
        let template = PodTemplateSpec(metadata: ObjectMeta(labels: labels), spec: PodSpec(containers: [c]))
        return Deployment(metadata: ObjectMeta(name: "db", namespace: "default", labels: labels),
                          spec: DeploymentSpec(replicas: 1, selector: LabelSelector(matchLabels: labels), template: template))
    }

    static let service = Service(metadata: ObjectMeta(name: "db-service", namespace: "default"),
                                 spec: ServiceSpec(ports: [ServicePort(port: 5432)], selector: ["app": "db"]))

    static func initState(_ sim: Simulation) -> ContainerState? {
        sim.state.pods[ObjectKey("default", "my-app")]?.status.initContainerStatuses.first?.state
    }

    @Test(.timeLimit(.minutes(1)))
    func waitsForAReadyDatabaseBehindTheService() throws {
        let sim = Simulation(nodes: 3, seed: 9)
        _ = try sim.create(.pod(Self.appPod()))
        sim.advance(by: .minutes(2))
        // No Service yet: the loop keeps polling, the pod stays initializing.
        #expect(Self.initState(sim)?.isRunning == true)
        #expect(sim.state.pods[ObjectKey("default", "my-app")]?.status.phase == .pending)

        _ = try sim.create(.service(Self.service))
        _ = try sim.create(.deployment(Self.database(image: "postgres:16")))
        sim.advance(by: .seconds(4))
        // postgres takes 4.2 s to pull: nothing answers yet.
        #expect(Self.initState(sim)?.isRunning == true)
        sim.advance(by: .seconds(2))
        // Now it is ready, and the next round of the loop (every 2 s) connects.
        #expect(Self.initState(sim)?.exitCode == 0)
        sim.advance(by: .seconds(5))
        #expect(sim.state.pods[ObjectKey("default", "my-app")]?.isReady == true)
    }

    @Test(.timeLimit(.minutes(1)))
    func aServiceWhosePodsDoNotListenOnThePortNeverAnswers() throws {
        let sim = Simulation(nodes: 3, seed: 9)
        _ = try sim.create(.pod(Self.appPod()))
        _ = try sim.create(.service(Self.service))
        _ = try sim.create(.deployment(Self.database(image: "redis")))  // listens on 6379, not 5432
        sim.advance(by: .minutes(3))
        #expect(Self.initState(sim)?.isRunning == true)
    }
}
