import ClusterSim
import KubeModel

extension Kubectl {
    static let createDeploymentFlags: [FlagSpec] = [
        FlagSpec("image", help: "Image names to run. A deployment can have multiple images set for multi-container pod."),
        FlagSpec("replicas", short: "r", help: "Number of replicas to create. Default is 1."),
        FlagSpec("port", help: "The containerPort that this deployment exposes."),
        FlagSpec("dry-run", help: "Must be \"none\", \"server\", or \"client\"."),
        FlagSpec("output", short: "o", help: "Output format."),
    ]

    func create(_ words: [String]) throws -> KubectlResult {
        guard let sub = words.first else { throw KubectlError.message("must specify one of -f and -k") }
        let rest = Array(words.dropFirst())
        switch sub {
        case "deployment", "deploy": return try createDeployment(rest)
        case "namespace", "ns": return try createNamespace(rest)
        default: throw KubectlError.unknownCommand(sub, suggestion: Suggest.closest(sub, among: ["deployment", "namespace"]))
        }
    }

    /// `kubectl create deployment NAME --image=…` (`KC/pkg/cmd/create/create_deployment.go`):
    /// labels and selector `app=NAME`, one container per image named after the image.
    func createDeployment(_ words: [String]) throws -> KubectlResult {
        let args = try ArgumentParser.parse(words, specs: Self.createDeploymentFlags)
        guard let name = args.positionals.first else { throw KubectlError.message("NAME is required") }
        let images = args.values("image")
        guard !images.isEmpty else { throw KubectlError.requiredFlag("image") }
        var replicas = 1
        if let r = args.value("replicas") {
            guard let n = Int(r) else { throw KubectlError.message("invalid argument \"\(r)\" for \"-r, --replicas\" flag: strconv.ParseInt: parsing \"\(r)\": invalid syntax") }
            replicas = n
        }
        let labels = ["app": name]
        var containers = images.map { Container(name: Self.containerName(forImage: $0), image: $0) }
        if let p = args.value("port") {
            guard let port = Int(p) else { throw KubectlError.message("invalid argument \"\(p)\" for \"--port\" flag: strconv.ParseInt: parsing \"\(p)\": invalid syntax") }
            containers[0].ports = [ContainerPort(containerPort: port)]
        }
        let template = PodTemplateSpec(metadata: ObjectMeta(labels: labels), spec: PodSpec(containers: containers))
        let d = Deployment(metadata: ObjectMeta(name: name, namespace: namespace(args), labels: labels),
                           spec: DeploymentSpec(replicas: replicas, selector: LabelSelector(matchLabels: labels), template: template))
        if args.value("dry-run") == "client" { return KubectlResult(stdout: "deployment.apps/\(name) created (dry run)\n") }
        do {
            let created = try sim.create(.deployment(d))
            sim.recordUserAction(commandLine, objects: [created.ref])
        } catch {
            throw KubectlError.message("failed to create deployment: \(error.message)")
        }
        return KubectlResult(stdout: "deployment.apps/\(name) created\n")
    }

    /// The image's last path element without tag or digest: `registry/team/my-app:1.2` → `my-app`.
    static func containerName(forImage image: String) -> String {
        var name = image
        if let at = name.firstIndex(of: "@") { name = String(name[..<at]) }
        if let slash = name.lastIndex(of: "/") { name = String(name[name.index(after: slash)...]) }
        if let colon = name.firstIndex(of: ":") { name = String(name[..<colon]) }
        return name
    }

    func createNamespace(_ words: [String]) throws -> KubectlResult {
        let args = try ArgumentParser.parse(words, specs: [FlagSpec("dry-run"), FlagSpec("output", short: "o")])
        guard let name = args.positionals.first else { throw KubectlError.message("exactly one NAME is required, got 0") }
        if args.value("dry-run") == "client" { return KubectlResult(stdout: "namespace/\(name) created (dry run)\n") }
        let created = try sim.create(.namespace(Namespace(metadata: ObjectMeta(name: name))))
        sim.recordUserAction(commandLine, objects: [created.ref])
        return KubectlResult(stdout: "namespace/\(name) created\n")
    }
}
