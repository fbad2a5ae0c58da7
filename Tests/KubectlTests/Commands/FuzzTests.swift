import ClusterSim
import Testing
@testable import Kubectl

/// Random and mutated input never crashes kubectl, and every failure speaks as kubectl
/// does: `error: …`, `Error: …` (cobra), `Error from server (…)`, `The Kind "x" is invalid`,
/// or, when several errors are reported together, kubectl's own sentences without the
/// `error: ` prefix (`MultipleErrors`: `error validating "x.yaml": …`, `unable to decode …`).
/// A failing case names its seed and input.
@Suite struct FuzzTests {
    static let manifests = [
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  labels: {app: web}\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: nginx\n        image: nginx:1.27\n        ports:\n        - containerPort: 80\n        resources:\n          requests: {cpu: 100m, memory: 64Mi}\n",
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  volumes:\n  - name: data\n    emptyDir: {}\n  containers:\n  - name: c\n    image: busybox\n    command: [\"sh\", \"-c\", \"echo hi > /data/x; sleep 9\"]\n    volumeMounts:\n    - {name: data, mountPath: /data}\n",
        "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: dev\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: svc\n  namespace: dev\nspec:\n  selector: {app: web}\n  ports:\n  - port: 80\n    targetPort: 8080\n",
        "apiVersion: apps/v1\nkind: ReplicaSet\nmetadata:\n  name: rs\nspec:\n  replicas: 1\n  selector:\n    matchExpressions:\n    - {key: app, operator: In, values: [a, b]}\n  template:\n    metadata:\n      labels: {app: a}\n    spec:\n      containers:\n      - name: c\n        image: my-app:v1\n",
    ]
    static let junk = ["", " ", "  ", "\t", ":", ": ", "-", "- ", "[", "]", "{", "}", "'", "\"", "#", "&a", "*a", "!!", "|", ">", "---",
                       "\n", "0", "-1", "1.5", "yes", "null", "~", "99999999999", "é", "😀", "<<", "%", "@", "`", ",", "?", "\\"]

    static let allowed = ["error:", "Error:", "Error from server", "The ", "Warning:", "You must specify", "command terminated", "W0",
                          "Found ", "Defaulted container", "error when", "error validating", "error parsing", "unable to decode",
                          "resource mapping not found", "kubetutor does not simulate", "the namespace from the provided object"]

    static func check(_ r: KubectlResult, _ what: String) {
        if r.exitCode != 0 {
            #expect(!r.stderr.isEmpty, "\(what): failed without a message")
            #expect(allowed.contains { r.stderr.hasPrefix($0) }, "\(what): stderr \(r.stderr.prefix(200))")
        }
    }

    static func mutate(_ text: String, _ rng: inout SeededRandom) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for _ in 0..<(1 + Int(rng.next() % 3)) {
            guard !lines.isEmpty else { break }
            let i = Int(rng.next() % UInt64(lines.count))
            switch rng.next() % 7 {
            case 0: lines.remove(at: i)
            case 1: lines.insert(lines[i], at: i)
            case 2: lines[i] = String(repeating: " ", count: Int(rng.next() % 4)) + lines[i]
            case 3: lines[i] = lines[i].trimmingSpaces
            case 4:
                var chars = Array(lines[i])
                let pos = chars.isEmpty ? 0 : Int(rng.next() % UInt64(chars.count + 1))
                chars.insert(contentsOf: junk[Int(rng.next() % UInt64(junk.count))], at: pos)
                lines[i] = String(chars)
            case 5:
                if let colon = lines[i].firstIndex(of: ":") {
                    lines[i] = String(lines[i][...colon]) + " " + junk[Int(rng.next() % UInt64(junk.count))]
                }
            default:
                let j = Int(rng.next() % UInt64(lines.count))
                lines.swapAt(i, j)
            }
        }
        return lines.joined(separator: "\n")
    }

    @Test func mutatedManifestsNeverCrash() {
        for seed in UInt64(1)...300 {
            var rng = SeededRandom(seed: seed)
            let base = Self.manifests[Int(rng.next() % UInt64(Self.manifests.count))]
            let text = Self.mutate(base, &rng)
            let t = Transcript(files: ["x.yaml": text])
            for verb in ["apply", "create", "get", "delete", "apply"] {
                let r = t.kubectl.run([verb, "-f", "x.yaml"])
                Self.check(r, "seed \(seed) \(verb) -f x.yaml with\n\(text)")
            }
        }
    }

    @Test func randomBytesNeverCrash() {
        for seed in UInt64(1)...200 {
            var rng = SeededRandom(seed: seed)
            var text = ""
            for _ in 0..<(Int(rng.next() % 60)) { text += Self.junk[Int(rng.next() % UInt64(Self.junk.count))] + (rng.next() % 4 == 0 ? "\n" : "") }
            let t = Transcript(files: ["x.yaml": text])
            Self.check(t.kubectl.run(["apply", "-f", "x.yaml"]), "seed \(seed) apply -f with \(text.debugDescription)")
        }
    }

    static let verbs = ["get", "describe", "create", "run", "delete", "apply", "label", "annotate", "cordon", "uncordon", "drain",
                        "logs", "exec", "version", "api-resources", "help", "gett", "options", "scale", "explain"]
    static let words = ["pods", "pod", "po", "deploy", "deployment", "rs", "svc", "nodes", "node-1", "ns", "events", "all", "widgets",
                        "web", "nginx", "pod/nginx", "deploy/web", "node/node-2", "-o", "-o=yaml", "-ojson", "-o=name", "-o=wide",
                        "-o=jsonpath={.items[*].metadata.name}", "-o=jsonpath={range .items[*]}{.x}{end}", "-o=jsonpath={",
                        "-A", "-n", "dev", "-l", "app=web", "-l=a in (b", "--field-selector=spec.nodeName=node-1", "--field-selector=x",
                        "--show-labels", "--no-headers", "--sort-by=.metadata.name", "-L", "app", "--image=nginx", "--image=",
                        "--replicas=2", "--replicas=x", "--dry-run=client", "--dry-run", "--dry-run=server", "--port=80",
                        "--overwrite", "a=b", "a-", "x=1=2", "--force", "--ignore-daemonsets", "--delete-emptydir-data",
                        "--grace-period=0", "-c", "nginx", "--previous", "--tail=1", "--", "sh", "-c", "echo hi > /data/x; cat /data/x",
                        "curl", "-s", "localhost:80", "hostname", "env", "ps", "ls", "/", "-f", "x.yaml", "--help", "-h", "--bogus",
                        "-Z", "deployment", "namespace", "'", "", "=", "--cascade=orphan", "--all", "--client"]

    @Test func randomCommandLinesNeverCrash() {
        let t = Transcript(files: ["x.yaml": Self.manifests[0]])
        _ = t.kubectl.run(["create", "deployment", "web", "--image=nginx", "--replicas=2"])
        _ = t.kubectl.run(["run", "nginx", "--image=nginx"])
        t.sim.advance(by: .seconds(30))
        for seed in UInt64(1)...1500 {
            var rng = SeededRandom(seed: seed)
            var line = [Self.verbs[Int(rng.next() % UInt64(Self.verbs.count))]]
            for _ in 0..<(Int(rng.next() % 6)) { line.append(Self.words[Int(rng.next() % UInt64(Self.words.count))]) }
            let r = t.kubectl.run(line)
            Self.check(r, "seed \(seed) kubectl \(line.joined(separator: " "))")
            if seed % 100 == 0 { t.sim.advance(by: .seconds(5)) }
        }
    }
}
