import ClusterSim
import KubeModel

/// `--dry-run`: none, client (print only) or server (validated, not stored).
enum DryRun: Equatable {
    case none, client, server

    static let flag = FlagSpec("dry-run", .optional("unchanged"))

    /// `cmdutil.GetDryRunStrategy`, with its deprecation warnings (a klog line on stderr).
    static func parse(_ args: Arguments, now: Instant) throws(KubectlError) -> (DryRun, warning: String) {
        guard let raw = args.value("dry-run") else { return (.none, "") }
        func klog(_ message: String) -> String {
            let c = CivilTime(now)
            func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            let micros = String(now.milliseconds % 1000 * 1000)
            return "W\(pad(c.month))\(pad(c.day)) \(pad(c.hour)):\(pad(c.minute)):\(pad(c.second)).\(String(repeating: "0", count: 6 - micros.count) + micros)    4242 helpers.go:716] \(message)\n"
        }
        switch raw {
        case "unchanged": return (.client, klog("--dry-run is deprecated and can be replaced with --dry-run=client."))
        case "client": return (.client, "")
        case "server": return (.server, "")
        case "none": return (.none, "")
        case "true", "1", "t", "T", "TRUE", "True":
            return (.client, klog("--dry-run=\(raw) is deprecated (boolean value) and can be replaced with --dry-run=client."))
        case "false", "0", "f", "F", "FALSE", "False":
            return (.none, klog("--dry-run=\(raw) is deprecated (boolean value) and can be replaced with --dry-run=none."))
        default:
            throw .message("Invalid dry-run value (\(raw)). Must be \"none\", \"server\", or \"client\".")
        }
    }

    /// What the name printer appends: ` (dry run)`, ` (server dry run)`.
    var suffix: String {
        switch self { case .none: return ""; case .client: return " (dry run)"; case .server: return " (server dry run)" }
    }
}

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
    static let createSubcommands = ["deployment", "namespace"]

    func create(_ words: [String]) throws -> KubectlResult {
        if let sub = words.first, !sub.hasPrefix("-") {
            let rest = Array(words.dropFirst())
            switch sub {
            case "deployment", "deploy": return try createDeployment(rest)
            case "namespace", "ns": return try createNamespace(rest)
            case "configmap", "cm", "secret", "service", "svc", "job", "cronjob", "cj", "ingress", "ing", "role", "rolebinding",
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
                    let created = try serverCreate(m, lastApplied: extraAnnotation, dryRun: dryRun == .server)
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
        return KubectlResult(stdout: out, stderr: warning + KubectlError.report(errors), exitCode: errors.isEmpty ? 0 : 1)
    }

    /// The API server's side of creating a manifest object: strict decoding, defaults,
    /// validation, then the store. Errors carry `error when creating "FILE": `.
    func serverCreate(_ m: ManifestObject, lastApplied: String?, dryRun: Bool) throws(KubectlError) -> KubeObject {
        let context = "error when creating \"\(m.source)\": "
        do throws(APIError) {
            var (object, fieldErrors) = try ManifestDecoder.decode(m.document, kind: m.kind)
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

/// The objects kubectl's generators build for a client dry run, field for field: nothing
/// the server would add, `creationTimestamp: null`, empty `strategy`, `resources` and `status`.
enum Generators {
    static func meta(name: String, namespace: String?, labels: [String: String]) -> Value {
        var b = ObjectBuilder()
        b.put("name", .string(name))
        b.str("namespace", namespace)
        b.put("creationTimestamp", .null)
        b.map("labels", labels)
        return b.value
    }

    /// `create_deployment.go createDeployment`.
    static func deployment(name: String, namespace: String?, replicas: Int, images: [String], containerNames: [String],
                           port: Int, command: [String]) -> Value {
        let labels = ["app": name]
        let containers: [Value] = zip(images, containerNames).enumerated().map { i, pair in
            var c = ObjectBuilder()
            c.put("name", .string(pair.1))
            c.put("image", .string(pair.0))
            c.list("command", command.map { .string($0) })
            if i == 0 && port >= 0 { c.put("ports", .array([.object([.init("containerPort", .int(Int64(port)))])])) }
            c.put("resources", .emptyObject)
            return c.value
        }
        let template = Value.object([
            .init("metadata", .object([.init("creationTimestamp", .null), .init("labels", .object([.init("app", .string(name))]))])),
            .init("spec", .object([.init("containers", .array(containers))])),
        ])
        return .object([
            .init("kind", .string("Deployment")), .init("apiVersion", .string("apps/v1")),
            .init("metadata", meta(name: name, namespace: namespace, labels: labels)),
            .init("spec", .object([
                .init("replicas", .int(Int64(replicas))),
                .init("selector", .object([.init("matchLabels", .object([.init("app", .string(name))]))])),
                .init("template", template),
                .init("strategy", .emptyObject),
            ])),
            .init("status", .emptyObject),
        ])
    }

    static func namespace(name: String) -> Value {
        .object([
            .init("kind", .string("Namespace")), .init("apiVersion", .string("v1")),
            .init("metadata", .object([.init("name", .string(name)), .init("creationTimestamp", .null)])),
            .init("spec", .emptyObject), .init("status", .emptyObject),
        ])
    }

    /// `generate/versioned/run.go BasicPod`: container named after the pod, `run: NAME`
    /// label (unless `--labels`), `dnsPolicy: ClusterFirst`, `restartPolicy` (default Always).
    static func pod(_ pod: Pod, namespace: String?) -> Value {
        let c = pod.spec.containers[0]
        var cb = ObjectBuilder()
        cb.put("name", .string(c.name))
        cb.put("image", .string(c.image))
        cb.list("command", c.command.map { .string($0) })
        cb.list("args", c.args.map { .string($0) })
        cb.list("ports", c.ports.map { .object([.init("containerPort", .int(Int64($0.containerPort)))]) })
        cb.list("env", c.env.map { .object([.init("name", .string($0.name)), .init("value", .string($0.value ?? ""))]) })
        cb.put("resources", .emptyObject)
        cb.str("imagePullPolicy", c.imagePullPolicy)
        var spec = ObjectBuilder()
        spec.put("containers", .array([cb.value]))
        spec.put("restartPolicy", .string(pod.spec.restartPolicy.rawValue))
        spec.put("dnsPolicy", .string("ClusterFirst"))
        return .object([
            .init("kind", .string("Pod")), .init("apiVersion", .string("v1")),
            .init("metadata", meta(name: pod.metadata.name, namespace: namespace, labels: pod.metadata.labels)),
            .init("spec", spec.value),
            .init("status", .emptyObject),
        ])
    }
}
