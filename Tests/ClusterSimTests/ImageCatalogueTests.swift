import Testing
import KubeModel
@testable import ClusterSim

@Suite("Image catalogue")
struct ImageCatalogueTests {
    @Test(arguments: [
        ("nginx", "nginx", "latest", "docker.io/library/nginx:latest", "Always"),
        ("nginx:1.27", "nginx", "1.27", "docker.io/library/nginx:1.27", "IfNotPresent"),
        ("docker.io/library/redis:7", "redis", "7", "docker.io/library/redis:7", "IfNotPresent"),
        ("bitnami/redis:7.2", "bitnami/redis", "7.2", "docker.io/bitnami/redis:7.2", "IfNotPresent"),
        ("registry.k8s.io/pause:3.9", "registry.k8s.io/pause", "3.9", "registry.k8s.io/pause:3.9", "IfNotPresent"),
        ("localhost:5000/app", "localhost:5000/app", "latest", "localhost:5000/app:latest", "Always"),
        ("busybox:latest", "busybox", "latest", "docker.io/library/busybox:latest", "Always"),
    ])
    func references(image: String, repository: String, tag: String, normalized: String, policy: String) {
        let ref = ImageCatalogue.reference(image)
        #expect(ref.repository == repository)
        #expect(ref.tag == tag)
        #expect(ImageCatalogue.normalized(image) == normalized)
        #expect(ImageCatalogue.defaultPullPolicy(image) == policy)
    }

    @Test func onlyKnownTagsExist() {
        let c = ImageCatalogue.standard
        #expect(c.behaviour(of: "nginx") != nil)
        #expect(c.behaviour(of: "nginx:1.27") != nil)
        #expect(c.behaviour(of: "nginx:nope") == nil)
        #expect(c.behaviour(of: "nginxx") == nil)
        #expect(c.behaviour(of: "my-app:v1")?.run == .serve(ports: [8080]))
        #expect(c.behaviour(of: "my-app:v3")?.run == .exit(code: 1, afterSeconds: 2))
        #expect(c.hasRepository(of: "nginx:nope"))
        #expect(!c.hasRepository(of: "nginxx"))
    }

    @Test func lessonsCanAddImages() {
        let sim = Simulation(nodes: 1, seed: 1)
        sim.addImage("shop/api:v2", ImageBehaviour(run: .serve(ports: [9000]), pullMillis: 700, sizeBytes: 10_000_000,
                                                 memoryBytes: 16 << 20, logLines: ["api ready"]))
        var pod = T.pod("api", image: "shop/api:v2")
        pod.spec.containers[0].readinessProbe = Probe(handler: .tcpSocket(port: .int(9000)))
        T.create(sim, pod)
        sim.settle()
        #expect(T.condition(sim, "api", "Ready") == .true)
        #expect(T.events(sim, "api").contains("Normal Pulled: Successfully pulled image \"shop/api:v2\" in 700ms (700ms including waiting). Image size: 10000000 bytes."))
        #expect(sim.state.podRuntime[ObjectKey("default", "api")]?.logs(container: "api", now: sim.now)?.map(\.text) == ["api ready"])
        // A wildcard tag answers for any tag.
        sim.addImage("shop/web:*", ImageBehaviour(run: .serve(ports: [80]), pullMillis: 500, sizeBytes: 1, memoryBytes: 1))
        #expect(sim.config.catalogue.behaviour(of: "shop/web:anything") != nil)
    }
}

@Suite("Processes: what a command does")
struct ProcessPlanTests {
    static let start = Instant.simulationEpoch

    static func plan(_ argv: [String], image: String = "busybox") -> ProcessPlan {
        var c = Container(name: "c", image: image)
        c.args = argv
        return ProcessPlanner.plan(for: c, behaviour: ImageCatalogue.standard.behaviour(of: image)!, podName: "pod-1", start: start)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var argv: [String]
        var exitAfter: Millis?   // nil: runs until stopped
        var code: Int
        var output: [String]     // printed within the first hour
        var handlesSIGTERM: Bool
        var testDescription: String { argv.joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(argv: [], exitAfter: 0, code: 0, output: [], handlesSIGTERM: false),
        Case(argv: ["sleep", "5"], exitAfter: 5_000, code: 0, output: [], handlesSIGTERM: false),
        Case(argv: ["sleep", "1m"], exitAfter: 60_000, code: 0, output: [], handlesSIGTERM: false),
        Case(argv: ["sleep", "infinity"], exitAfter: nil, code: 0, output: [], handlesSIGTERM: false),
        Case(argv: ["echo", "hello", "world"], exitAfter: 0, code: 0, output: ["hello world"], handlesSIGTERM: false),
        Case(argv: ["false"], exitAfter: 0, code: 1, output: [], handlesSIGTERM: false),
        Case(argv: ["sh", "-c", "echo start; sleep 2; exit 4"], exitAfter: 2_000, code: 4, output: ["start"], handlesSIGTERM: false),
        Case(argv: ["sh", "-c", "echo $HOSTNAME && false || echo recovered"], exitAfter: 0, code: 0, output: ["pod-1", "recovered"], handlesSIGTERM: false),
        Case(argv: ["sh", "-c", "for i in 1 2 3; do echo \"n=$i\"; sleep 1; done"], exitAfter: 3_000, code: 0, output: ["n=1", "n=2", "n=3"], handlesSIGTERM: false),
        Case(argv: ["sh", "-c", "until nc -z db-service 5432; do sleep 2; done"], exitAfter: nil, code: 0, output: [], handlesSIGTERM: false),
        Case(argv: ["sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done"], exitAfter: nil, code: 0, output: [], handlesSIGTERM: true),
        Case(argv: ["sh", "-c", "if [ -f /tmp/x ]; then echo yes; else echo no; fi"], exitAfter: 0, code: 0, output: ["no"], handlesSIGTERM: false),
        Case(argv: ["sh", "-c", "nosuch --flag"], exitAfter: 0, code: 127, output: ["sh: nosuch: not found"], handlesSIGTERM: false),
        Case(argv: ["sh", "-c", "echo -e 'a\\nb'"], exitAfter: 0, code: 0, output: ["a", "b"], handlesSIGTERM: false),
        Case(argv: ["sh", "-c", "date"], exitAfter: 0, code: 0, output: ["Mon Mar  3 09:00:00 UTC 2025"], handlesSIGTERM: false),
        Case(argv: ["sh"], exitAfter: 0, code: 0, output: [], handlesSIGTERM: false),
        Case(argv: ["sh", "-c"], exitAfter: 0, code: 2, output: ["sh: -c requires an argument"], handlesSIGTERM: false),
    ]

    @Test(arguments: cases)
    func busyboxCommands(_ c: Case) {
        let p = Self.plan(c.argv)
        #expect(p.startError == nil)
        #expect(p.exit?.after == c.exitAfter)
        if c.exitAfter != nil { #expect(p.exit?.code == c.code) }
        #expect(p.output(upTo: .minutes(60)).map(\.text).prefix(c.output.count) == ArraySlice(c.output))
        #expect(p.handlesSIGTERM == c.handlesSIGTERM)
        #expect(p.servesPorts.isEmpty)
    }

    @Test func aLoopRepeatsItsOutputEachRound() {
        let p = Self.plan(["sh", "-c", "while true; do echo tick; sleep 5; echo tock; sleep 5; done"])
        #expect(p.exit == nil)
        let out = p.output(upTo: 21_000)
        #expect(out.map(\.text) == ["tick", "tock", "tick", "tock", "tick"])
        #expect(out.map(\.offset) == [0, 5_000, 10_000, 15_000, 20_000])
    }

    @Test func serversServeUnlessGivenAnotherCommand() {
        #expect(Self.plan([], image: "nginx").servesPorts == [80])
        #expect(Self.plan([], image: "nginx").handlesSIGTERM)
        #expect(Self.plan(["nginx", "-g", "daemon off;"], image: "nginx").servesPorts == [80])
        let sleeping = Self.plan(["sleep", "3600"], image: "nginx")
        #expect(sleeping.servesPorts.isEmpty)
        #expect(sleeping.exit?.after == 3_600_000)
        #expect(Self.plan([], image: "redis:7").servesPorts == [6379])
    }

    @Test func anUnknownExecutableCannotStart() {
        let p = Self.plan(["nosuch"])
        #expect(p.startError == "failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: \"nosuch\": executable file not found in $PATH: unknown")
        #expect(Self.plan(["bash", "-c", "echo hi"]).startError != nil) // busybox has no bash
    }

    @Test func filesComeAndGoForExecProbes() {
        let p = Self.plan(["sh", "-c", "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600"])
        #expect(p.fileExists("/tmp/healthy", at: 0))
        #expect(p.fileExists("/tmp/healthy", at: 29_999))
        #expect(!p.fileExists("/tmp/healthy", at: 30_000))
        #expect(p.exit?.after == 630_000)
    }

    @Test func stressNeedsTheMemoryItAllocates() {
        var c = Container(name: "c", image: "busybox")
        c.command = ["stress"]
        c.args = ["--vm", "1", "--vm-bytes", "150M", "--vm-hang", "1"]
        let p = ProcessPlanner.plan(for: c, behaviour: ImageCatalogue.standard.behaviour(of: "busybox")!, podName: "x", start: Self.start)
        #expect(p.memoryBytes == 151 << 20)
        #expect(p.exit == nil)
    }
}
