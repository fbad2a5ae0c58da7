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
        FlagSpec("dry-run", help: "Must be \"none\", \"server\", or \"client\"."),
        FlagSpec("output", short: "o", help: "Output format."),
    ]

    /// `kubectl run NAME --image=IMAGE [--restart] [--labels] [--port] [--command] -- [ARGS…]`:
    /// one naked pod, labelled `run=NAME` (`KC/pkg/cmd/run/run.go`).
    func runPod(_ words: [String]) throws -> KubectlResult {
        let args = try ArgumentParser.parse(words, specs: Self.runFlags)
        guard let name = args.positionals.first else {
            throw KubectlError.message("NAME is required for run")
        }
        guard let image = args.value("image"), !image.isEmpty else { throw KubectlError.requiredFlag("image") }
        var labels = ["run": name]
        if let l = args.value("labels") {
            labels = [:]
            for pair in l.split(separator: ",") {
                let kv = pair.split(separator: "=", maxSplits: 1).map(String.init)
                guard kv.count == 2 else { throw KubectlError.message("invalid label spec: \(pair)") }
                labels[kv[0]] = kv[1]
            }
        }
        var container = Container(name: name, image: image)
        if let rest = args.afterDashDash, !rest.isEmpty {
            if args.bool("command") { container.command = rest } else { container.args = rest }
        } else if args.bool("command") {
            throw KubectlError.message("--command requires arguments after --")
        }
        if let p = args.value("port") {
            guard let port = Int(p) else { throw KubectlError.message("invalid argument \"\(p)\" for \"--port\" flag: strconv.ParseInt: parsing \"\(p)\": invalid syntax") }
            container.ports = [ContainerPort(containerPort: port)]
        }
        for e in args.values("env") {
            let kv = e.split(separator: "=", maxSplits: 1).map(String.init)
            container.env.append(EnvVar(name: kv[0], value: kv.count > 1 ? kv[1] : ""))
        }
        var spec = PodSpec(containers: [container])
        if let r = args.value("restart") {
            guard let policy = RestartPolicy(rawValue: r) else { throw KubectlError.message("invalid restart policy: \(r)") }
            spec.restartPolicy = policy
        }
        let pod = Pod(metadata: ObjectMeta(name: name, namespace: namespace(args), labels: labels), spec: spec)
        if args.value("dry-run") == "client" {
            return KubectlResult(stdout: "pod/\(name) created (dry run)\n")
        }
        let created = try sim.create(.pod(pod))
        sim.recordUserAction(commandLine, objects: [created.ref])
        return KubectlResult(stdout: "pod/\(name) created\n")
    }
}
