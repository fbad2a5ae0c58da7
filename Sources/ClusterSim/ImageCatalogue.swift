import KubeModel

/// What a container image does when run, as data: the simulation never runs anything, it
/// looks the image up here. Lessons can add images of their own (`Simulation.addImage`).
public struct ImageBehaviour: Hashable, Sendable {
    public enum Run: Hashable, Sendable {
        /// Serves on these ports until stopped (nginx, redis, my-app). Given a command, it runs
        /// that instead, as a real image would (most images have `sh`, `sleep` and `echo`).
        case serve(ports: [Int])
        /// Runs the container's command and args (busybox): `sleep 5`, `echo hi`, `sh -c '…'`;
        /// no command at all runs the image's default `sh`, which exits 0 at once without a terminal.
        case command
        /// Exits with `code` after `afterSeconds`, whatever it is asked to do (a crashing release).
        case exit(code: Int, afterSeconds: Int)
    }
    public var run: Run { didSet { refresh() } }
    /// How long a first pull takes on a node, and how big the image is (the Pulled event).
    public var pullMillis: Millis
    public var sizeBytes: Int64
    /// How long a pull takes when the node already has the layers (pull policy Always):
    /// only the manifest is checked.
    public var cachedPullMillis: Millis
    /// Memory the process needs; a memory limit below this is OOMKilled (exit 137).
    public var memoryBytes: Int64 { didSet { refresh() } }
    /// What the process prints when it starts (what `kubectl logs` shows for it).
    public var logLines: [String] { didSet { refresh() } }
    /// `logLines` as a process plan's lines, made once: every container started from the image
    /// shares this one array rather than holding a copy of its own.
    private(set) var startLines: [ProcessPlan.Line] = []
    /// For a server image, the plan of its process run as the image says, made once and shared
    /// by every such container (`ProcessPlanner.keptPlan`).
    private(set) var servingPlan: Frozen<ProcessPlan>? = nil
    public init(run: Run, pullMillis: Millis, sizeBytes: Int64, memoryBytes: Int64, logLines: [String] = [],
                cachedPullMillis: Millis = 400) {
        self.run = run; self.pullMillis = pullMillis; self.sizeBytes = sizeBytes
        self.memoryBytes = memoryBytes; self.logLines = logLines; self.cachedPullMillis = cachedPullMillis
        refresh()
    }

    private mutating func refresh() {
        startLines = logLines.map { ProcessPlan.Line(offset: 0, text: $0) }
        servingPlan = ProcessPlanner.servingPlan(self).map(Frozen.init)
    }

}

/// The images a simulated registry holds, by repository and tag.
public struct ImageCatalogue: Hashable, Sendable {
    /// Repository → (tag → behaviour); the tag `*` stands for any tag of that repository.
    public var images: [String: [String: ImageBehaviour]]
    public init(images: [String: [String: ImageBehaviour]]) { self.images = images }

    /// Splits `docker.io/library/nginx:1.27` into the short repository (`nginx`) and tag (`1.27`).
    private static let libraryPrefixes = ["docker.io/library/", "docker.io/", "library/"]

    public static func reference(_ image: String) -> (repository: String, tag: String) {
        // A plain name (`nginx`), the usual case, has no digest or tag to split off and no
        // prefix to strip (each prefix has a `/`): the kubelet asks for every container it starts.
        if !image.utf8.contains(where: { $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "/") }) {
            return (image, "latest")
        }
        var name = image
        if let at = name.utf8.firstIndex(of: UInt8(ascii: "@")) { name = String(name[..<at]) }
        var tag = "latest"
        if let colon = name.utf8.lastIndex(of: UInt8(ascii: ":")), !name.utf8[colon...].contains(UInt8(ascii: "/")) {
            tag = String(name[name.index(after: colon)...]); name = String(name[..<colon])
        }
        if name.hasPrefix("docker.io/") || name.hasPrefix("library/") {
            for prefix in libraryPrefixes where name.hasPrefix(prefix) { name = String(name.dropFirst(prefix.count)) }
        }
        return (name, tag)
    }

    /// The fully qualified name containerd reports: `nginx` → `docker.io/library/nginx:latest`,
    /// `bitnami/redis:7` → `docker.io/bitnami/redis:7`, `gcr.io/x/y:1` unchanged
    /// (`github.com/distribution/reference ParseNormalizedNamed`).
    public static func normalized(_ image: String) -> String {
        let ref = reference(image)
        let repository = ref.repository.utf8
        let slash = UInt8(ascii: "/")
        guard repository.contains(slash) else { return ByteText.joined("docker.io/library/", ref.repository, ":", ref.tag) }
        // The first non-empty part before a `/` names a registry when it looks like a host.
        let rest = repository.drop { $0 == slash }
        let first = rest.prefix { $0 != slash }
        let hasRegistry = first.contains(UInt8(ascii: ".")) || first.contains(UInt8(ascii: ":"))
            || first.elementsEqual("localhost".utf8)
        return ByteText.joined(hasRegistry ? "" : "docker.io/", ref.repository, ":", ref.tag)
    }

    /// The behaviour of `image`, or nil when no registry has it (ErrImagePull).
    public func behaviour(of image: String) -> ImageBehaviour? {
        let ref = Self.reference(image)
        guard let tags = images[ref.repository] else { return nil }
        return tags[ref.tag] ?? tags["*"]
    }

    /// Whether the repository exists at all: a missing repository and a missing tag fail
    /// with different registry errors.
    public func hasRepository(of image: String) -> Bool { images[Self.reference(image).repository] != nil }

    /// Adds (or replaces) one tag of a repository; the tag `*` matches any tag.
    public mutating func add(_ image: String, _ behaviour: ImageBehaviour) {
        let ref = Self.reference(image)
        images[ref.repository, default: [:]][ref.tag] = behaviour
    }

    /// `Always` for `:latest` or no tag, otherwise `IfNotPresent` (`pkg/apis/core/v1/defaults.go`).
    public static func defaultPullPolicy(_ image: String) -> String {
        reference(image).tag == "latest" ? "Always" : "IfNotPresent"
    }

    /// What containerd says when a pull fails (containerd 1.7 behind kubelet v1.32): a tag the
    /// registry lacks is `NotFound`; a repository it lacks is an authorization failure, because
    /// Docker Hub will not say whether a private repository exists.
    public func pullError(for image: String) -> String {
        let full = Self.normalized(image)
        if hasRepository(of: image) {
            return "rpc error: code = NotFound desc = failed to pull and unpack image \"\(full)\": failed to resolve reference \"\(full)\": \(full): not found"
        }
        return "rpc error: code = Unknown desc = failed to pull and unpack image \"\(full)\": failed to resolve reference \"\(full)\": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed"
    }

    public static let standard: ImageCatalogue = {
        let nginx = ImageBehaviour(
            run: .serve(ports: [80]), pullMillis: 2_418, sizeBytes: 72_188_133, memoryBytes: 8 << 20,
            logLines: [
                "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration",
                "/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/",
                "/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh",
                "10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf",
                "10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf",
                "/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh",
                "/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh",
                "/docker-entrypoint.sh: Configuration complete; ready for start up",
            ], cachedPullMillis: 431)
        let redis = ImageBehaviour(run: .serve(ports: [6379]), pullMillis: 3_105, sizeBytes: 45_112_902, memoryBytes: 12 << 20,
                                   logLines: ["1:M * Server initialized", "1:M * Ready to accept connections tcp"],
                                   cachedPullMillis: 388)
        // The database the seed's init container waits for (`nc -z db-service 5432`).
        let postgres = ImageBehaviour(run: .serve(ports: [5432]), pullMillis: 4_211, sizeBytes: 158_012_144, memoryBytes: 64 << 20,
                                      logLines: ["LOG:  database system is ready to accept connections"],
                                      cachedPullMillis: 402)
        let busybox = ImageBehaviour(run: .command, pullMillis: 1_093, sizeBytes: 2_166_802, memoryBytes: 1 << 20,
                                     cachedPullMillis: 352)
        let app = ImageBehaviour(run: .serve(ports: [8080]), pullMillis: 1_502, sizeBytes: 24_310_442, memoryBytes: 32 << 20,
                                 logLines: ["listening on :8080"], cachedPullMillis: 377)
        let crash = ImageBehaviour(run: .exit(code: 1, afterSeconds: 2), pullMillis: 1_502, sizeBytes: 24_310_442,
                                   memoryBytes: 32 << 20, logLines: ["panic: cannot read config: no such file"],
                                   cachedPullMillis: 377)
        // The seed course's nightly-backup CronJob image: works for a few seconds, then exits 0.
        let backup = ImageBehaviour(run: .exit(code: 0, afterSeconds: 5), pullMillis: 1_204, sizeBytes: 9_845_210, memoryBytes: 4 << 20,
                                    logLines: ["starting backup", "backup complete"], cachedPullMillis: 361)
        func tags(_ names: [String], _ b: ImageBehaviour) -> [String: ImageBehaviour] {
            Dictionary(uniqueKeysWithValues: names.map { ($0, b) })
        }
        // Only these tags exist: anything else (`nginx:nope`) fails to pull, as on a real registry.
        return ImageCatalogue(images: [
            "nginx": tags(["latest", "stable", "alpine", "1.14.2", "1.16.1", "1.25", "1.26", "1.27", "1.27.0", "1.27.3", "1.28"], nginx),
            "redis": tags(["latest", "7", "7.2", "7.4", "alpine"], redis),
            "postgres": tags(["latest", "16", "17", "alpine"], postgres),
            "busybox": tags(["latest", "1.36", "1.37", "stable"], busybox),
            "my-app": ["v1": app, "v2": app, "latest": app, "v3": crash, "broken": crash],
            "crashy": tags(["latest", "v1"], crash),
            "backup-tool": tags(["latest"], backup),
        ])
    }()
}

extension Simulation {
    /// Lets a lesson put an image of its own in the registry, for example
    /// `sim.addImage("shop/api:v2", ImageBehaviour(run: .serve(ports: [8080]), …))`.
    /// Pods that already run keep what they were started with.
    public func addImage(_ image: String, _ behaviour: ImageBehaviour) {
        config.catalogue.add(image, behaviour)
    }
}
