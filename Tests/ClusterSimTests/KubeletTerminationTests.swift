import Testing
import KubeModel
@testable import ClusterSim

@Suite("Kubelet: graceful termination")
struct KubeletTerminationTests {
    func delete(_ sim: Simulation, _ name: String, grace: Int64? = nil) {
        try! sim.delete(.pod, ObjectKey("default", name), gracePeriod: grace)
    }

    @Test func aServerStopsAboutASecondAfterSIGTERM() {
        let sim = Simulation(nodes: 1, seed: 9)
        T.create(sim, T.pod("web"))
        sim.settle()
        T.advance(sim, to: 10)
        delete(sim, "web")
        let p = T.get(sim, "web")!
        #expect(p.metadata.deletionTimestamp == T.at(40)) // the deadline: now + 30 s
        #expect(p.metadata.deletionGracePeriodSeconds == 30)
        sim.advance(by: 999)
        #expect(T.get(sim, "web") != nil)
        #expect(T.events(sim, "web").last == "Normal Killing: Stopping container web")
        sim.advance(by: 1)
        #expect(T.get(sim, "web") == nil)
    }

    @Test func aShellAsPID1IgnoresSIGTERMAndIsKilledWhenTheGracePeriodEnds() {
        let sim = Simulation(nodes: 1, seed: 9)
        T.create(sim, T.pod("sleeper", image: "busybox", args: ["sleep", "3600"]))
        sim.settle()
        delete(sim, "sleeper")
        let deletedAt = sim.now
        sim.advance(by: .seconds(30) - 1)
        #expect(T.get(sim, "sleeper") != nil)
        sim.advance(by: 1)
        #expect(T.get(sim, "sleeper") == nil)
        #expect(sim.now - deletedAt == .seconds(30))
    }

    @Test func aSecondDeleteWithAShorterGracePeriodBringsTheKillForward() {
        let sim = Simulation(nodes: 1, seed: 9)
        var pod = T.pod("sleeper", image: "busybox", args: ["sleep", "3600"])
        pod.spec.terminationGracePeriodSeconds = 60
        T.create(sim, pod)
        sim.settle()
        delete(sim, "sleeper")
        sim.advance(by: .seconds(10))
        delete(sim, "sleeper", grace: 5)
        #expect(T.get(sim, "sleeper")?.metadata.deletionGracePeriodSeconds == 5)
        sim.advance(by: .seconds(5))
        #expect(T.get(sim, "sleeper") == nil)
    }

    @Test func aLongerSecondDeleteChangesNothing() {
        let sim = Simulation(nodes: 1, seed: 9)
        T.create(sim, T.pod("sleeper", image: "busybox", args: ["sleep", "3600"]))
        sim.settle()
        delete(sim, "sleeper", grace: 10)
        delete(sim, "sleeper", grace: 100)
        #expect(T.get(sim, "sleeper")?.metadata.deletionGracePeriodSeconds == 10)
        sim.advance(by: .seconds(10))
        #expect(T.get(sim, "sleeper") == nil)
    }

    @Test func aFinishedPodOrAForcedDeleteGoesAtOnce() {
        let sim = Simulation(nodes: 1, seed: 9)
        T.create(sim, T.pod("done", image: "busybox", args: ["true"], restart: .never))
        T.create(sim, T.pod("web"))
        sim.settle()
        #expect(T.get(sim, "done")?.status.phase == .succeeded)
        delete(sim, "done")
        delete(sim, "web", grace: 0)
        #expect(T.get(sim, "done") == nil)
        #expect(T.get(sim, "web") == nil)
    }

    @Test func aPodThatNeverStartedHasNothingToWaitFor() {
        let sim = Simulation(nodes: 1, seed: 9)
        T.create(sim, T.pod("bad", image: "nginx:nope"))
        sim.settle()
        delete(sim, "bad")
        #expect(T.get(sim, "bad")?.metadata.deletionTimestamp != nil)
        sim.advance(by: 0)
        #expect(T.get(sim, "bad") == nil)
    }

    @Test func aPodOnACrashedNodeStaysTerminatingUntilTheKubeletReturns() throws {
        let sim = Simulation(nodes: 1, seed: 9)
        T.create(sim, T.pod("web"))
        sim.settle()
        try sim.crashNode("node-1")
        delete(sim, "web")
        sim.advance(by: .minutes(30))
        #expect(T.get(sim, "web")?.metadata.deletionTimestamp != nil)
        #expect(T.mainState(sim, "web") == "running")
        try sim.recoverNode("node-1")
        sim.advance(by: 0)
        #expect(T.events(sim, "web").last == "Normal Killing: Stopping container web")
        sim.advance(by: 1_000)
        #expect(T.get(sim, "web") == nil)
    }
}
