import ClusterSim
import Foundation
import KubeModel
import Testing
@testable import Kubectl

/// Hand-run (`KUBETUTOR_PERF=1`): how long `get pods --field-selector spec.nodeName=…`
/// takes with many pods in the store.
@Suite struct PerfProbe {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["KUBETUTOR_PERF"] != nil)) func fieldSelectorOnManyPods() throws {
        let sim = Simulation(nodes: 100, seed: 1)
        let k = Kubectl(sim: sim, files: MemoryFiles())
        var start = Date()
        for i in 0..<150_000 {
            var pod = Pod(metadata: ObjectMeta(name: "p\(i)", namespace: "default", labels: ["app": "x\(i % 10)"]),
                          spec: PodSpec(containers: [Container(name: "c", image: "nginx")]))
            pod.spec.nodeName = "node-\(i % 100 + 1)"
            _ = try sim.create(.pod(pod))
        }
        print("create 150k:", Date().timeIntervalSince(start))
        start = Date()
        let r = k.run(["get", "pods", "--field-selector", "spec.nodeName=node-7", "-o", "name"])
        print("field selector:", Date().timeIntervalSince(start), r.stdout.split(separator: "\n").count)
        start = Date()
        let r2 = k.run(["get", "pods", "-l", "app=x3", "--no-headers"])
        print("label selector:", Date().timeIntervalSince(start), r2.stdout.split(separator: "\n").count)
        start = Date()
        let r3 = k.run(["get", "pods", "-A", "--no-headers"])
        print("all pods table:", Date().timeIntervalSince(start), r3.stdout.split(separator: "\n").count)
        start = Date()
        _ = k.run(["describe", "node", "node-7"])
        print("describe node:", Date().timeIntervalSince(start))
        #expect(r.stdout.split(separator: "\n").count == 1500)
    }
}
