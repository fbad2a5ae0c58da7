import Testing
import KubeModel
@testable import ClusterSim

/// Container IDs are built from running FNV-1a hashes; they must equal the definition: the
/// hex of `fnv1a32` of the seed with 0, 1, … 7 `#` appended, each padded to eight digits.
@Suite("Kubelet: container IDs")
struct KubeletContainerIDTests {
    static func byDefinition(podUID: String, container: String, instance: Int) -> String {
        var hex = ""
        var seed = "\(podUID)/\(container)/\(instance)"
        for _ in 0..<8 {
            let digits = String(TemplateHash.fnv1a32(seed), radix: 16)
            hex += String(repeating: "0", count: 8 - digits.count) + digits
            seed += "#"
        }
        return "containerd://" + hex
    }

    @Test("a known pod's first container")
    func known() {
        let id = ContainerIDs.make(podUID: "uid-1", container: "nginx", instance: 0)
        #expect(id == Self.byDefinition(podUID: "uid-1", container: "nginx", instance: 0))
        #expect(id.hasPrefix("containerd://") && id.utf8.count == 13 + 64)
    }

    @Test("random UIDs, names and instances match the definition")
    func random() {
        for seed in UInt64(0)..<200 {
            var rng = SeededRandom(seed: seed)
            let uid = rng.uuid(), name = rng.nameSuffix(length: Int(rng.next() % 20)), n = Int(rng.next() % 1000)
            let got = ContainerIDs.make(podUID: uid, container: name, instance: n)
            #expect(got == Self.byDefinition(podUID: uid, container: name, instance: n), "seed \(seed)")
        }
    }
}
