import ClusterSim
import KubeModel

extension Kubectl {
    static let createDeploymentFlags: [FlagSpec] = [
        FlagSpec("image", help: "Image names to run. A deployment can have multiple images set for multi-container pod."),
        FlagSpec("replicas", short: "r", .int, help: "Number of replicas to create. Default is 1."),
        FlagSpec("port", .int, help: "The containerPort that this deployment exposes."),
        DryRun.flag,
        FlagSpec("output", short: "o", help: "Output format."),
        FlagSpec("save-config", .boolean),
    ]
    static let createNamespaceFlags: [FlagSpec] = [DryRun.flag, FlagSpec("output", short: "o"), FlagSpec("save-config", .boolean)]
    static let createFileFlags: [FlagSpec] = [
        DryRun.flag, FlagSpec("filename", short: "f"), FlagSpec("output", short: "o"), FlagSpec("recursive", short: "R", .boolean),
        FlagSpec("save-config", .boolean), FlagSpec("validate", .optional("strict")),
    ]
    static let createSubcommands = ["cronjob", "deployment", "job", "namespace"]

    func create(_ words: [String]) throws -> KubectlResult {
        if let sub = words.first, !sub.hasPrefix("-") {
            let rest = Array(words.dropFirst())
            switch sub {
            case "deployment", "deploy": return try createDeployment(rest)
            case "namespace", "ns": return try createNamespace(rest)
            case "job": return try createJob(rest)
            case "cronjob", "cj": return try createCronJob(rest)
            case "configmap", "cm", "secret", "service", "svc", "ingress", "ing", "role", "rolebinding",
                 "clusterrole", "clusterrolebinding", "serviceaccount", "sa", "quota", "resourcequota", "priorityclass", "pc",
                 "poddisruptionbudget", "pdb", "token":
                throw KubectlError.message("\"kubectl create \(sub)\" is a real kubectl command, but kubetutor does not simulate it yet")
            default: break
            }
        }
        let args = try ArgumentParser.parse(words, specs: Self.createFileFlags, command: "create")
        if args.bool("help") { return help("create") }
        if !args.positionals.isEmpty {
            throw KubectlError.usageFor("Unexpected args: [\(args.positionals.joined(separator: " "))]", command: "create")
        }
        guard args.has("filename") else { throw KubectlError.message("must specify one of -f and -k") }
        return try createFromFiles(args)
    }

    /// `kubectl create -f FILE`: each object created as the file has it; an existing one
    /// is an error (`AlreadyExists`), unlike `apply`.
    func createFromFiles(_ args: Arguments) throws -> KubectlResult {
        let (dryRun, warning) = try DryRun.parse(args, now: sim.now)
        let format = try OutputFormat.parse(args.value("output"), context: .object)
        let batch = try readManifests(args, verb: "create")
        var out = ""
        var errors: [KubectlError] = []
        var warnings = warning
        var printed: [Value] = [], names: [String] = []
        var refs: [ObjectRef] = []
        for item in batch.items {
            switch item {
            case .failure(let e): errors.append(e)
            case .success(let m):
                do {
                    let name = "\(m.kind.groupKind)/\(m.document["metadata"]?["name"]?.string ?? "")"
                    if dryRun == .client {
                        printed.append(m.document); names.append(name)
                        if format == .table { out += "\(name) created (dry run)\n" }
                        continue
                    }
                    var extraAnnotation: String? = nil
                    if args.bool("save-config") { extraAnnotation = Self.lastApplied(m.document) }
                    let created = try serverCreate(m, lastApplied: extraAnnotation, dryRun: dryRun == .server, warnings: &warnings)
                    refs.append(created.ref)
                    printed.append(Serializer.value(created)); names.append(Self.nameOf(created))
                    if format == .table { out += "\(Self.nameOf(created)) created\(dryRun.suffix)\n" }
                } catch {
                    errors.append(error)
                }
            }
        }
        if !refs.isEmpty { sim.recordUserAction(commandLine, objects: refs) }
        if format != .table { out += try ObjectPrinter.printEach(printed, names: names, format: format, sortJSON: true) }
        return KubectlResult(stdout: out, stderr: warnings + KubectlError.report(errors), exitCode: errors.isEmpty ? 0 : 1)
    }

    /// The API server's side of creating a manifest object: strict decoding, defaults,
    /// validation, then the store. Errors carry `error when creating "FILE": `.
    func serverCreate(_ m: ManifestObject, lastApplied: String?, dryRun: Bool, warnings: inout String) throws(KubectlError) -> KubeObject {
        let context = "error when creating \"\(m.source)\": "
        do throws(APIError) {
            var (object, fieldErrors) = try ManifestDecoder.decode(m.document, kind: m.kind, validation: m.validation, warnings: &warnings)
            if let lastApplied { object.metadata.annotations[Self.lastAppliedKey] = lastApplied }
            try Validation.validate(object, config: sim.config, extra: fieldErrors)
            if dryRun {
                if sim.get(object.kind, object.ref.key) != nil { throw APIError.alreadyExists(object.kind, name: object.metadata.name) }
                object.metadata.uid = Synthesized.uuid(from: "dry-run/\(object.ref)")
                object.metadata.creationTimestamp = sim.now
                return object
            }
            return try sim.create(object)
        } catch {
            throw .serverContext(error, context)
        }
    }

    /// `kubectl create deployment NAME --image=…` (`KC/pkg/cmd/create/create_deployment.go`):
    /// labels and selector `app=NAME`, one container per image named after the image.
    func createDeployment(_ words: [String]) throws -> KubectlResult {
        let args = try ArgumentParser.parse(words, specs: Self.createDeploymentFlags, command: "create deployment")
        if args.bool("help") { return help("create deployment") }
        let images = args.values("image")
        guard !images.isEmpty else { throw KubectlError.requiredFlag("image") }
        guard args.positionals.count == 1 else {
            throw KubectlError.usageFor("exactly one NAME is required, got \(args.positionals.count)", command: "create deployment")
        }
        let name = args.positionals[0]
        let (dryRun, warning) = try DryRun.parse(args, now: sim.now)
        let format = try OutputFormat.parse(args.value("output"), context: .object)
        let replicas = Int(args.value("replicas") ?? "1") ?? 1
        let port = args.value("port").flatMap { Int($0) } ?? -1
        let labels = ["app": name]
        var containers = images.map { Container(name: Self.containerName(forImage: $0), image: $0) }
        let command = args.afterDashDash ?? []
        for i in containers.indices { containers[i].command = command }
        if port >= 0 { containers[0].ports = [ContainerPort(containerPort: port)] }
        let explicitNamespace = args.value("namespace")
        let template = PodTemplateSpec(metadata: ObjectMeta(labels: labels), spec: PodSpec(containers: containers))
        let d = Deployment(metadata: ObjectMeta(name: name, namespace: namespace(args), labels: labels),
                           spec: DeploymentSpec(replicas: replicas, selector: LabelSelector(matchLabels: labels), template: template))
        if dryRun == .client {
            let generated = Generators.deployment(name: name, namespace: explicitNamespace, replicas: replicas,
                                                  images: images, containerNames: containers.map(\.name), port: port, command: command)
            return try printGenerated(generated, name: "deployment.apps/\(name)", format: format, warning: warning)
        }
        var object = KubeObject.deployment(d)
        if args.bool("save-config") { object.metadata.annotations[Self.lastAppliedKey] = Self.lastApplied(Serializer.value(object)) }
        let created: KubeObject
        do throws(APIError) {
            try Validation.validate(object, config: sim.config)
            if dryRun == .server {
                if sim.get(.deployment, object.ref.key) != nil { throw APIError.alreadyExists(.deployment, name: name) }
                created = object
            } else {
                created = try sim.create(object)
                sim.recordUserAction(commandLine, objects: [created.ref])
            }
        } catch {
            throw KubectlError.message("failed to create deployment: \(error.message)")
        }
        return try printCreated(created, format: format, dryRun: dryRun, warning: warning)
    }

    /// The image's last path element without tag or digest: `registry/team/my-app:1.2` → `my-app`;
    /// `_` and `.` become `-` and get a suffix (`sanitizeAndUniquify`).
    static func containerName(forImage image: String) -> String {
        var name = image
        if let slash = name.lastIndex(of: "/") { name = String(name[name.index(after: slash)...]) }
        if let colon = name.firstIndex(of: ":") { name = String(name[..<colon]) }
        if let at = name.firstIndex(of: "@") { name = String(name[..<at]) }
        if name.contains("_") || name.contains(".") {
            name = name.replacingAll("_", with: "-").replacingAll(".", with: "-")
            name += "-" + String(Synthesized.hex("container/\(image)", length: 5).map { SeededRandom.alphanums[Int($0.hexDigitValue ?? 0) % 27] })
        }
        return name
    }

    func createNamespace(_ words: [String]) throws -> KubectlResult {
        let args = try ArgumentParser.parse(words, specs: Self.createNamespaceFlags, command: "create namespace")
        if args.bool("help") { return help("create namespace") }
        guard args.positionals.count == 1 else {
            throw KubectlError.usageFor("exactly one NAME is required, got \(args.positionals.count)", command: "create namespace")
        }
        let name = args.positionals[0]
        let (dryRun, warning) = try DryRun.parse(args, now: sim.now)
        let format = try OutputFormat.parse(args.value("output"), context: .object)
        if dryRun == .client {
            return try printGenerated(Generators.namespace(name: name), name: "namespace/\(name)", format: format, warning: warning)
        }
        var object = KubeObject.namespace(Namespace(metadata: ObjectMeta(name: name)))
        if args.bool("save-config") { object.metadata.annotations[Self.lastAppliedKey] = Self.lastApplied(Serializer.value(object)) }
        let created: KubeObject
        if dryRun == .server {
            try Validation.validate(object, config: sim.config)
            if sim.get(.namespace, object.ref.key) != nil { throw APIError.alreadyExists(.namespace, name: name) }
            created = object
        } else {
            created = try sim.create(object)
            sim.recordUserAction(commandLine, objects: [created.ref])
        }
        return try printCreated(created, format: format, dryRun: dryRun, warning: warning)
    }

    /// What `create`/`run` print for a client dry run: the generated typed object.
    func printGenerated(_ v: Value, name: String, format: OutputFormat, warning: String) throws(KubectlError) -> KubectlResult {
        if format == .table { return KubectlResult(stdout: "\(name) created (dry run)\n", stderr: warning) }
        return KubectlResult(stdout: try ObjectPrinter.print([v], names: [name], format: format, single: true, sortJSON: false), stderr: warning)
    }

    /// What `create`/`run` print for an object the server accepted (typed: JSON in field order).
    func printCreated(_ object: KubeObject, format: OutputFormat, dryRun: DryRun, warning: String) throws(KubectlError) -> KubectlResult {
        if format == .table { return KubectlResult(stdout: "\(Self.nameOf(object)) created\(dryRun.suffix)\n", stderr: warning) }
        let text = try ObjectPrinter.print([Serializer.value(object)], names: [Self.nameOf(object)], format: format, single: true, sortJSON: false)
        return KubectlResult(stdout: text, stderr: warning)
    }
}
