import ClusterSim
import KubeModel

extension Kubectl {
    static let scaleFlags: [FlagSpec] = [
        FlagSpec("replicas", help: "The new desired number of replicas. Required."),
        FlagSpec("current-replicas", help: "Precondition for current size. Requires that the current size of the resource match this value in order to scale. -1 (default) for no condition."),
        FlagSpec("resource-version", help: "Precondition for resource version. Requires that the current resource version match this value in order to scale."),
        FlagSpec("selector", short: "l", help: "Selector (label query) to filter on."),
        FlagSpec("all", .boolean, help: "Select all resources in the namespace of the specified resource types"),
        FlagSpec("record", .boolean, help: "Record current kubectl command in the resource annotation."),
        FlagSpec("timeout", help: "The length of time to wait before giving up on a scale operation, zero means don't wait."),
        FlagSpec("output", short: "o", help: "Output format."),
        FlagSpec("dry-run", help: "Must be \"none\", \"server\", or \"client\"."),
    ]

    /// `kubectl scale (TYPE NAME | TYPE/NAME) --replicas=COUNT` (`KC/pkg/cmd/scale/scale.go`):
    /// sets spec.replicas of deployments and replica sets, printing `deployment.apps/x scaled`.
    func scale(_ words: [String]) throws -> KubectlResult {
        let command = "scale"
        let args = try ArgumentParser.parse(words, specs: Self.scaleFlags, command: command)
        if args.bool("help") { return help(command) }
        guard let replicasText = args.value("replicas") else { throw KubectlError.requiredFlag("replicas") }
        guard let replicas = Int(replicasText) else {
            throw KubectlError.message("invalid argument \"\(replicasText)\" for \"--replicas\" flag: strconv.ParseInt: parsing \"\(replicasText)\": invalid syntax")
        }
        if replicas < 0 { throw KubectlError.message("The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0") }
        var current = -1
        if let c = args.value("current-replicas") {
            guard let n = Int(c) else {
                throw KubectlError.message("invalid argument \"\(c)\" for \"--current-replicas\" flag: strconv.ParseInt: parsing \"\(c)\": invalid syntax")
            }
            if n < -1 { throw KubectlError.message("The --current-replicas must specify an integer of -1 or greater") }
            current = n
        }
        var err = args.bool("record") ? Self.recordDeprecation : ""
        let ns = namespace(args)
        let targets = try resolveTargets(args, namespace: ns, requireNames: !args.bool("all") && args.value("selector") == nil)
        if targets.objects.isEmpty && targets.errors.isEmpty {
            return KubectlResult(stderr: err + "No resources found in \(ns) namespace.\n")
        }
        err += targets.errors
        var out = ""
        var failed = !targets.errors.isEmpty
        var refs: [ObjectRef] = []
        for object in targets.objects {
            do {
                guard var updated = try scaled(object, to: replicas, precondition: current) else { continue }
                if args.bool("record") { updated.metadata.annotations["kubernetes.io/change-cause"] = recordedCommand(words, specs: Self.scaleFlags, verb: "scale") }
                if args.value("dry-run") == "client" {
                    out += "\(object.kind.groupKind)/\(object.metadata.name) scaled (dry run)\n"
                    continue
                }
                _ = try sim.update(updated)
                refs.append(object.ref)
                out += "\(object.kind.groupKind)/\(object.metadata.name) scaled\n"
            } catch let e as KubectlError {
                err += e.text + "\n"; failed = true
            } catch let e as APIError {
                err += KubectlError.server(e).text + "\n"; failed = true
            }
        }
        if !refs.isEmpty { sim.recordUserAction(commandLine, objects: refs) }
        return KubectlResult(stdout: out, stderr: err, exitCode: failed ? 1 : 0)
    }

    /// The object with spec.replicas set, after checking `--current-replicas`
    /// (`ScalePrecondition.ValidateScale`: `Expected replicas to be 3, was 2`).
    private func scaled(_ object: KubeObject, to replicas: Int, precondition: Int) throws -> KubeObject? {
        let now: Int
        switch object {
        case .deployment(let d): now = d.spec.replicas
        case .replicaSet(let rs): now = rs.spec.replicas
        case .statefulSet(let sts): now = sts.spec.replicas
        default: throw KubectlError.server(.notFound(object.kind, name: object.metadata.name))
        }
        if precondition != -1 && precondition != now {
            throw KubectlError.message("Expected replicas to be \(precondition), was \(now)")
        }
        switch object {
        case .deployment(var d): d.spec.replicas = replicas; return .deployment(d)
        case .replicaSet(var rs): rs.spec.replicas = replicas; return .replicaSet(rs)
        case .statefulSet(var sts): sts.spec.replicas = replicas; return .statefulSet(sts)
        default: return nil
        }
    }

    static let recordDeprecation = "Flag --record has been deprecated, --record will be removed in the future\n"

    /// What `--record` stores in `kubernetes.io/change-cause` (`cmdutil.Factory.Command`):
    /// `kubectl`, the arguments in order, then every flag given as ` --name=value`.
    func recordedCommand(_ words: [String], specs: [FlagSpec], verb: String) -> String {
        var positional: [String] = [], flags: [String] = []
        let all = specs + ArgumentParser.global
        var i = 0
        while i < words.count {
            let w = words[i]
            if w.hasPrefix("--"), w.count > 2 {
                var name = String(w.dropFirst(2)), value: String? = nil
                if let eq = name.firstIndex(of: "=") { value = String(name[name.index(after: eq)...]); name = String(name[..<eq]) }
                let spec = all.first { $0.long == name }
                if value == nil { if spec?.arity == .boolean { value = "true" } else if i + 1 < words.count { i += 1; value = words[i] } }
                flags.append(" --\(name)=\(value ?? "")")
            } else if w.hasPrefix("-"), w.count > 1, let c = w.dropFirst().first, let spec = all.first(where: { $0.short == c }) {
                var value = String(w.dropFirst(2))
                if value.hasPrefix("=") { value.removeFirst() }
                if spec.arity == .boolean { value = "true" } else if value.isEmpty, i + 1 < words.count { i += 1; value = words[i] }
                flags.append(" --\(spec.long)=\(value)")
            } else {
                positional.append(w)
            }
            i += 1
        }
        return (["kubectl", verb] + positional).joined(separator: " ") + flags.joined()
    }
}

/// The objects a command names: `TYPE NAME…`, `TYPE/NAME…`, or `TYPE` with `--all`/`-l`.
struct Targets {
    var objects: [KubeObject] = []
    /// kubectl's lines for names that do not exist (`Error from server (NotFound): …`).
    var errors = ""
}

extension Kubectl {
    /// Resolves the positional arguments (and `-l`/`--all`) to existing objects, in the order
    /// named; missing names become NotFound lines, as the resource builder reports them.
    func resolveTargets(_ args: Arguments, namespace ns: String, requireNames: Bool, positionals: [String]? = nil) throws -> Targets {
        let words = positionals ?? args.positionals
        guard !words.isEmpty else {
            throw KubectlError.message("""
            You must provide one or more resources by argument or filename.
            Example resource specifications include:
               '-f rsrc.yaml'
               '--filename=rsrc.json'
               '<resource> <name>'
               '<resource>'
            """)
        }
        let selection = try parseSelection(words)
        var targets = Targets()
        if !selection.names.isEmpty {
            for (type, name) in selection.names {
                let key = type.kind.isNamespaced ? ObjectKey(ns, name) : ObjectKey(cluster: name)
                if let object = sim.get(type.kind, key) { targets.objects.append(object) } else {
                    targets.errors += KubectlError.server(.notFound(type.kind, name: name)).text + "\n"
                }
            }
            return targets
        }
        if requireNames { throw KubectlError.message("resource(s) were provided, but no name was specified") }
        var selector: LabelSelector? = nil
        if let l = args.value("selector") {
            do { selector = try LabelSelector.parse(l) } catch { throw KubectlError.message("unable to parse requirement: \(error.message)") }
        }
        for type in selection.types {
            targets.objects += list(type.kind, namespace: type.kind.isNamespaced ? ns : nil, selector: selector)
        }
        return targets
    }
}
