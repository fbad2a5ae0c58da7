import Testing
@testable import ClusterSim
import KubeModel

/// The Job controller (WORKLOADS §3): completions, parallelism, backoffLimit, activeDeadlineSeconds.
@Suite struct JobControllerTests {
    @Test func sequentialCompletionsRunOnePodAtATime() throws {
        let sim = Simulation(nodes: 2, seed: 3)
        _ = try sim.create(.job(BatchFixture.job("count", command: ["sleep", "2"], completions: 3)))
        var most = 0
        sim.onDecision = { _ in most = max(most, BatchFixture.pods(sim, of: "count").filter(\.isActive).count) }
        sim.settle()
        let job = try #require(sim.state.jobs[ObjectKey("default", "count")])
        #expect(most == 1)
        #expect(job.status.succeeded == 3)
        #expect(job.status.condition("Complete")?.reason == "CompletionsReached")
        #expect(job.status.condition("SuccessCriteriaMet") != nil)
        #expect(job.status.completionTime != nil)
        let pods = BatchFixture.pods(sim, of: "count")
        #expect(pods.count == 3)
        #expect(pods.allSatisfy { $0.status.phase == .succeeded && !$0.metadata.finalizers.contains(JobController.trackingFinalizer) })
        #expect(BatchFixture.events(sim, about: job.metadata.uid).last == "Completed: Job completed")
    }

    @Test func parallelismCapsTheRunningPods() throws {
        let sim = Simulation(nodes: 3, seed: 4)
        _ = try sim.create(.job(BatchFixture.job("par", command: ["sleep", "3"], completions: 5, parallelism: 2)))
        var most = 0
        sim.onDecision = { _ in most = max(most, BatchFixture.pods(sim, of: "par").filter(\.isActive).count) }
        sim.settle()
        #expect(most == 2)
        #expect(sim.state.jobs[ObjectKey("default", "par")]?.status.succeeded == 5)
        #expect(BatchFixture.pods(sim, of: "par").count == 5)
    }

    @Test func withoutCompletionsTheJobEndsWhenItsParallelPodsAreDone() throws {
        let sim = Simulation(nodes: 3, seed: 5)
        _ = try sim.create(.job(BatchFixture.job("queue", command: ["sleep", "1"], parallelism: 3)))
        sim.settle()
        let job = try #require(sim.state.jobs[ObjectKey("default", "queue")])
        #expect(job.spec.completions == nil)
        #expect(job.status.succeeded == 3)
        #expect(job.status.condition("Complete") != nil)
    }

    @Test func theJobFailsOnFailureNumberBackoffLimitPlusOneWithGrowingDelays() throws {
        let sim = Simulation(nodes: 2, seed: 6)
        let created = try sim.create(.job(BatchFixture.job("flaky", command: ["sh", "-c", "exit 1"], backoffLimit: 2)))
        sim.settle()
        let job = try #require(sim.state.jobs[ObjectKey("default", "flaky")])
        #expect(job.status.failed == 3)
        #expect(job.status.condition("Failed")?.reason == "BackoffLimitExceeded")
        #expect(job.status.condition("FailureTarget") != nil)
        #expect(job.status.completionTime == nil)
        let starts = BatchFixture.pods(sim, of: "flaky").compactMap(\.metadata.creationTimestamp).sorted()
        #expect(starts.count == 3)
        // Each new pod waits 10s, then 20s, after the previous one failed.
        let gaps = zip(starts.dropFirst(), starts).map { ($0 - $1) / 1000 }
        #expect(gaps.count == 2 && gaps[0] >= 10 && gaps[1] >= 20 && gaps[1] > gaps[0])
        #expect(BatchFixture.events(sim, about: created.metadata.uid).last == "BackoffLimitExceeded: Job has reached the specified backoff limit")
    }

    @Test func activeDeadlineStopsARunningJob() throws {
        let sim = Simulation(nodes: 2, seed: 7)
        _ = try sim.create(.job(BatchFixture.job("slow", command: ["sleep", "600"], deadline: 20)))
        sim.advance(by: .seconds(19))
        #expect(sim.state.jobs[ObjectKey("default", "slow")]?.status.condition("FailureTarget") == nil)
        sim.advance(by: .seconds(2))
        #expect(sim.state.jobs[ObjectKey("default", "slow")]?.status.condition("FailureTarget")?.reason == "DeadlineExceeded")
        sim.settle()
        let job = try #require(sim.state.jobs[ObjectKey("default", "slow")])
        #expect(job.status.condition("Failed")?.reason == "DeadlineExceeded")
        #expect(BatchFixture.pods(sim, of: "slow").allSatisfy { !$0.isActive })
    }

    @Test func apiServerDefaultsAndLabelsTheJob() throws {
        let sim = Simulation(nodes: 1, seed: 8)
        guard case .job(let job) = try sim.create(.job(BatchFixture.job("pi", command: ["echo", "3.14"]))) else { Issue.record("not a job"); return }
        let uid = job.metadata.uid
        #expect(job.spec.completions == 1 && job.spec.parallelism == 1 && job.spec.backoffLimit == 6)
        #expect(job.spec.selector == LabelSelector(matchLabels: ["batch.kubernetes.io/controller-uid": uid]))
        #expect(job.spec.template.metadata.labels == ["batch.kubernetes.io/controller-uid": uid, "batch.kubernetes.io/job-name": "pi",
                                                      "controller-uid": uid, "job-name": "pi"])
        #expect(job.metadata.labels == job.spec.template.metadata.labels)
    }

    @Test func aJobWithRestartPolicyAlwaysIsRefused() {
        let sim = Simulation(nodes: 1, seed: 9)
        #expect(throws: APIError.self) { try sim.create(.job(BatchFixture.job("bad", command: ["true"], restart: .always))) }
    }

    @Test func deletingAJobDeletesItsPods() throws {
        let sim = Simulation(nodes: 2, seed: 10)
        _ = try sim.create(.job(BatchFixture.job("gone", command: ["sleep", "1"], completions: 2)))
        sim.settle()
        #expect(BatchFixture.pods(sim, of: "gone").count == 2)
        try sim.delete(.job, ObjectKey("default", "gone"))
        sim.settle()
        #expect(sim.state.pods.values.filter { $0.metadata.name.hasPrefix("gone-") }.isEmpty)
    }
}

/// Seeded random Jobs: at every decision no Job runs more pods than its parallelism, and
/// none counts more successes than its completions.
@Suite struct JobPropertyTests {
    struct Failure: Error, CustomStringConvertible { var description: String }

    static func check(seed: UInt64) throws {
        var rng = SeededRandom(seed: seed)
        let sim = Simulation(nodes: 3, seed: seed)
        let commands: [[String]] = [["sleep", "2"], ["sh", "-c", "exit 1"], ["sleep", "5"], ["echo", "hi"]]
        var names: [String] = []
        for i in 0..<Int(rng.next() % 3 + 1) {
            let name = "job-\(i)"
            let completions: Int? = rng.next() % 4 == 0 ? nil : Int(rng.next() % 6) + 1
            let job = BatchFixture.job(name, command: commands[Int(rng.next() % UInt64(commands.count))], completions: completions,
                                       parallelism: Int(rng.next() % 4) + 1, backoffLimit: Int(rng.next() % 3))
            _ = try sim.create(.job(job))
            names.append(name)
        }
        var broken: String? = nil
        sim.onDecision = { d in
            for name in names {
                guard broken == nil, let job = sim.state.jobs[ObjectKey("default", name)] else { continue }
                let active = BatchFixture.pods(sim, of: name).filter(\.isActive).count
                if active > job.spec.parallelism! { broken = "\(name) runs \(active) pods, parallelism \(job.spec.parallelism!) at \(d.time.sinceEpochClock())" }
                if let c = job.spec.completions, job.status.succeeded > c { broken = "\(name) counted \(job.status.succeeded) of \(c)" }
            }
        }
        sim.settle(limit: .minutes(30))
        if let broken { throw Failure(description: "seed \(seed): \(broken)") }
        for name in names {
            let job = try #require(sim.state.jobs[ObjectKey("default", name)])
            if !job.status.isFinished { throw Failure(description: "seed \(seed): \(name) never finished: \(job.status)") }
        }
    }

    @Test(arguments: Array(UInt64(1)...UInt64(12)))
    func parallelismIsNeverExceeded(_ seed: UInt64) throws {
        try Self.check(seed: seed)
    }
}
