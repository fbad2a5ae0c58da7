import ClusterSim
import KubeModel

extension Kubectl {
    static let runFlags: [FlagSpec] = [
        FlagSpec("image", help: "The image for the container to run."),
        FlagSpec("restart", help: "The restart policy for this Pod. Legal values [Always, OnFailure, Never]."),
        FlagSpec("labels", short: "l", help: "Comma separated labels to apply to the pod. Will override previous values."),
        FlagSpec("port", help: "The port that this container exposes."),
        FlagSpec("command", .boolean, help: "If true and extra arguments are present, use them as the 'command' field in the container, rather than the 'args' field which is the default."),
        FlagSpec("env", help: "Environment variables to set in the container."),
        DryRun.flag,
        FlagSpec("output", short: "o", help: "Output format."),
        FlagSpec("image-pull-policy"),
        FlagSpec("stdin", short: "i", .boolean),
        FlagSpec("tty", short: "t", .boolean),
        FlagSpec("rm", .boolean),
        FlagSpec("attach", .boolean),
    ]

    /// `kubectl run NAME --image=IMAGE [--restart] [--labels] [--port] [--command] -- [ARGS…]`:
    /// one naked pod, labelled `run=NAME` (`KC/pkg/cmd/run/run.go`, `generate/versioned/run.go`).
    func runPod(_ words: [String]) throws -> KubectlResult {
        let args = try ArgumentParser.parse(words, specs: Self.runFlags, command: "run")
        if args.bool("help") { return help("run") }
        guard let image = args.value("image"), !image.isEmpty else { throw KubectlError.requiredFlag("image") }
        guard let name = args.positionals.first else {
            throw KubectlError.usageFor("NAME is required for run", command: "run")
        }
        if args.bool("stdin") || args.bool("tty") || args.bool("rm") || args.bool("attach") {
            throw KubectlError.message("kubetutor cannot attach a terminal to a container; create the pod, then use \"kubectl exec \(name) -- COMMAND\"")
        }
        let (dryRun, warning) = try DryRun.parse(args, now: sim.now)
        let format = try OutputFormat.parse(args.value("output"), context: .object)
        var labels = ["run": name]
        if let l = args.value("labels"), !l.isEmpty {
            labels = [:]
            for pair in l.split(separator: ",", omittingEmptySubsequences: false) {
                let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                guard kv.count == 2, !kv[0].isEmpty else { throw KubectlError.message("invalid label spec: \(pair)") }
                labels[kv[0]] = kv[1]
            }
        }
        var container = Container(name: name, image: image)
        if let rest = args.afterDashDash, !rest.isEmpty {
            if args.bool("command") { container.command = rest } else { container.args = rest }
        }
        if let p = args.value("port"), !p.isEmpty {
            guard let port = Int(p), (1...65535).contains(port) else {
                throw KubectlError.message("invalid port: \"\(p)\"")
            }
            container.ports = [ContainerPort(containerPort: port)]
        }
        for e in args.values("env") {
            guard let eq = e.firstIndex(of: "="), eq != e.startIndex else { throw KubectlError.message("invalid env: \(e)") }
            container.env.append(EnvVar(name: String(e[..<eq]), value: String(e[e.index(after: eq)...])))
        }
        if let policy = args.value("image-pull-policy"), !policy.isEmpty {
            guard ["Always", "IfNotPresent", "Never"].contains(policy) else {
                throw KubectlError.message("invalid image pull policy: \(policy)")
            }
            container.imagePullPolicy = policy
        }
        var spec = PodSpec(containers: [container])
        if let r = args.value("restart"), !r.isEmpty {
            guard let policy = RestartPolicy(rawValue: r) else { throw KubectlError.message("invalid restart policy: \(r)") }
            spec.restartPolicy = policy
        }
        let pod = Pod(metadata: ObjectMeta(name: name, namespace: namespace(args), labels: labels), spec: spec)
        if dryRun == .client {
            return try printGenerated(Generators.pod(pod, namespace: args.value("namespace")), name: "pod/\(name)", format: format, warning: warning)
        }
        let created: KubeObject
        if dryRun == .server {
            try Validation.validate(.pod(pod), config: sim.config)
            if sim.get(.pod, pod.metadata.key) != nil { throw APIError.alreadyExists(.pod, name: name) }
            created = .pod(pod)
        } else {
            created = try sim.create(.pod(pod))
            sim.recordUserAction(commandLine, objects: [created.ref])
        }
        return try printCreated(created, format: format, dryRun: dryRun, warning: warning)
    }
}
