import Testing
import KubeModel
@testable import ClusterSim

@Suite("Kubelet: container exits, restart policies and phases")
struct KubeletLifecycleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var image: String
        var args: [String]
        var restart: RestartPolicy
        var memoryLimit: String? = nil
        /// After 30 s: phase, the container's state word, restarts.
        var phase: PodPhase
        var state: String
        var restarts: Int
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "sleep 5, Never: Succeeded", image: "busybox", args: ["sleep", "5"], restart: .never,
             phase: .succeeded, state: "terminated:Completed:0", restarts: 0),
        Case(name: "false, Never: Failed", image: "busybox", args: ["false"], restart: .never,
             phase: .failed, state: "terminated:Error:1", restarts: 0),
        Case(name: "exit 3 in a shell, Never: Failed with 3", image: "busybox", args: ["sh", "-c", "echo bye; exit 3"], restart: .never,
             phase: .failed, state: "terminated:Error:3", restarts: 0),
        Case(name: "echo, OnFailure: Succeeded", image: "busybox:1.36", args: ["echo", "hello"], restart: .onFailure,
             phase: .succeeded, state: "terminated:Completed:0", restarts: 0),
        Case(name: "false, OnFailure: restarted, Running", image: "busybox:1.36", args: ["false"], restart: .onFailure,
             phase: .running, state: "waiting:CrashLoopBackOff", restarts: 2),
        Case(name: "sleep 5, Always: restarted although it succeeded, and backs off too", image: "busybox:1.36", args: ["sleep", "5"],
             restart: .always, phase: .running, state: "waiting:CrashLoopBackOff", restarts: 2),
        Case(name: "no command: sh exits 0 at once", image: "busybox:1.36", args: [], restart: .never,
             phase: .succeeded, state: "terminated:Completed:0", restarts: 0),
        Case(name: "memory limit below the need: OOMKilled", image: "nginx:1.27", args: [], restart: .always, memoryLimit: "4Mi",
             phase: .running, state: "waiting:CrashLoopBackOff", restarts: 2),
        Case(name: "no such executable: StartError", image: "busybox:1.36", args: ["nosuch"], restart: .never,
             phase: .failed, state: "terminated:StartError:128", restarts: 0),
        Case(name: "a server runs on", image: "redis:7", args: [], restart: .never,
             phase: .running, state: "running", restarts: 0),
    ]

    @Test(arguments: cases)
    func phaseAndStateAfterThirtySeconds(_ c: Case) {
        let sim = Simulation(nodes: 1, seed: 3)
        var pod = T.pod("p", image: c.image, args: c.args, restart: c.restart)
        if let m = c.memoryLimit { pod.spec.containers[0].resources.limits["memory"] = Quantity.parse(m) }
        T.create(sim, pod)
        T.advance(sim, to: 30)
        let p = T.get(sim, "p")
        #expect(p?.status.phase == c.phase)
        #expect(T.mainState(sim, "p") == c.state)
        #expect(p?.status.containerStatuses.first?.restartCount == c.restarts)
    }

    @Test func oomKilledShowsBrieflyThenTheLastStateKeepsIt() {
        let sim = Simulation(nodes: 1, seed: 3)
        var pod = T.pod("oom", image: "nginx:1.27")
        pod.spec.containers[0].resources.limits["memory"] = Quantity.parse("4Mi")
        T.create(sim, pod)
        T.advance(sim, to: 3.418) // started 2.418, killed a second later
        #expect(T.mainState(sim, "oom") == "terminated:OOMKilled:137")
        T.advance(sim, to: 7) // restarted at 4.418, killed again at 5.418, backing off since 6.418
        let cs = T.get(sim, "oom")!.status.containerStatuses[0]
        #expect(T.state(cs.state) == "waiting:CrashLoopBackOff")
        #expect(T.state(cs.lastState) == "terminated:OOMKilled:137")
    }

    @Test func whatAContainerPrintsIsKeptForLogs() throws {
        let sim = Simulation(nodes: 1, seed: 3)
        T.create(sim, T.pod("talk", image: "busybox:1.36", args: ["sh", "-c", "echo one; sleep 2; echo \"two words\"; exit 1"], restart: .onFailure))
        T.advance(sim, to: 3.5) // started 1.093
        let rt = try #require(sim.state.podRuntime[ObjectKey("default", "talk")])
        #expect(rt.logs(container: "talk", now: sim.now)?.map(\.text) == ["one", "two words"])
        #expect(rt.logs(container: "talk", now: sim.now)?.map(\.time) == [T.at(1.093), T.at(3.093)])
        #expect(rt.logs(container: "talk", previous: true, now: sim.now) == nil)
        #expect(rt.logs(container: "nope", now: sim.now) == nil)
        #expect(sim.state.logs(of: ObjectKey("default", "talk"))?.map(\.text) == ["one", "two words"])
        #expect(sim.state.logs(of: ObjectKey("default", "nope")) == nil)
        T.advance(sim, to: 5) // restarted at 4.093 and printed "one" again
        let later = try #require(sim.state.podRuntime[ObjectKey("default", "talk")])
        #expect(later.logs(container: "talk", now: sim.now)?.map(\.text) == ["one"])
        #expect(later.logs(container: "talk", previous: true, now: sim.now)?.map(\.text) == ["one", "two words"])
    }

    @Test func aLoopPrintsEveryRound() throws {
        let sim = Simulation(nodes: 1, seed: 3)
        T.create(sim, T.pod("loop", image: "busybox:1.36", args: ["sh", "-c", "while true; do echo tick; sleep 10; done"]))
        T.advance(sim, to: 35) // started 1.093: ticks at 1, 11, 21, 31
        let rt = try #require(sim.state.podRuntime[ObjectKey("default", "loop")])
        #expect(rt.logs(container: "loop", now: sim.now)?.map(\.text) == ["tick", "tick", "tick", "tick"])
        #expect(T.mainState(sim, "loop") == "running")
    }

    @Test func waitingForAServiceLoopsForever() {
        let sim = Simulation(nodes: 1, seed: 3)
        T.create(sim, T.pod("wait", image: "busybox:1.36", args: ["sh", "-c", "until nc -z db-service 5432; do sleep 2; done"]))
        #expect(sim.settle().settled)
        T.advance(sim, to: 600)
        #expect(T.mainState(sim, "wait") == "running")
    }
}

@Suite("Kubelet: init containers and sidecars")
struct KubeletInitTests {
    static func initPod(_ inits: [(String, [String])], restart: RestartPolicy = .always) -> Pod {
        var pod = T.pod("app", image: "nginx:1.27", restart: restart)
        pod.spec.initContainers = inits.map { name, args in
            var c = Container(name: name, image: "busybox:1.36"); c.args = args; return c
        }
        return pod
    }

    func initStates(_ sim: Simulation) -> [String] {
        T.get(sim, "app")!.status.initContainerStatuses.map { T.state($0.state) }
    }

    @Test func initContainersRunOneAfterAnotherThenTheApp() {
        let sim = Simulation(nodes: 1, seed: 3)
        T.create(sim, Self.initPod([("first", ["sleep", "2"]), ("second", ["sleep", "3"])]))
        T.advance(sim, to: 1)
        #expect(initStates(sim) == ["waiting:PodInitializing", "waiting:PodInitializing"])
        #expect(T.mainState(sim, "app") == "waiting:PodInitializing")
        #expect(T.condition(sim, "app", "Initialized") == .false)
        #expect(T.get(sim, "app")?.status.condition("Initialized")?.message == "containers with incomplete status: [first second]")
        T.advance(sim, to: 2) // first started at 1.093
        #expect(initStates(sim) == ["running", "waiting:PodInitializing"])
        T.advance(sim, to: 4) // first exited at 3.093; second starts a second later
        #expect(initStates(sim) == ["running", "waiting:PodInitializing"].map { $0 == "running" ? "terminated:Completed:0" : $0 })
        T.advance(sim, to: 5)
        #expect(initStates(sim) == ["terminated:Completed:0", "running"])
        T.advance(sim, to: 8.5) // second exited at 7.093, app pull began at 8.093
        #expect(T.condition(sim, "app", "Initialized") == .true)
        #expect(T.mainState(sim, "app") == "waiting:PodInitializing")
        #expect(T.get(sim, "app")?.status.phase == .pending)
        T.advance(sim, to: 10.6)
        #expect(T.mainState(sim, "app") == "running")
        #expect(T.get(sim, "app")?.status.initContainerStatuses.map(\.ready) == [true, true])
        let events = T.events(sim, "app")
        #expect(events.filter { $0.hasPrefix("Normal Started") } == [
            "Normal Started: Started container first", "Normal Started: Started container second", "Normal Started: Started container app",
        ])
        let e = sim.state.events.about(uid: T.get(sim, "app")!.metadata.uid)
        #expect(e.first { $0.message == "Started container first" }?.fieldPath == "spec.initContainers{first}")
    }

    @Test func aFailingInitContainerWithRestartNeverFailsThePod() {
        let sim = Simulation(nodes: 1, seed: 3)
        T.create(sim, Self.initPod([("check", ["false"])], restart: .never))
        T.advance(sim, to: 10)
        #expect(T.get(sim, "app")?.status.phase == .failed)
        #expect(initStates(sim) == ["terminated:Error:1"])
        #expect(T.mainState(sim, "app") == "waiting:PodInitializing")
        #expect(T.events(sim, "app").filter { $0.contains("nginx") }.isEmpty)
    }

    @Test func aFailingInitContainerIsRestartedWithBackOff() {
        let sim = Simulation(nodes: 1, seed: 3)
        T.create(sim, Self.initPod([("check", ["false"])]))
        T.advance(sim, to: 10)
        let cs = T.get(sim, "app")!.status.initContainerStatuses[0]
        #expect(T.state(cs.state) == "waiting:CrashLoopBackOff")
        #expect(cs.restartCount == 1)
        #expect(T.get(sim, "app")?.status.phase == .pending)
    }

    @Test func aSidecarStartsFirstKeepsRunningAndCountsAsReady() {
        let sim = Simulation(nodes: 1, seed: 3)
        var pod = T.pod("app", image: "nginx:1.27")
        var sidecar = Container(name: "log-shipper", image: "busybox:1.36")
        sidecar.args = ["sh", "-c", "tail -f /dev/null"]
        sidecar.restartPolicy = "Always"
        pod.spec.initContainers = [sidecar]
        T.create(sim, pod)
        T.advance(sim, to: 1.5) // sidecar started at 1.093; app pull starts then
        #expect(initStates(sim) == ["running"])
        #expect(T.mainState(sim, "app") == "waiting:PodInitializing")
        T.advance(sim, to: 4)
        #expect(initStates(sim) == ["running"])
        #expect(T.mainState(sim, "app") == "running")
        #expect(T.condition(sim, "app", "Ready") == .true)
        #expect(T.get(sim, "app")?.status.initContainerStatuses.first?.ready == true)
    }

    @Test func sidecarsAreStoppedWhenTheAppHasFinished() {
        let sim = Simulation(nodes: 1, seed: 3)
        var pod = T.pod("app", image: "busybox:1.36", args: ["sleep", "3"], restart: .never)
        var sidecar = Container(name: "proxy", image: "nginx:1.27")
        sidecar.restartPolicy = "Always"
        pod.spec.initContainers = [sidecar]
        T.create(sim, pod)
        T.advance(sim, to: 60)
        #expect(T.get(sim, "app")?.status.phase == .succeeded)
        #expect(initStates(sim) == ["terminated:Completed:0"])
    }
}
