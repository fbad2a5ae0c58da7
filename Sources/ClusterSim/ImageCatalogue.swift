import KubeModel

/// What a container image does when run, as data: the simulation never runs anything, it
/// looks the image up here. Lessons can add images of their own.
public struct ImageBehaviour: Hashable, Sendable {
    public enum Run: Hashable, Sendable {
        /// Serves on these ports until stopped (nginx, redis, my-app).
        case serve(ports: [Int])
        /// Runs the container's command: busybox-like (`sleep N`, `echo …`, none → exit 0).
        case command
        /// Exits with `exitCode` after `afterSeconds` (a crashing release).
        case exit(code: Int, afterSeconds: Int)
    }
    public var run: Run
    /// How long a pull takes and how big the image is (for the Pulled event).
    public var pullMillis: Millis
    public var sizeBytes: Int64
    /// Memory the process needs; a limit below this is OOMKilled (exit 137).
    public var memoryBytes: Int64
    /// What `kubectl logs` shows for it.
    public var logLines: [String]
    public init(run: Run, pullMillis: Millis, sizeBytes: Int64, memoryBytes: Int64, logLines: [String] = []) {
        self.run = run; self.pullMillis = pullMillis; self.sizeBytes = sizeBytes
        self.memoryBytes = memoryBytes; self.logLines = logLines
    }
}

public struct ImageCatalogue: Sendable {
    /// Repository → (tag → behaviour); the tag `*` stands for any tag of that repository.
    public var images: [String: [String: ImageBehaviour]]
    public init(images: [String: [String: ImageBehaviour]]) { self.images = images }

    /// Splits `docker.io/library/nginx:1.27` into the short repository (`nginx`) and tag (`1.27`).
    public static func reference(_ image: String) -> (repository: String, tag: String) {
        var name = image
        if let at = name.firstIndex(of: "@") { name = String(name[..<at]) }
        var tag = "latest"
        if let colon = name.lastIndex(of: ":"), !name[colon...].contains("/") {
            tag = String(name[name.index(after: colon)...]); name = String(name[..<colon])
        }
        for prefix in ["docker.io/library/", "docker.io/", "library/"] where name.hasPrefix(prefix) {
            name = String(name.dropFirst(prefix.count))
        }
        return (name, tag)
    }

    /// The behaviour of `image`, or nil when no registry has it (ErrImagePull).
    public func behaviour(of image: String) -> ImageBehaviour? {
        let ref = Self.reference(image)
        guard let tags = images[ref.repository] else { return nil }
        return tags[ref.tag] ?? tags["*"]
    }

    /// `Always` for `:latest` or no tag, otherwise `IfNotPresent` (`pkg/apis/core/v1/defaults.go`).
    public static func defaultPullPolicy(_ image: String) -> String {
        reference(image).tag == "latest" ? "Always" : "IfNotPresent"
    }

    public static let standard: ImageCatalogue = {
        let nginx = ImageBehaviour(run: .serve(ports: [80]), pullMillis: 2_418, sizeBytes: 72_188_133, memoryBytes: 8 << 20,
                                   logLines: ["/docker-entrypoint.sh: Configuration complete; ready for start up"])
        let redis = ImageBehaviour(run: .serve(ports: [6379]), pullMillis: 3_105, sizeBytes: 45_112_902, memoryBytes: 12 << 20,
                                   logLines: ["* Ready to accept connections tcp"])
        let busybox = ImageBehaviour(run: .command, pullMillis: 1_093, sizeBytes: 2_166_802, memoryBytes: 1 << 20)
        let app = ImageBehaviour(run: .serve(ports: [8080]), pullMillis: 1_502, sizeBytes: 24_310_442, memoryBytes: 32 << 20,
                                 logLines: ["listening on :8080"])
        let crash = ImageBehaviour(run: .exit(code: 1, afterSeconds: 2), pullMillis: 1_502, sizeBytes: 24_310_442,
                                   memoryBytes: 32 << 20, logLines: ["panic: cannot read config: no such file"])
        func tags(_ names: [String], _ b: ImageBehaviour) -> [String: ImageBehaviour] {
            Dictionary(uniqueKeysWithValues: names.map { ($0, b) })
        }
        // Only these tags exist: anything else (`nginx:nope`) fails to pull, as on a real registry.
        return ImageCatalogue(images: [
            "nginx": tags(["latest", "stable", "alpine", "1.14.2", "1.16.1", "1.25", "1.26", "1.27", "1.27.0", "1.27.3", "1.28"], nginx),
            "redis": tags(["latest", "7", "7.2", "7.4", "alpine"], redis),
            "busybox": tags(["latest", "1.36", "1.37", "stable"], busybox),
            "my-app": ["v1": app, "v2": app, "latest": app, "v3": crash, "broken": crash],
            "crashy": tags(["latest", "v1"], crash),
        ])
    }()
}
