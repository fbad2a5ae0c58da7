import ClusterSim
import Kubectl
import KubeModel

/// kubectl against a fresh simulation, a command line at a time.
final class Cluster {
    struct NoFiles: FileSource {
        func read(_ path: String) throws(KubectlError) -> String { throw .message("the path \"\(path)\" does not exist") }
    }

    let sim: Simulation
    let kubectl: Kubectl

    init(nodes: Int = 3, seed: UInt64 = 1) {
        sim = Simulation(nodes: nodes, seed: seed)
        kubectl = Kubectl(sim: sim, files: NoFiles())
    }

    /// Runs `kubectl …` (the line without the leading `kubectl`).
    @discardableResult
    func run(_ line: String) -> KubectlResult {
        kubectl.run(try! ShellWords.split(line), line: "kubectl " + line)
    }

    /// Runs and returns stdout, or stderr when stdout is empty.
    func out(_ line: String) -> String {
        let r = run(line)
        return r.stdout.isEmpty ? r.stderr : r.stdout
    }

    func deployment(_ name: String) -> Deployment { sim.state.deployments[ObjectKey("default", name)]! }

    func replicaSets(_ name: String) -> [ReplicaSet] {
        sim.state.replicaSets(ownedBy: deployment(name).metadata.uid)
    }

    /// A deployment created and settled.
    static func with(_ name: String = "my-web", replicas: Int = 3, image: String = "nginx", seed: UInt64 = 1) -> Cluster {
        let c = Cluster(seed: seed)
        c.run("create deployment \(name) --image=\(image) --replicas=\(replicas)")
        c.sim.settle()
        return c
    }
}
