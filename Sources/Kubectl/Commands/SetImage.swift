import ClusterSim
import KubeModel

extension Kubectl {
    static let setImageFlags: [FlagSpec] = [
        FlagSpec("all", .boolean, help: "Select all resources, in the namespace of the specified resource types"),
        FlagSpec("selector", short: "l", help: "Selector (label query) to filter on."),
        FlagSpec("record", .boolean, help: "Record current kubectl command in the resource annotation."),
        FlagSpec("dry-run", help: "Must be \"none\", \"server\", or \"client\"."),
        FlagSpec("output", short: "o", help: "Output format."),
    ]

    static let setHelp = """
    Configure application resources.

     These commands help you make changes to existing application resources.

    Available Commands:
      env              Update environment variables on a pod template
      image            Update the image of a pod template
      resources        Update resource requests/limits on objects with pod templates
      selector         Set the selector on a resource
      serviceaccount   Update the service account of a resource
      subject          Update the user, group, or service account in a role binding or cluster role binding

    Usage:
      kubectl set SUBCOMMAND [options]

    Use "kubectl set <command> --help" for more information about a given command.
    Use "kubectl options" for a list of global command-line options (applies to all commands).

    """

    /// `kubectl set SUBCOMMAND`: only `image` is simulated. Without a subcommand, the help
    /// (on stdout, as for `rollout`).
    func set(_ words: [String]) throws -> KubectlResult {
        guard let sub = words.first else { return KubectlResult(stdout: Self.setHelp) }
        switch sub {
        case "image": return try setImage(Array(words.dropFirst()))
        case "-h", "--help", "help": return KubectlResult(stdout: Self.setHelp)
        default: throw KubectlError.message("unknown command \"\(sub)\"\nSee 'kubectl set -h' for help and examples")
        }
    }

    /// `kubectl set image (TYPE NAME | TYPE/NAME) CONTAINER=IMAGE …` (`KC/pkg/cmd/set/set_image.go`).
    /// Prints `deployment.apps/x image updated`; nothing at all when every image was already
    /// set (the patch is empty); `error: unable to find container named "x"` for an unknown
    /// container, while still applying the other pairs.
    func setImage(_ words: [String]) throws -> KubectlResult {
        let command = "set image"
        let args = try ArgumentParser.parse(words, specs: Self.setImageFlags, command: command)
        if args.bool("help") { return help(command) }
        let resources = args.positionals.filter { !$0.contains("=") }
        var pairs: [(container: String, image: String)] = []
        for p in args.positionals where p.contains("=") {
            let kv = p.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            pairs.append((kv[0], kv[1]))
        }
        var problems: [String] = []
        if args.bool("all") && args.value("selector") != nil { problems.append("cannot set --all and --selector at the same time") }
        if resources.isEmpty { problems.append("one or more resources must be specified as <resource> <name> or <resource>/<name>") }
        if pairs.isEmpty {
            problems.append("at least one image update is required")
        } else if pairs.count > 1 && pairs.contains(where: { $0.container == "*" }) {
            problems.append("all containers are already specified by *, but saw more than one container_name=container_image pairs")
        }
        if !problems.isEmpty {
            throw KubectlError.message(problems.count == 1 ? problems[0] : "[" + problems.joined(separator: ", ") + "]")
        }
        // Later pairs for the same container win, as in kubectl's map; errors come sorted.
        var images: [String: String] = [:]
        for p in pairs { images[p.container] = p.image }

        let ns = namespace(args)
        let targets = try resolveTargets(args, namespace: ns, requireNames: !args.bool("all") && args.value("selector") == nil,
                                         positionals: resources)
        var out = "", err = args.bool("record") ? Self.recordDeprecation : ""
        err += targets.errors
        var failed = !targets.errors.isEmpty
        var refs: [ObjectRef] = []
        for object in targets.objects {
            guard var spec = Self.podSpec(of: object) else {
                err += "error: \(object.kind.groupKind)/\(object.metadata.name) the object is not a pod or does not have a pod template: *v1.\(object.kind.rawValue)\n"
                failed = true
                continue
            }
            let before = spec
            for (container, image) in images.sorted(by: { $0.key < $1.key }) {
                var found = false
                for i in spec.initContainers.indices where container == "*" || spec.initContainers[i].name == container {
                    spec.initContainers[i].image = image; found = true
                }
                for i in spec.containers.indices where container == "*" || spec.containers[i].name == container {
                    spec.containers[i].image = image; found = true
                }
                if !found { err += "error: unable to find container named \"\(container)\"\n"; failed = true }
            }
            var updated = Self.withPodSpec(object, spec)
            if args.bool("record") {
                updated.metadata.annotations["kubernetes.io/change-cause"] = recordedCommand(words, specs: Self.setImageFlags, verb: "set image")
            }
            if spec == before && updated.metadata.annotations == object.metadata.annotations { continue }
            if args.value("dry-run") == "client" {
                out += "\(object.kind.groupKind)/\(object.metadata.name) image updated (dry run)\n"
                continue
            }
            do {
                _ = try sim.update(updated)
                refs.append(object.ref)
                out += "\(object.kind.groupKind)/\(object.metadata.name) image updated\n"
            } catch {
                err += "error: failed to patch image update to pod template: \(error.message)\n"
                failed = true
            }
        }
        if !refs.isEmpty { sim.recordUserAction(commandLine, objects: refs) }
        return KubectlResult(stdout: out, stderr: err, exitCode: failed ? 1 : 0)
    }

    /// The pod spec `set image` edits (`UpdatePodSpecForObject`): a workload's template.
    static func podSpec(of object: KubeObject) -> PodSpec? {
        switch object {
        case .deployment(let d): return d.spec.template.spec
        case .replicaSet(let rs): return rs.spec.template.spec
        case .daemonSet(let ds): return ds.spec.template.spec
        case .statefulSet(let sts): return sts.spec.template.spec
        case .job(let j): return j.spec.template.spec
        case .cronJob(let c): return c.spec.jobTemplate.spec.template.spec
        default: return nil
        }
    }

    static func withPodSpec(_ object: KubeObject, _ spec: PodSpec) -> KubeObject {
        switch object {
        case .deployment(var d): d.spec.template.spec = spec; return .deployment(d)
        case .replicaSet(var rs): rs.spec.template.spec = spec; return .replicaSet(rs)
        case .daemonSet(var ds): ds.spec.template.spec = spec; return .daemonSet(ds)
        case .statefulSet(var sts): sts.spec.template.spec = spec; return .statefulSet(sts)
        case .job(var j): j.spec.template.spec = spec; return .job(j)
        case .cronJob(var c): c.spec.jobTemplate.spec.template.spec = spec; return .cronJob(c)
        default: return object
        }
    }
}
