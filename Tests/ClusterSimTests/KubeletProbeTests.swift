import Testing
import KubeModel
@testable import ClusterSim

@Suite("Kubelet: readiness and liveness probes")
struct KubeletProbeTests {
    static func probed(_ name: String, image: String = "nginx:1.27", args: [String] = [], readiness: Probe? = nil,
                       liveness: Probe? = nil) -> Pod {
        var pod = T.pod(name, image: image, args: args)
        pod.spec.containers[0].readinessProbe = readiness
        pod.spec.containers[0].livenessProbe = liveness
        return pod
    }

    static func http(_ port: Int, delay: Int = 0, period: Int = 10) -> Probe {
        var p = Probe(handler: .httpGet(path: "/", port: .int(port)))
        p.initialDelaySeconds = delay; p.periodSeconds = period
        return p
    }

    /// The probe worker ticks every period from when the kubelet took the pod (t = 0): with
    /// a 5 s delay after a start at 2.418 s, the first tick that may probe is at 10 s.
    @Test(arguments: [(0, 2.418), (5, 10.0), (8, 20.0), (20, 30.0)])
    func readyOnlyAfterTheInitialDelay(delay: Int, readyAt: Double) {
        let sim = Simulation(nodes: 1, seed: 5)
        T.create(sim, Self.probed("web", readiness: Self.http(80, delay: delay)))
        sim.settle()
        #expect(T.condition(sim, "web", "Ready") == .true)
        #expect(T.get(sim, "web")?.status.condition("Ready")?.lastTransitionTime == T.at(readyAt))
        #expect(T.get(sim, "web")?.status.condition("ContainersReady")?.lastTransitionTime == T.at(readyAt))
    }

    @Test func beforeTheProbePassesThePodIsRunningButNotReady() {
        let sim = Simulation(nodes: 1, seed: 5)
        T.create(sim, Self.probed("web", readiness: Self.http(80, delay: 5)))
        T.advance(sim, to: 5)
        let p = T.get(sim, "web")!
        #expect(p.status.phase == .running)
        #expect(p.status.containerStatuses[0].ready == false)
        #expect(p.status.containerStatuses[0].started == true)
        #expect(p.status.condition("Ready")?.reason == "ContainersNotReady")
        #expect(p.status.condition("Ready")?.message == "containers with unready status: [web]")
    }

    @Test func aContainerThatDoesNotServeTheProbedPortNeverBecomesReady() {
        let sim = Simulation(nodes: 1, seed: 5)
        T.create(sim, Self.probed("web", readiness: Self.http(8080)))
        #expect(sim.settle().settled)
        T.advance(sim, to: 60)
        let p = T.get(sim, "web")!
        #expect(p.status.phase == .running)
        #expect(p.status.condition("Ready")?.status == .false)
        let unhealthy = sim.state.events.about(uid: p.metadata.uid).first { $0.reason == "Unhealthy" }
        #expect(unhealthy?.type == "Warning")
        #expect(unhealthy?.message == "Readiness probe failed: Get \"http://10.244.1.2:8080/\": dial tcp 10.244.1.2:8080: connect: connection refused")
        #expect(unhealthy?.count == 7) // at the start (2.418), then on the ticks 10, 20, 30, 40, 50, 60
    }

    @Test func aNamedPortAndATCPProbe() {
        let sim = Simulation(nodes: 1, seed: 5)
        var pod = Self.probed("cache", image: "redis:7", readiness: Probe(handler: .tcpSocket(port: .string("redis"))))
        pod.spec.containers[0].ports = [ContainerPort(containerPort: 6379, name: "redis")]
        T.create(sim, pod)
        sim.settle()
        #expect(T.condition(sim, "cache", "Ready") == .true)
    }

    /// The liveness example from the Kubernetes documentation: the file goes after 30 s, the
    /// probe fails three times five seconds apart, and the container is killed and restarted.
    @Test func livenessFailureRestartsTheContainer() {
        let sim = Simulation(nodes: 1, seed: 5)
        var probe = Probe(handler: .exec(command: ["cat", "/tmp/healthy"]))
        probe.initialDelaySeconds = 5; probe.periodSeconds = 5
        var pod = Self.probed("liveness-exec", image: "busybox", args: ["/bin/sh", "-c", "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600"],
                              liveness: probe)
        pod.spec.terminationGracePeriodSeconds = 10
        T.create(sim, pod)
        T.advance(sim, to: 44)
        #expect(T.mainState(sim, "liveness-exec") == "running")
        T.advance(sim, to: 46) // third failure at 45: SIGTERM, which sh as PID 1 ignores
        #expect(T.mainState(sim, "liveness-exec") == "running")
        T.advance(sim, to: 56) // killed at 55, restarted at once
        let cs = T.get(sim, "liveness-exec")!.status.containerStatuses[0]
        #expect(cs.restartCount == 1)
        #expect(T.state(cs.lastState) == "terminated:Error:137")
        let events = T.events(sim, "liveness-exec")
        #expect(events.contains("Warning Unhealthy: Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory"))
        #expect(events.contains("Normal Killing: Container liveness-exec failed liveness probe, will be restarted"))
        let unhealthy = sim.state.events.about(uid: T.get(sim, "liveness-exec")!.metadata.uid).first { $0.reason == "Unhealthy" }
        #expect(unhealthy?.count == 3)
    }

    @Test func aServerKilledForFailingLivenessStopsCleanly() {
        let sim = Simulation(nodes: 1, seed: 5)
        T.create(sim, Self.probed("web", liveness: Self.http(8080, delay: 0, period: 10)))
        T.advance(sim, to: 33) // failures at 10, 20, 30; nginx stops a second later and restarts
        let cs = T.get(sim, "web")!.status.containerStatuses[0]
        #expect(cs.restartCount == 1)
        #expect(T.state(cs.lastState) == "terminated:Completed:0")
    }
}
