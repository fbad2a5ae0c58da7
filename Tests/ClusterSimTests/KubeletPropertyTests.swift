import Testing
import KubeModel
@testable import ClusterSim

/// Seeded random sequences of pods, deletions, node crashes and recoveries, and the time
/// between them; after every step the kubelets' reports must stay consistent. A failure
/// names its seed.
@Suite("Kubelet: properties over random runs")
struct KubeletPropertyTests {
    static let images: [(String, [String], RestartPolicy)] = [
        ("nginx", [], .always), ("nginx:1.27", [], .always), ("redis:7", [], .always), ("crashy", [], .always),
        ("nginx:nope", [], .always), ("busybox", ["sleep", "7"], .never), ("busybox:1.36", ["false"], .onFailure),
        ("busybox", ["sh", "-c", "echo hi; sleep 3; exit 2"], .onFailure), ("busybox", ["sleep", "3600"], .always),
        ("my-app:v1", [], .always),
    ]

    /// Runs a random script; returns a fingerprint of everything visible, for comparing runs.
    static func run(seed: UInt64, check: (Simulation, String) -> Void) -> String {
        var rng = SeededRandom(seed: seed)
        let sim = Simulation(nodes: 3, seed: seed)
        var names: [String] = []
        for step in 0..<80 {
            switch rng.next() % 10 {
            case 0, 1, 2:
                let (image, args, restart) = images[Int(rng.next() % UInt64(images.count))]
                let name = "p\(step)"
                T.create(sim, T.pod(name, image: image, args: args, restart: restart))
                names.append(name)
            case 3:
                if !names.isEmpty { try? sim.delete(.pod, ObjectKey("default", names[Int(rng.next() % UInt64(names.count))])) }
            case 4:
                let node = "node-\(1 + rng.next() % 3)"
                if rng.next() % 2 == 0 { try? sim.crashNode(node) } else { try? sim.recoverNode(node) }
            default:
                sim.advance(by: Millis(rng.next() % 30_000))
            }
            check(sim, "seed \(seed) step \(step)")
        }
        let pods = sim.state.pods.values.sorted { $0.metadata.key < $1.metadata.key }
        return pods.map { "\($0.metadata.name) \($0.spec.nodeName ?? "-") \($0.status)" }.joined(separator: "\n")
            + sim.state.events.all.map { "\($0.reason) \($0.message) \($0.count)" }.joined(separator: "\n")
    }

    @Test func reportsStayConsistent() {
        for seed in UInt64(1)...15 {
            var lastRestarts: [String: Int] = [:]
            var finished: Set<String> = []
            _ = Self.run(seed: seed) { sim, label in
                var ipsByNode: [String: Set<String>] = [:]
                for pod in sim.state.pods.values {
                    let name = pod.metadata.name
                    let restarts = pod.status.containerStatuses.reduce(0) { $0 + $1.restartCount }
                    #expect(restarts >= lastRestarts[name, default: 0], "\(label): \(name) restarts went down")
                    lastRestarts[name] = restarts
                    if finished.contains(name) {
                        #expect(pod.status.phase == .succeeded || pod.status.phase == .failed, "\(label): \(name) left its final phase")
                    }
                    if pod.status.phase == .succeeded || pod.status.phase == .failed { finished.insert(name) }
                    if let node = pod.spec.nodeName, let ip = pod.status.podIP, let rt = sim.state.nodeRuntime[node] {
                        #expect(ip.hasPrefix(rt.podCIDRPrefix + "."), "\(label): \(name) has \(ip) outside \(rt.podCIDR)")
                        #expect(ipsByNode[node, default: []].insert(ip).inserted, "\(label): \(ip) given twice on \(node)")
                    }
                    if pod.status.phase == .running {
                        #expect(pod.status.containerStatuses.count == pod.spec.containers.count, "\(label): \(name)")
                    }
                    for cs in pod.status.containerStatuses where cs.ready {
                        #expect(cs.state.isRunning, "\(label): \(name) ready but not running")
                    }
                }
            }
        }
    }

    @Test func theSameSeedGivesTheSameRun() {
        for seed in UInt64(20)...24 {
            #expect(Self.run(seed: seed) { _, _ in } == Self.run(seed: seed) { _, _ in }, "seed \(seed)")
        }
    }
}
