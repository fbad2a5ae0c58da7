import ClusterSim
import KubeModel

/// The scenarios, each typed into a session as an instructor would at the prompt.
extension Bench {
    /// The sizes one run measures.
    public struct Plan: Sendable {
        public var nodes: Int
        public var replicas: Int
        /// Smaller deployments on the same nodes, run first, so the growth of cost shows.
        public var growth: [Int]
        /// How many nodes `node crash` takes down (10% of them).
        public var crash: Int { max(1, nodes / 10) }
        public var lessons: Bool
        /// How many times each size of scenario 2 runs, each in a fresh cluster; its figure is
        /// the median run. One run of a few seconds can be a fifth off on a shared machine.
        public var repeats: Int
        public init(nodes: Int = 5_000, replicas: Int = 150_000, growth: [Int] = [15_000, 50_000], lessons: Bool = true,
                    repeats: Int = 1) {
            self.nodes = nodes; self.replicas = replicas; self.growth = growth; self.lessons = lessons
            self.repeats = max(1, repeats)
        }
    }

    /// What a run found: the figures, and every failure (a command that failed, a rolling
    /// update invariant broken, a deployment that did not settle where it should).
    public struct Report: Sendable {
        public var figures: [Figure] = []
        public var failures: [String] = []
        public var text: String { figures.map(\.line).joined(separator: "\n") + "\n" + failures.map { "FAILED: \($0)\n" }.joined() }
    }

    /// Runs every scenario, calling `progress` with each figure as it is measured.
    public static func run(_ plan: Plan, progress: (Figure) -> Void = { _ in }) -> Report {
        var report = Report()
        func add(_ f: Figure) { report.figures.append(f); progress(f) }
        func check(_ session: Session, _ out: String) {
            for line in out.split(separator: "\n") where line.hasPrefix("FAILED: ") { report.failures.append(String(line.dropFirst(8))) }
            _ = session
        }

        // 1. Start to first prompt, and a one-line script.
        var t0 = MonotonicClock.seconds()
        let small = Session(options: SessionOptions())
        _ = small.handle(line: "exit")
        add(Figure(name: "start to first prompt (3 nodes)", wallSeconds: MonotonicClock.seconds() - t0, simulated: 0, peakMiB: peakMiB(), pods: 0))
        t0 = MonotonicClock.seconds()
        let script = Session(options: SessionOptions())
        let (_, scriptOut) = measure("", session: script, ["kubectl create deployment web --image=nginx --replicas=3"])
        add(Figure(name: "one-line script", wallSeconds: MonotonicClock.seconds() - t0, simulated: 0, peakMiB: peakMiB(), pods: 3))
        check(script, scriptOut)

        // 6 and 2. Scenario 2 at every size, in rounds: each round runs the sizes smallest
        // first, so that a machine that speeds up or slows down over a minute weighs on every
        // size alike, and the first round's memory figures are not the big run's. The big
        // cluster of the last round goes on to the later scenarios.
        let sizes = plan.growth.filter { $0 < plan.replicas } + [plan.replicas]
        var runs: [Int: [Figure]] = [:]
        var cluster: Figure? = nil
        var kept: Session? = nil
        for round in 0..<plan.repeats {
            for replicas in sizes {
                let last = round == plan.repeats - 1 && replicas == plan.replicas
                t0 = MonotonicClock.seconds()
                let session = Session(options: SessionOptions(nodes: plan.nodes, seed: 1))
                if last {
                    cluster = Figure(name: "cluster of \(plan.nodes) nodes", wallSeconds: MonotonicClock.seconds() - t0,
                                     simulated: 0, peakMiB: peakMiB(), pods: 0)
                }
                let (f, out) = measure("create \(replicas) pods on \(plan.nodes) nodes, settle", session: session, pods: replicas,
                                       ["kubectl create deployment big --image=nginx --replicas=\(replicas)", "settle"])
                runs[replicas, default: []].append(f); check(session, out)
                expectSettled(session, replicas: replicas, into: &report)
                if last { kept = session }
            }
        }
        // Each smaller size's memory as the first round found it, before any larger run.
        let smaller = sizes.dropLast().map { Figure.median(of: runs[$0]!, peakMiB: runs[$0]![0].peakMiB) }
        smaller.forEach(add)
        add(cluster!)
        let bigRuns = runs[plan.replicas]!
        let create = Figure.median(of: bigRuns, peakMiB: bigRuns.map(\.peakMiB).max()!)
        add(create)
        if let base = smaller.first, base.wallSeconds > 0 {
            add(Figure.growth(pods: plan.replicas, seconds: create.wallSeconds, against: base.pods, seconds: base.wallSeconds))
        }
        let session = kept!

        // 3. A rolling update, its invariants checked after every decision.
        var watcher = RolloutWatch(deployment: ObjectKey("default", "big"))
        let previous = session.sim.onDecision
        session.sim.onDecision = { _ in watcher.observe(session.sim.state) }
        let (roll, rollOut) = measure("set image (rolling update 25%), settle", session: session, pods: plan.replicas,
                                      ["kubectl set image deployment/big nginx=nginx:1.27", "settle"])
        session.sim.onDecision = previous
        add(roll); check(session, rollOut)
        report.failures += watcher.violations.prefix(5)
        expectSettled(session, replicas: plan.replicas, into: &report)

        // 4. A tenth of the nodes fail; their pods are evicted and replaced.
        let (crash, crashOut) = measure("node crash node-1..node-\(plan.crash), advance 6m, settle", session: session,
                                        pods: plan.replicas,
                                        ["node crash node-1..node-\(plan.crash)", "advance 6m", "settle"])
        add(crash); check(session, crashOut)
        expectSettled(session, replicas: plan.replicas, into: &report)

        // 5. Queries on that cluster: a label that selects 100 pods comes from a second deployment.
        _ = measure("", session: session, ["kubectl create deployment small --image=nginx --replicas=100", "settle"])
        let node = "node-\(min(plan.nodes, plan.crash + 42))"
        for q in ["kubectl get deploy", "kubectl get pods -l app=small",
                  "kubectl get pods --field-selector spec.nodeName=\(node)"] {
            let (f, out) = measure(q, session: session, [q])
            add(f); check(session, out)
        }
        _ = previous

        // 7. Every lesson played back against its golden transcript.
        if plan.lessons {
            t0 = MonotonicClock.seconds()
            let r = LessonTools.test(lessons: [], folders: [], update: false)
            add(Figure(name: "all lessons played back", wallSeconds: MonotonicClock.seconds() - t0, simulated: 0, peakMiB: peakMiB(), pods: 0))
            if r.failed > 0 { report.failures.append("\(r.failed) lesson(s) differ from their transcripts") }
        }
        return report
    }

    /// The deployment `big` ended with every replica updated and available.
    static func expectSettled(_ session: Session, replicas: Int, into report: inout Report) {
        guard let d = session.sim.state.deployments[ObjectKey("default", "big")] else {
            report.failures.append("deployment big is missing"); return
        }
        let s = d.status
        if s.replicas != replicas || s.updatedReplicas != replicas || s.availableReplicas != replicas {
            report.failures.append("deployment big settled at replicas \(s.replicas), updated \(s.updatedReplicas), available \(s.availableReplicas); want \(replicas)")
        }
    }
}

/// Watches a rolling update from outside: the ReplicaSets never ask for more than
/// replicas + maxSurge pods, and never fewer than replicas − maxUnavailable are available
/// (`pkg/controller/deployment/rolling.go`). Reads only the deployment's ReplicaSets.
struct RolloutWatch {
    var deployment: ObjectKey
    var violations: [String] = []
    var checks = 0

    mutating func observe(_ state: ClusterState) {
        guard let d = state.deployments[deployment] else { return }
        checks += 1
        let surge = RolloutMath.maxSurge(d), unavailable = RolloutMath.maxUnavailable(d)
        var asked = 0, available = 0
        for key in state.replicaSetsByOwner[d.metadata.uid] ?? [] {
            guard let rs = state.replicaSets[key] else { continue }
            asked += rs.spec.replicas
            available += rs.status.availableReplicas
        }
        if asked > d.spec.replicas + surge {
            violations.append("at \(state.now.sinceEpochClock()) ReplicaSets ask for \(asked) > \(d.spec.replicas) + maxSurge \(surge)")
        }
        if available < d.spec.replicas - unavailable {
            violations.append("at \(state.now.sinceEpochClock()) \(available) available < \(d.spec.replicas) − maxUnavailable \(unavailable)")
        }
    }
}
