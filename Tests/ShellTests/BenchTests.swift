import Testing
@testable import Shell
import ClusterSim
import KubeModel

/// The scale scenarios at a size a test can afford, so they cannot rot: every command
/// succeeds, the deployment ends fully updated and available after each step, and the
/// rolling update never breaks maxSurge / maxUnavailable.
@Suite struct BenchTests {
    @Test func scenariosRunAtSmallScale() {
        let report = Bench.run(Bench.Plan(nodes: 50, replicas: 1_500, growth: [150], lessons: false, repeats: 2))
        #expect(report.failures == [])
        #expect(report.figures.map(\.name) == [
            "start to first prompt (3 nodes)", "one-line script",
            "create 150 pods on 50 nodes, settle",
            "cluster of 50 nodes", "create 1500 pods on 50 nodes, settle", "growth 150 -> 1500 pods",
            "set image (rolling update 25%), settle",
            "node crash node-1..node-5, advance 6m, settle",
            "kubectl get deploy", "kubectl get pods -l app=small",
            "kubectl get pods --field-selector spec.nodeName=node-47",
        ])
        #expect(report.figures.allSatisfy { $0.wallSeconds >= 0 && $0.peakMiB > 0 })
        // Each size of the create scenario ran twice, and says so.
        let creates = report.figures.filter { $0.name.hasPrefix("create") }
        #expect(creates.map { $0.spread?.runs } == [2, 2])
        #expect(creates.allSatisfy { $0.line.contains("(median of 2: ") })
        #expect(report.figures.first { $0.name.hasPrefix("growth") }?.line.contains("× the time for 10.0× the pods") == true)
    }

    @Test func theMedianRunIsTheFigure() {
        let runs = [3.0, 1.0, 2.0].map { Bench.Figure(name: "x", wallSeconds: $0, simulated: 0, peakMiB: $0, pods: 10) }
        let f = Bench.Figure.median(of: runs, peakMiB: 7)
        #expect(f.wallSeconds == 2.0)
        #expect(f.peakMiB == 7)
        #expect(f.spread?.low == 1.0 && f.spread?.high == 3.0)
        let g = Bench.Figure.growth(pods: 150_000, seconds: 9.0, against: 15_000, seconds: 1.0)
        #expect(g.line.hasSuffix("9.0× the time for 10.0× the pods"))
    }

    @Test func rolloutWatchReportsABreach() {
        let sim = Simulation(nodes: 3, seed: 1)
        _ = sim.settle()
        var watch = RolloutWatch(deployment: ObjectKey("default", "none"))
        watch.observe(sim.state)
        #expect(watch.checks == 0)
        #expect(watch.violations == [])
    }

    @Test(arguments: [
        ("node-1..node-3", false, ["node-1", "node-2", "node-3"]),
        ("node-7", false, ["node-7"]),
        ("edge-9..edge-10", false, ["edge-9", "edge-10"]),
        ("2", true, ["node-4", "node-5"]),
    ])
    func nodeNamesExpand(word: String, adding: Bool, names: [String]) {
        let existing: Set = ["node-1", "node-2", "node-3"]
        #expect(NodeRange.expand(word, existing: { existing.contains($0) }, adding: adding) == names)
    }

    @Test(arguments: ["node-3..node-1", "node-1..edge-3", "node-..node-2"])
    func malformedRangesAreRefused(word: String) {
        #expect(NodeRange.expand(word, existing: { _ in false }, adding: false) == nil)
    }

    @Test func aRangeOfNodesCrashesInOneLine() {
        let session = Session(options: SessionOptions(nodes: 4))
        #expect(session.handle(line: "node crash node-2..node-3").output == "2 nodes crashed (node-2..node-3)\n")
        #expect(session.handle(line: "node add 2").output == "2 nodes added (node-5..node-6)\n")
        let refused = session.handle(line: "node crash node-3..node-4")
        #expect(refused.failed)
        #expect(refused.output == "1 node crashed (node-3..node-4)\n")
        #expect(refused.errorOutput == "error: node \"node-3\" has already crashed\n")
    }
}
