import Testing
@testable import ClusterSim
import KubeModel

/// The CronJob controller (WORKLOADS §4) on the virtual clock, which starts at 09:00 UTC.
@Suite struct CronJobControllerTests {
    static func jobs(_ sim: Simulation, _ name: String) -> [Job] {
        guard let cj = sim.state.cronJobs[ObjectKey("default", name)] else { return [] }
        return sim.state.jobs(ownedBy: cj.metadata.uid)
    }

    @Test func aDailyScheduleFiresAtTwoInTheMorning() throws {
        let sim = Simulation(nodes: 2, seed: 1)
        _ = try sim.create(.cronJob(BatchFixture.cronJob("nightly-backup", schedule: "0 2 * * *", command: ["sleep", "3"])))
        sim.advance(by: .minutes(16 * 60 + 59)) // 01:59 the next day
        #expect(Self.jobs(sim, "nightly-backup").isEmpty)
        sim.advance(by: .minutes(2))
        let jobs = Self.jobs(sim, "nightly-backup")
        let twoAM = Instant(seconds: 1_741_053_600) // 2025-03-04T02:00:00Z
        #expect(jobs.map(\.metadata.name) == ["nightly-backup-\(twoAM.seconds / 60)"])
        #expect(jobs.first?.metadata.annotations["batch.kubernetes.io/cronjob-scheduled-timestamp"] == "2025-03-04T02:00:00Z")
        #expect(jobs.first?.status.isFinished == true)
        let cj = try #require(sim.state.cronJobs[ObjectKey("default", "nightly-backup")])
        #expect(cj.status.lastScheduleTime == twoAM)
        #expect(cj.status.active.isEmpty)
        #expect(cj.status.lastSuccessfulTime != nil)
    }

    @Test func historyLimitsKeepTheNewestFinishedJobs() throws {
        let sim = Simulation(nodes: 2, seed: 2)
        _ = try sim.create(.cronJob(BatchFixture.cronJob("tick", schedule: "* * * * *", command: ["echo", "hi"], keepSucceeded: 2)))
        sim.advance(by: .minutes(6) + 30_000)
        let names = Self.jobs(sim, "tick").map(\.metadata.name)
        let base = (Instant.simulationEpoch.seconds / 60)
        #expect(names == ["tick-\(base + 5)", "tick-\(base + 6)"])
    }

    @Test func forbidNeverRunsTwoJobsAtOnce() throws {
        let sim = Simulation(nodes: 2, seed: 3)
        let cj = try sim.create(.cronJob(BatchFixture.cronJob("slow", schedule: "* * * * *", command: ["sleep", "150"], policy: .forbid)))
        var most = 0
        sim.onDecision = { _ in most = max(most, Self.jobs(sim, "slow").filter { !$0.status.isFinished }.count) }
        sim.advance(by: .minutes(10))
        #expect(most == 1)
        #expect(BatchFixture.events(sim, about: cj.metadata.uid).contains("JobAlreadyActive: Not starting job because prior execution is running and concurrency policy is Forbid"))
    }

    @Test func replaceDeletesTheRunningJob() throws {
        let sim = Simulation(nodes: 2, seed: 4)
        let cj = try sim.create(.cronJob(BatchFixture.cronJob("swap", schedule: "* * * * *", command: ["sleep", "600"], policy: .replace)))
        sim.advance(by: .minutes(3) + 1000)
        let running = Self.jobs(sim, "swap").filter { !$0.status.isFinished }
        #expect(running.count == 1)
        let base = Instant.simulationEpoch.seconds / 60
        #expect(running.first?.metadata.name == "swap-\(base + 3)")
        #expect(BatchFixture.events(sim, about: cj.metadata.uid).contains("SuccessfulDelete: Deleted job swap-\(base + 2)"))
    }

    @Test func allowLetsRunsOverlap() throws {
        let sim = Simulation(nodes: 2, seed: 5)
        _ = try sim.create(.cronJob(BatchFixture.cronJob("many", schedule: "* * * * *", command: ["sleep", "600"])))
        sim.advance(by: .minutes(3) + 1000)
        #expect(Self.jobs(sim, "many").filter { !$0.status.isFinished }.count == 3)
        #expect(sim.state.cronJobs[ObjectKey("default", "many")]?.status.active.count == 3)
    }

    @Test func aSuspendedCronJobStartsNothing() throws {
        let sim = Simulation(nodes: 2, seed: 6)
        var c = BatchFixture.cronJob("paused", schedule: "* * * * *", command: ["echo", "hi"])
        c.spec.suspend = true
        _ = try sim.create(.cronJob(c))
        sim.advance(by: .minutes(5))
        #expect(Self.jobs(sim, "paused").isEmpty)
    }

    @Test func deletingACronJobDeletesItsJobsAndPods() throws {
        let sim = Simulation(nodes: 2, seed: 7)
        _ = try sim.create(.cronJob(BatchFixture.cronJob("bye", schedule: "* * * * *", command: ["echo", "hi"])))
        sim.advance(by: .minutes(2) + 30_000)
        #expect(!sim.state.jobs.isEmpty)
        try sim.delete(.cronJob, ObjectKey("default", "bye"))
        sim.settle()
        #expect(sim.state.jobs.isEmpty)
        #expect(sim.state.pods.values.filter { $0.metadata.name.hasPrefix("bye-") }.isEmpty)
    }

    @Test func anInvalidScheduleIsRefused() {
        let sim = Simulation(nodes: 1, seed: 8)
        #expect(throws: APIError.self) { try sim.create(.cronJob(BatchFixture.cronJob("bad", schedule: "every day", command: ["true"]))) }
    }
}

/// Seeded random Forbid CronJobs with random run lengths: never two unfinished Jobs at once.
@Suite struct CronJobPropertyTests {
    @Test(arguments: Array(UInt64(1)...UInt64(8)))
    func forbidNeverOverlaps(_ seed: UInt64) throws {
        var rng = SeededRandom(seed: seed)
        let sim = Simulation(nodes: 2, seed: seed)
        let schedules = ["* * * * *", "*/2 * * * *", "*/3 * * * *"]
        let seconds = Int(rng.next() % 240) + 1
        let schedule = schedules[Int(rng.next() % 3)]
        _ = try sim.create(.cronJob(BatchFixture.cronJob("f", schedule: schedule, command: ["sleep", String(seconds)], policy: .forbid)))
        var broken: String? = nil
        sim.onDecision = { d in
            let running = CronJobControllerTests.jobs(sim, "f").filter { !$0.status.isFinished }
            if running.count > 1, broken == nil {
                broken = "seed \(seed) (\(schedule), sleep \(seconds)): \(running.map(\.metadata.name)) at \(d.time.sinceEpochClock())"
            }
        }
        sim.advance(by: .minutes(20))
        #expect(broken == nil, "\(broken ?? "")")
        #expect(!CronJobControllerTests.jobs(sim, "f").isEmpty)
    }
}
