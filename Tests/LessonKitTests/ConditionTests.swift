import Testing
import ClusterSim
@testable import LessonKit
@testable import Shell

@Suite struct ConditionTests {
    @Test(arguments: [
        "pod my-debug-pod is Running",
        "pod/my-debug-pod is not Ready",
        "3 pods labelled app=web are Running",
        "at least 2 pods labelled app=web,tier=fe are Ready",
        "no pods on node node-4 exist",
        "1 pod labelled run=x is Pending",
        "deployment web has 5 ready replicas",
        "deployment web uses image nginx:1.27",
        "deployment web is on image nginx:1.27 with 5 ready replicas",
        "deployment web uses image nginx:1.27 and has 5 ready replicas and is Available",
        "deploy web has 1 ready replica",
        "pod my-debug-pod does not exist",
        "node node-2 is NotReady",
        "node {node of pod/my-debug-pod} is NotReady",
        "pod {pod labelled app=web} does not exist and 3 nodes are Ready",
        "replicaset {replicaset of deployment/web} has at most 3 current replicas",
        "pod x in namespace dev exists",
        "output contains \"my-debug-pod\"",
        "output does not contain 'Error'",
        "the command fails",
        "pod x has label app=web",
        "pod x has 0 restarts",
    ])
    func readableConditionsParse(text: String) throws {
        _ = try ConditionParser.parse(text)
    }

    @Test(arguments: [
        ("", "the condition is empty"),
        ("pod", "expected a name, but the condition ends there"),
        ("pod x", "expected 'is', 'has', 'uses image', 'exists' or 'does not exist', but the condition ends there"),
        ("pod x is Runing", "unknown pod state 'Runing' (did you mean 'Running'?)"),
        ("pdo x is Running", "unknown kind 'pdo' (did you mean 'pod'?)"),
        ("3 pods labelled app=web are", "expected a state, but the condition ends there"),
        ("3 deployments are Running", "expected 'pods' or 'nodes' after the number at 'deployments'"),
        ("deployment web has 5 ready", "expected 'ready replicas', 'available replicas'"),
        ("node n has 3 ready replicas", "a node has no ready replicas"),
        ("node n has 3 apples", "a node has nothing to count"),
        ("pod x is Running or pod y is Running", "expected 'and' or the end of the condition at 'or'"),
        ("replicaset r is Running", "a replicaset has no states to check"),
        ("output contains nothing", "expected text in quotes at 'nothing'"),
        ("node {nod of pod/x} is Ready", "unknown placeholder {nod of pod/x}"),
    ])
    func mistakesSayWhatWasExpected(text: String, message: String) {
        do {
            _ = try ConditionParser.parse(text)
            Issue.record("parsed: \(text)")
        } catch {
            #expect(error.message.contains(message), "got: \(error.message)")
        }
    }

    /// A cluster with a naked pod on a crashed node and a 3-replica deployment.
    static func cluster() -> Session {
        let s = Session(options: SessionOptions())
        for line in ["kubectl run my-debug-pod --image=busybox -- sleep 3600", "kubectl create deployment web --image=nginx:1.27 --replicas=3",
                     "settle", "node crash node-1", "advance 1m"] {
            _ = s.handle(line: line)
        }
        return s
    }

    static func check(_ text: String, _ s: Session, output: String = "", failed: Bool = false) throws -> Evaluation {
        let c = try ConditionParser.parse(text)
        return c.evaluate(ConditionContext(state: s.sim.state, lastOutput: output, lastFailed: failed) { $0.resolve(in: s.sim.state) })
    }

    @Test(arguments: [
        ("pod my-debug-pod is Running", true, "pod my-debug-pod is Running"),
        ("pod my-debug-pod is Ready", false, "pod my-debug-pod is not Ready"),
        ("pod my-debug-pod is Pending", false, "pod my-debug-pod is Running"),
        ("pod my-debug-pod is on node node-1", true, "pod my-debug-pod is on node node-1"),
        ("pod nope does not exist", true, "pod nope does not exist"),
        ("pod nope is Running", false, "pod nope does not exist"),
        ("3 pods labelled app=web are Running", true, "3 pods labelled app=web are Running"),
        ("3 pods labelled app=web are Ready", false, "2 pods labelled app=web are Ready"),
        ("at least 2 pods labelled app=web are Ready", true, "2 pods labelled app=web are Ready"),
        ("no pods labelled app=nothing exist", true, "no pods labelled app=nothing exist"),
        ("1 pod labelled run=my-debug-pod is Running", true, "1 pod labelled run=my-debug-pod is Running"),
        ("deployment web has 3 replicas", true, "deployment web has 3 replicas"),
        ("deployment web has 3 ready replicas", false, "deployment web has 2 ready replicas"),
        ("deployment web uses image nginx:1.27 with 3 replicas", true, "deployment web uses image nginx:1.27; deployment web has 3 replicas"),
        ("deployment web uses image nginx:1.26", false, "deployment web uses image nginx:1.27"),
        ("node node-1 is NotReady", true, "node node-1 is NotReady"),
        ("node node-2 is NotReady", false, "node node-2 is Ready"),
        ("2 nodes are Ready", true, "2 nodes are Ready"),
        ("node {node of pod/my-debug-pod} is NotReady", true, "node node-1 is NotReady"),
        ("pod {pod labelled app=web} exists", true, ""),
        ("node {node of pod/nope} is Ready", false, "the cluster has nothing for {node of pod/nope}"),
        ("pod my-debug-pod is Running and deployment web has 9 replicas", false, "deployment web has 3 replicas"),
    ])
    func conditionsAreCheckedAgainstTheClusterAndSayWhatItShows(text: String, holds: Bool, observed: String) throws {
        let e = try Self.check(text, Self.cluster())
        #expect(e.holds == holds)
        if !observed.isEmpty { #expect(e.summary == observed) }
    }

    @Test func outputAndFailureConditionsReadTheLastCommand() throws {
        let s = Session(options: SessionOptions())
        #expect(try Self.check("output contains \"created\"", s, output: "pod/x created\n").holds)
        #expect(try !Self.check("output does not contain \"created\"", s, output: "pod/x created\n").holds)
        #expect(try Self.check("the command fails", s, failed: true).holds)
        #expect(try !Self.check("the command succeeds", s, failed: true).holds)
    }

    @Test func aPodOnADeadNodeBecomesTerminatingAfterItsEviction() throws {
        let s = Self.cluster()
        _ = s.handle(line: "advance 10m")
        #expect(try Self.check("pod my-debug-pod is Terminating", s).holds)
        #expect(try Self.check("no pods labelled run=my-debug-pod are Running", s).holds)
    }
}

@Suite struct PlaceholderTests {
    @Test(arguments: [
        ("node crash {node of pod/my-debug-pod}", ["{node of pod/my-debug-pod}"]),
        ("node crash {node of pod my-debug-pod}", ["{node of pod/my-debug-pod}"]),
        ("node crash {node of any pod labelled app=web}", ["{node of any pod labelled app=web}"]),
        ("kubectl delete pod {pod labelled app=web}", ["{pod labelled app=web}"]),
        ("kubectl scale rs {replicaset of deployment/web} --replicas=1", ["{replicaset of deployment/web}"]),
        ("kubectl get pods -o jsonpath='{.items[*].metadata.name}'", []),
        ("kubectl get pods -o jsonpath='{range .items[*]}{.metadata.name}{end}'", []),
    ])
    func placeholdersAreFoundAndOtherBracesLeftAlone(line: String, found: [String]) throws {
        #expect(try TemplateText.scan(line).placeholders.map(\.text) == found)
    }

    @Test(arguments: ["{nod of pod/x}", "{node of deployment/x}", "{pod labelled}", "{node of pod/x"])
    func aPlaceholderThatCannotBeReadIsAnError(line: String) {
        #expect(throws: TemplateText.ScanError.self) { try TemplateText.scan("node crash " + line) }
    }

    @Test func placeholdersResolveAgainstTheCluster() throws {
        let s = ConditionTests.cluster()
        let state = s.sim.state
        #expect(Placeholder.nodeOfPod("my-debug-pod").resolve(in: state) == "node-1")
        #expect(Placeholder.nodeOfPod("nope").resolve(in: state) == nil)
        let web = Placeholder.podLabelled("app=web").resolve(in: state)
        #expect(web?.hasPrefix("web-") == true)
        #expect(Placeholder.nodeOfPodLabelled("app=web").resolve(in: state) == state.pods[.init("default", web!)]?.spec.nodeName)
        #expect(Placeholder.replicaSetOfDeployment("web").resolve(in: state)?.hasPrefix("web-") == true)
        let text = try TemplateText.scan("node crash {node of pod/my-debug-pod}").render { $0.resolve(in: state) }
        #expect(text == .success("node crash node-1"))
    }
}

@Suite struct ImageSpecTests {
    @Test(arguments: [
        ("shop:v1 serves port 8080", ImageBehaviour.Run.serve(ports: [8080])),
        ("shop:v1 serves ports 80 and 443", .serve(ports: [80, 443])),
        ("shop:v2 crashes after 3s", .exit(code: 1, afterSeconds: 3)),
        ("job:1 exits 0 after 20s", .exit(code: 0, afterSeconds: 20)),
        ("job:1 exits with code 3 after 1m", .exit(code: 3, afterSeconds: 60)),
        ("toolbox:1 runs its command", .command),
    ])
    func imagesAreWrittenAsSentences(text: String, run: ImageBehaviour.Run) throws {
        #expect(try ImageSpec.parse(text, line: 1).behaviour.run == run)
    }

    @Test func optionsSetPullTimeMemoryAndLogs() throws {
        let spec = try ImageSpec.parse("shop:v2 crashes after 3s, pull 5s, memory 64Mi, log \"panic: a, b\", log \"bye\"", line: 1)
        #expect(spec.behaviour.pullMillis == 5_000)
        #expect(spec.behaviour.memoryBytes == 64 << 20)
        #expect(spec.behaviour.logLines == ["panic: a, b", "bye"])
        let catalogue = ImageCatalogue.standard.adding([spec])
        #expect(catalogue.behaviour(of: "shop:v2") == spec.behaviour)
        #expect(catalogue.behaviour(of: "nginx:1.27") != nil)
    }

    @Test(arguments: ["shop:v1", "shop:v1 dances", "shop:v1 crashes after soon", "shop:v1 serves port http", "shop:v1 runs, colour red"])
    func unreadableImagesAreErrors(text: String) {
        #expect(throws: ImageSpec.ParseError.self) { try ImageSpec.parse(text, line: 1) }
    }
}
