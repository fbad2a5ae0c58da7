import ClusterSim
import KubeModel

extension Kubectl {
    static let deleteFlags: [FlagSpec] = [
        FlagSpec("selector", short: "l", help: "Selector (label query) to filter on."),
        FlagSpec("all", .boolean, help: "Delete all resources, in the namespace of the specified resource types."),
        FlagSpec("cascade", help: "Must be \"background\", \"orphan\", or \"foreground\"."),
        FlagSpec("grace-period", help: "Period of time in seconds given to the resource to terminate gracefully."),
        FlagSpec("force", .boolean, help: "If true, immediately remove resources from API and bypass graceful deletion."),
        FlagSpec("filename", short: "f", help: "containing the resource to delete."),
        FlagSpec("wait", .boolean, help: "If true, wait for resources to be gone before returning."),
        FlagSpec("now", .boolean, help: "If true, resources are signaled for immediate shutdown (same as --grace-period=1)."),
    ]

    func delete(_ words: [String]) throws -> KubectlResult {
        let args = try ArgumentParser.parse(words, specs: Self.deleteFlags)
        var err = ""
        var propagation = Propagation.background
        if let c = args.value("cascade") {
            switch c {
            case "background", "true": propagation = .background
            case "foreground": propagation = .foreground
            case "orphan": propagation = .orphan
            case "false":
                propagation = .orphan
                err += "warning: --cascade=false is deprecated (boolean value) and can be replaced with --cascade=orphan.\n"
            default: throw KubectlError.message("invalid cascade value (\(c)). Must be \"background\", \"foreground\", or \"orphan\".")
            }
        }
        var grace: Int64? = args.value("grace-period").flatMap { Int64($0) }
        if args.bool("now") { grace = 1 }
        let force = args.bool("force")
        if force && grace == 0 {
            err += "Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n"
        }
        let selection = try parseSelection(args.positionals)
        let ns = namespace(args)
        var targets: [(ResourceType, String)] = selection.names
        if targets.isEmpty {
            if !args.bool("all") && args.value("selector") == nil {
                throw KubectlError.message("resource(s) were provided, but no name was specified")
            }
            var selector: LabelSelector? = nil
            if let l = args.value("selector") {
                do { selector = try LabelSelector.parse(l) } catch { throw KubectlError.message("unable to parse requirement: \(error.message)") }
            }
            for type in selection.types {
                for o in list(type.kind, namespace: type.kind.isNamespaced ? ns : nil, selector: selector) { targets.append((type, o.metadata.name)) }
            }
            if targets.isEmpty { return KubectlResult(stderr: err + "No resources found\n") }
        }
        var out = ""
        var failed = false
        var refs: [ObjectRef] = []
        for (type, name) in targets {
            let key = type.kind.isNamespaced ? ObjectKey(ns, name) : ObjectKey(cluster: name)
            do {
                try sim.delete(type.kind, key, propagation: propagation, gracePeriod: grace)
                refs.append(ObjectRef(type.kind, key))
                let verb = force && grace == 0 ? "force deleted" : "deleted"
                out += "\(type.kind.groupKind) \"\(name)\" \(verb)\n"
            } catch {
                err += KubectlError.server(error).text + "\n"
                failed = true
            }
        }
        if !refs.isEmpty { sim.recordUserAction(commandLine, objects: refs) }
        return KubectlResult(stdout: out, stderr: err, exitCode: failed ? 1 : 0)
    }
}
