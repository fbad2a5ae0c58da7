import ClusterSim
import KubeModel

/// Values a real cluster shows that the simulation has no reason to store: image digests,
/// container IDs, the projected service-account volume's random suffix. Each is derived
/// from the object's identity with FNV hashes, so it is stable across runs and commands.
enum Synthesized {
    static func hex(_ seed: String, length: Int) -> String {
        var out = ""
        var round = 0
        while out.count < length {
            let h = TemplateHash.fnv1a32("\(round)#\(seed)")
            let s = String(h, radix: 16)
            out += String(repeating: "0", count: 8 - s.count) + s
            round += 1
        }
        return String(out.prefix(length))
    }

    static func uuid(from seed: String) -> String {
        let h = Array(hex(seed, length: 32))
        return "\(String(h[0..<8]))-\(String(h[8..<12]))-4\(String(h[13..<16]))-8\(String(h[17..<20]))-\(String(h[20..<32]))"
    }

    /// containerd's fully qualified reference: `nginx` → `docker.io/library/nginx:latest`.
    static func fullImage(_ image: String) -> String {
        var name = image
        let first = name.split(separator: "/").first.map(String.init) ?? ""
        let hasRegistry = name.contains("/") && (first.contains(".") || first.contains(":") || first == "localhost")
        if !hasRegistry { name = (name.contains("/") ? "docker.io/" : "docker.io/library/") + name }
        let last = name.split(separator: "/").last.map(String.init) ?? name
        if !last.contains(":") && !name.contains("@") { name += ":latest" }
        return name
    }

    /// `docker.io/library/nginx@sha256:…`.
    static func imageID(_ image: String) -> String {
        var repo = fullImage(image)
        if repo.contains("@") { return repo }
        if let colon = repo.lastIndex(of: ":"), !repo[colon...].contains("/") { repo = String(repo[..<colon]) }
        return "\(repo)@sha256:\(hex("image/\(ImageCatalogue.reference(image).repository):\(ImageCatalogue.reference(image).tag)", length: 64))"
    }

    static func containerID(pod: Pod, container: String, restarts: Int) -> String {
        "containerd://\(hex("\(pod.metadata.uid)/\(container)/\(restarts)", length: 64))"
    }

    /// `kube-api-access-xxxxx`: the projected volume ServiceAccount admission adds to every pod.
    static func serviceAccountVolume(_ pod: Pod) -> String? {
        guard !pod.metadata.uid.isEmpty, pod.spec.serviceAccountName != nil else { return nil }
        let alphabet = SeededRandom.alphanums
        var h = TemplateHash.fnv1a32("sa/\(pod.metadata.uid)")
        var suffix = ""
        for _ in 0..<5 { suffix.append(alphabet[Int(h % UInt32(alphabet.count))]); h /= UInt32(alphabet.count) }
        return "kube-api-access-\(suffix)"
    }

    static let serviceAccountMountPath = "/var/run/secrets/kubernetes.io/serviceaccount"
}
