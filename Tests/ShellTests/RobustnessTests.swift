import Testing
import ClusterSim
@testable import Shell

@Suite struct RobustnessTests {
    static let script = """
    kubectl create deployment my-web --image=nginx --replicas=3
    kubectl run my-debug-pod --image=busybox -- sleep 3600
    settle
    kubectl get pods -o wide
    node crash node-2
    advance 10m
    kubectl get all
    decisions
    """

    /// Same seed and same commands give byte-identical output, run after run.
    @Test func sameScriptTwiceIsByteIdentical() {
        let a = ScriptRunner.run(Self.script, options: SessionOptions(seed: 7), echo: true)
        let b = ScriptRunner.run(Self.script, options: SessionOptions(seed: 7), echo: true)
        #expect(a.output == b.output)
        #expect(a.output.contains("my-web-"))
    }

    @Test func differentSeedsGiveDifferentPodNames() {
        let a = ScriptRunner.run(Self.script, options: SessionOptions(seed: 1), echo: true)
        let b = ScriptRunner.run(Self.script, options: SessionOptions(seed: 2), echo: true)
        #expect(a.output != b.output)
    }

    static let vocabulary = [
        "kubectl", "k", "get", "pods", "po", "deploy", "rs", "all", "create", "deployment", "run", "delete", "-n", "-o",
        "yaml", "wide", "--image=nginx", "--image", "--replicas=3", "--replicas=-1", "-l", "app=web", "--all", "x", "my-web",
        "node", "crash", "add", "recover", "node-1", "advance", "5s", "-3s", "1h", "settle", "step", "clock", "decisions",
        "reset", "'", "\"", "--", "=", ",", "describe", "logs", "exec", "scale", "rollout", "undo", "status", "help",
        "--cascade=orphan", "deployment/my-web", "pod/", "/", "ns", "--dry-run=client", "-A", "💥", "",
    ]

    /// Random lines never crash the session, and every failure says `error` in one line or more.
    @Test func randomLinesNeverCrash() {
        var rng = SeededRandom(seed: 2024)
        let session = Session(options: SessionOptions())
        for _ in 0..<3000 {
            let n = Int(rng.next() % 7)
            let line = (0..<n).map { _ in Self.vocabulary[Int(rng.next() % UInt64(Self.vocabulary.count))] }.joined(separator: " ")
            let r = session.handle(line: line)
            if r.failed {
                #expect(r.errorOutput.lowercased().contains("error"), "line: \(line) → \(r.errorOutput)")
            }
        }
    }
}
