import ClusterSim
import KubeModel

extension Kubectl {
    static let cordonFlags: [FlagSpec] = [DryRun.flag, FlagSpec("selector", short: "l")]
    static let drainFlags: [FlagSpec] = [
        FlagSpec("chunk-size", .int), FlagSpec("delete-emptydir-data", .boolean), FlagSpec("delete-local-data", .boolean),
        FlagSpec("disable-eviction", .boolean), DryRun.flag, FlagSpec("force", .boolean), FlagSpec("grace-period", .int),
        FlagSpec("ignore-daemonsets", .boolean), FlagSpec("pod-selector"), FlagSpec("selector", short: "l"),
        FlagSpec("skip-wait-for-delete-timeout", .int), FlagSpec("timeout"),
    ]

    /// The nodes a cordon/uncordon/drain names: `NODE…` or `-l selector`.
    private func nodeTargets(_ args: Arguments, command: String) throws(KubectlError) -> [Node] {
        let selector = args.value("selector")
        if args.positionals.isEmpty && selector == nil { throw .usageFor("USAGE: \(command) NODE [flags]", command: command) }
        if !args.positionals.isEmpty && selector != nil {
            throw .usageFor("error: cannot specify both a node name and a --selector option", command: command)
        }
        if selector != nil {
            let s = try parseLabelSelector(args)
            return sim.state.sortedNodes.filter { s?.matches($0.metadata.labels) ?? true }
        }
        var nodes: [Node] = []
        for name in args.positionals {
            var n = name
            if let slash = name.firstIndex(of: "/") {
                let type = String(name[..<slash])
                guard ResourceType.lookup(type)?.kind == .node else { throw .message("error: expected resource of type node, got \"\(type)\"") }
                n = String(name[name.index(after: slash)...])
            }
            guard let node = sim.state.nodes[n] else { throw .server(.notFound(.node, name: n)) }
            nodes.append(node)
        }
        return nodes
    }

    /// `kubectl cordon|uncordon NODE` (`KC/pkg/cmd/drain/drain.go RunCordonOrUncordon`):
    /// sets `spec.unschedulable` and the `node.kubernetes.io/unschedulable:NoSchedule`
    /// taint (which the node lifecycle controller keeps in step with it).
    func cordon(_ words: [String], unschedulable: Bool) throws -> KubectlResult {
        let command = unschedulable ? "cordon" : "uncordon"
        let args = try ArgumentParser.parse(words, specs: Self.cordonFlags, command: command)
        if args.bool("help") { return help(command) }
        let (dryRun, warning) = try DryRun.parse(args, now: sim.now)
        let nodes = try nodeTargets(args, command: command)
        if nodes.isEmpty { return KubectlResult(stderr: warning + "No resources found\n") }
        var out = ""
        var refs: [ObjectRef] = []
        for node in nodes {
            out += try setSchedulable(node, unschedulable: unschedulable, dryRun: dryRun, refs: &refs)
        }
        if !refs.isEmpty { sim.recordUserAction(commandLine, objects: refs) }
        return KubectlResult(stdout: out, stderr: warning)
    }

    private func setSchedulable(_ node: Node, unschedulable: Bool, dryRun: DryRun, refs: inout [ObjectRef]) throws(KubectlError) -> String {
        let name = "node/\(node.metadata.name)"
        if node.spec.unschedulable == unschedulable {
            return "\(name) already \(unschedulable ? "cordoned" : "uncordoned")\(dryRun.suffix)\n"
        }
        var n = node
        n.spec.unschedulable = unschedulable
        n.spec.taints.removeAll { $0.key == Taint.unschedulableKey }
        if unschedulable { n.spec.taints.append(Taint(key: Taint.unschedulableKey, effect: "NoSchedule", timeAdded: sim.now)) }
        if dryRun == .none {
            do { _ = try sim.update(.node(n)) } catch { throw .server(error) }
            refs.append(ObjectRef(.node, ObjectKey(cluster: node.metadata.name)))
        }
        return "\(name) \(unschedulable ? "cordoned" : "uncordoned")\(dryRun.suffix)\n"
    }

    /// `kubectl drain NODE` (`drain.go RunDrain`, `KC/pkg/drain/filters.go`): cordon, then
    /// evict every pod on the node unless a filter refuses: DaemonSet pods need
    /// `--ignore-daemonsets`, emptyDir pods `--delete-emptydir-data`, pods without a
    /// controller `--force` (and are then gone for good).
    func drain(_ words: [String]) throws -> KubectlResult {
        let args = try ArgumentParser.parse(words, specs: Self.drainFlags, command: "drain")
        if args.bool("help") { return help("drain") }
        let (dryRun, warning) = try DryRun.parse(args, now: sim.now)
        let nodes = try nodeTargets(args, command: "drain")
        var out = "", err = warning
        var refs: [ObjectRef] = []
        for node in nodes { out += try setSchedulable(node, unschedulable: true, dryRun: dryRun, refs: &refs) }
        var fatal: [[String]] = []
        var pending: [String] = []
        let grace = args.value("grace-period").flatMap { Int64($0) }.flatMap { $0 < 0 ? nil : $0 }
        let podSelector: LabelSelector?
        if let ps = args.value("pod-selector") {
            do { podSelector = try LabelSelector.parse(ps) } catch { throw KubectlError.message("--pod-selector=<pod_selector> must be a valid label selector") }
        } else { podSelector = nil }
        for node in nodes {
            var errors: [String: [String]] = [:], warnings: [String: [String]] = [:]
            var evict: [Pod] = []
            for pod in sim.state.pods(onNode: node.metadata.name) where podSelector?.matches(pod.metadata.labels) ?? true {
                let id = "\(pod.metadata.namespace)/\(pod.metadata.name)"
                // `filterPods`: each filter in turn, stopping at one that keeps the pod; the
                // last status decides (so an earlier warning can be replaced by "okay").
                var status = DrainStatus.okay
                for filter in [Self.daemonSetFilter, Self.localStorageFilter, Self.unreplicatedFilter] {
                    status = filter(pod, args)
                    if !status.delete { break }
                }
                switch status {
                case .error(let m): errors[m, default: []].append(id)
                case .warning(let m, let delete):
                    warnings[m, default: []].append(id)
                    if delete { evict.append(pod) }
                case .okay: evict.append(pod)
                }
            }
            if !errors.isEmpty {
                let messages = errors.sorted { $0.key < $1.key }.map { "cannot delete \($0.key): \($0.value.joined(separator: ", "))" }
                let joined = messages.count == 1 ? messages[0] : "[" + messages.joined(separator: ", ") + "]"
                err += "error: unable to drain node \"\(node.metadata.name)\" due to error: \(joined), continuing command...\n"
                fatal.append(messages)
                pending.append(node.metadata.name)
                continue
            }
            if !warnings.isEmpty {
                err += "Warning: " + warnings.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.joined(separator: ", "))" }.joined(separator: "; ") + "\n"
            }
            let verb = args.bool("disable-eviction") ? "deleting" : "evicting"
            for pod in evict { out += "\(verb) pod \(pod.metadata.namespace)/\(pod.metadata.name)\(dryRun == .client ? " (dry run)" : "")\n" }
            if dryRun == .none {
                for pod in evict {
                    do { try sim.delete(.pod, pod.metadata.key, gracePeriod: grace) } catch { continue }
                    refs.append(ObjectRef(.pod, pod.metadata.key))
                }
                for pod in evict { out += "pod/\(pod.metadata.name) \(args.bool("disable-eviction") ? "deleted" : "evicted")\n" }
            }
            out += "node/\(node.metadata.name) drained\(dryRun.suffix)\n"
        }
        if !pending.isEmpty {
            err += "There are pending nodes to be drained:\n" + pending.map { " \($0)\n" }.joined()
            err += fatal.flatMap { $0 }.map { $0 + "\n" }.joined()
        }
        if !refs.isEmpty { sim.recordUserAction(commandLine, objects: refs) }
        return KubectlResult(stdout: out, stderr: err, exitCode: pending.isEmpty ? 0 : 1)
    }

    /// A drain filter's verdict on one pod (`KC/pkg/drain/filters.go PodDeleteStatus`).
    enum DrainStatus {
        case okay
        case warning(String, delete: Bool)
        case error(String)
        var delete: Bool {
            switch self { case .okay: return true; case .warning(_, let d): return d; case .error: return false }
        }
    }

    static func daemonSetFilter(_ pod: Pod, _ args: Arguments) -> DrainStatus {
        guard let owner = pod.metadata.controllerRef, owner.kind == "DaemonSet" else { return .okay }
        return args.bool("ignore-daemonsets") ? .warning("ignoring DaemonSet-managed Pods", delete: false)
            : .error("DaemonSet-managed Pods (use --ignore-daemonsets to ignore)")
    }

    static func localStorageFilter(_ pod: Pod, _ args: Arguments) -> DrainStatus {
        guard pod.spec.volumes.contains(where: { $0.source == .emptyDir }) else { return .okay }
        if pod.status.phase == .succeeded || pod.status.phase == .failed { return .okay }
        return args.bool("delete-emptydir-data") || args.bool("delete-local-data")
            ? .warning("deleting Pods with local storage", delete: true)
            : .error("Pods with local storage (use --delete-emptydir-data to override)")
    }

    static func unreplicatedFilter(_ pod: Pod, _ args: Arguments) -> DrainStatus {
        if pod.status.phase == .succeeded || pod.status.phase == .failed { return .okay }
        if pod.metadata.controllerRef != nil { return .okay }
        return args.bool("force") ? .warning("deleting Pods that declare no controller", delete: true)
            : .error("cannot delete Pods that declare no controller (use --force to override)")
    }
}
