import Testing
import KubeModel
@testable import ClusterSim

@Suite("Kubelet: back-off")
struct KubeletBackoffTests {
    @Test("flowcontrol.Backoff doubles from 10s to 300s and starts over after 10 quiet minutes", arguments: [
        // (seconds between failures, expected delays)
        ([0, 1, 1, 1, 1, 1, 1, 1], [10, 20, 40, 80, 160, 300, 300, 300]),
        ([0, 1, 601], [10, 20, 10]),
        ([0, 600, 1], [10, 20, 40]),
    ])
    func backoffSequence(gaps: [Int], delays: [Int]) {
        var entry: Backoff? = nil
        var t = T.epoch
        var got: [Int] = []
        for gap in gaps {
            t = t + .seconds(Int64(gap))
            entry = Backoff.next(entry, eventTime: t, now: t)
            got.append(Int(entry!.delay / 1000))
        }
        #expect(got == delays)
    }

    /// Restarts of the crashing image (exits 1 two seconds after it starts; pull policy Always,
    /// so each restart checks the registry, 377 ms): the first restart follows the exit at once
    /// (the kubelet notices it a second later), later ones wait 10 s, 20 s, 40 s… after the exit.
    @Test func crashLoopBackOffWaitsLongerAfterEachCrash() {
        let sim = Simulation(nodes: 1, seed: 1)
        T.create(sim, T.pod("crashy", image: "crashy"))
        var starts: [Instant] = []
        var exits: [Instant] = []
        while sim.now < T.at(700) {
            sim.advance(by: 100)
            guard let cs = T.get(sim, "crashy")?.status.containerStatuses.first else { continue }
            if case .running(let started) = cs.state, starts.last != started { starts.append(started) }
            if case .terminated(_, _, _, let finished, _) = cs.state, exits.last != finished { exits.append(finished) }
        }
        #expect(starts.first == T.at(1.502))
        #expect(exits.first == T.at(3.502))
        // From each exit to the next start: the back-off (none the first time, when the kubelet
        // acts as it notices the exit a second later), then a 377 ms registry check.
        let waits = zip(exits, starts.dropFirst()).map { $1 - $0 }
        #expect(waits == [1_377, 10_377, 20_377, 40_377, 80_377, 160_377, 300_377])
        let crash = sim.state.events.about(uid: T.get(sim, "crashy")!.metadata.uid).first { $0.reason == "BackOff" }
        #expect(crash?.type == "Warning")
        #expect(crash?.message == "Back-off restarting failed container crashy in pod crashy_default(\(T.get(sim, "crashy")!.metadata.uid))")
        // Seven back-offs by 700 s, but the kubelet may write only 25 events about a pod at
        // once and then one every 5 minutes (client-go's spam filter): the fourth back-off was
        // the last within the burst, and the two refills since went to `Pulling` events.
        #expect(crash?.count == 4)
        let pulling = sim.state.events.about(uid: T.get(sim, "crashy")!.metadata.uid).first { $0.reason == "Pulling" }
        #expect(pulling?.count == 8)
    }

    @Test func theCrashLoopBackOffMessageNamesTheCurrentDelay() {
        let sim = Simulation(nodes: 1, seed: 1)
        T.create(sim, T.pod("crashy", image: "crashy"))
        T.advance(sim, to: 30) // second exit at 19.256, waiting until 39.256 with a 20 s back-off
        let cs = T.get(sim, "crashy")!.status.containerStatuses[0]
        let uid = T.get(sim, "crashy")!.metadata.uid
        #expect(cs.state == .waiting(reason: "CrashLoopBackOff",
                                     message: "back-off 20s restarting failed container=crashy pod=crashy_default(\(uid))"))
        #expect(cs.restartCount == 2)
        #expect(T.state(cs.lastState) == "terminated:Error:1")
        #expect(T.get(sim, "crashy")?.status.phase == .running)
    }

    /// ErrImagePull: the pull fails a second after it starts; a second later the kubelet finds
    /// the image in back-off (ImagePullBackOff); it pulls again when the back-off, counted from
    /// the failure, runs out: 10 s, then 20 s, 40 s, 80 s, 160 s, 300 s.
    @Test func imagePullsAreRetriedWithTheSameBackOff() {
        let sim = Simulation(nodes: 1, seed: 1)
        T.create(sim, T.pod("bad", image: "nginx:nope"))
        var timeline: [String] = []
        var last = ""
        while sim.now < T.at(700) {
            sim.advance(by: 500)
            let s = T.mainState(sim, "bad")
            if s != last { timeline.append("\(HumanDuration.format(sim.now - T.epoch)) \(s)"); last = s }
        }
        #expect(timeline == [
            "0s waiting:ContainerCreating",
            "1s waiting:ErrImagePull", "2s waiting:ImagePullBackOff",
            "12s waiting:ErrImagePull", "13s waiting:ImagePullBackOff",
            "33s waiting:ErrImagePull", "34s waiting:ImagePullBackOff",
            "74s waiting:ErrImagePull", "75s waiting:ImagePullBackOff",
            "2m35s waiting:ErrImagePull", "2m36s waiting:ImagePullBackOff",
            "5m16s waiting:ErrImagePull", "5m17s waiting:ImagePullBackOff",
            "10m waiting:ErrImagePull", "10m waiting:ImagePullBackOff", // HumanDuration drops seconds from 10 minutes on
        ])
        let events = sim.state.events.about(uid: T.get(sim, "bad")!.metadata.uid)
        #expect(events.first { $0.reason == "BackOff" }?.type == "Normal")
        #expect(events.first { $0.reason == "BackOff" }?.message == "Back-off pulling image \"nginx:nope\"")
        #expect(events.filter { $0.reason == "Failed" }.map(\.message).suffix(2) == ["Error: ErrImagePull", "Error: ImagePullBackOff"])
        #expect(events.first { $0.reason == "Pulling" }?.count == 7)
    }

    @Test func settleDoesNotWaitForBackOffs() {
        let sim = Simulation(nodes: 1, seed: 1)
        T.create(sim, T.pod("bad", image: "nginx:nope"))
        T.create(sim, T.pod("crashy", image: "crashy"))
        let r = sim.settle()
        #expect(r.settled)
        #expect(r.elapsed < .seconds(10))
        #expect(T.mainState(sim, "bad") == "waiting:ImagePullBackOff")
        #expect(T.mainState(sim, "crashy") == "waiting:CrashLoopBackOff")
        // And again later: still nothing but back-offs to wait for.
        sim.advance(by: .minutes(3))
        #expect(sim.settle().settled)
    }

    @Test func settleWaitsForShortProcessesButNotForLongSleeps() {
        let sim = Simulation(nodes: 1, seed: 1)
        T.create(sim, T.pod("short", image: "busybox", args: ["sleep", "5"], restart: .never))
        let r = sim.settle()
        #expect(r.settled)
        #expect(T.get(sim, "short")?.status.phase == .succeeded)
        T.create(sim, T.pod("long", image: "busybox", args: ["sleep", "3600"], restart: .never))
        let r2 = sim.settle()
        #expect(r2.settled)
        #expect(r2.elapsed < .seconds(5))
        #expect(T.mainState(sim, "long") == "running")
    }

    /// A container that ran for more than 10 minutes before crashing starts over at 10 s
    /// (`hasExpired`: twice the 300 s maximum without an update).
    @Test func theBackOffStartsOverAfterTenMinutesOfRunning() {
        let sim = Simulation(nodes: 1, seed: 1)
        sim.addImage("slowcrash:v1", ImageBehaviour(run: .exit(code: 1, afterSeconds: 660), pullMillis: 1_000,
                                                  sizeBytes: 1_000_000, memoryBytes: 1 << 20))
        T.create(sim, T.pod("slow", image: "slowcrash:v1"))
        T.advance(sim, to: 1 + 660 + 1 + 660 + 0.5) // started 1.0, exits 661, restarts 662, exits 1322
        #expect(T.mainState(sim, "slow") == "terminated:Error:1")
        sim.advance(by: 1_000)
        // No back-off: the previous restart was more than 600 s ago.
        #expect(T.mainState(sim, "slow") == "running")
        #expect(T.get(sim, "slow")?.status.containerStatuses.first?.restartCount == 2)
    }
}
