import ClusterSim
import KubeModel

extension Kubectl {
    static let describeFlags: [FlagSpec] = [
        FlagSpec("all-namespaces", short: "A", .boolean), FlagSpec("filename", short: "f"),
        FlagSpec("recursive", short: "R", .boolean), FlagSpec("selector", short: "l"), FlagSpec("show-events", .boolean),
    ]

    /// `kubectl describe TYPE [NAME_PREFIX]`, `TYPE/NAME`, `-l`, `-f` (`KC/pkg/cmd/describe/describe.go`):
    /// several objects are separated by a blank line pair; a name that matches nothing
    /// exactly describes every object whose name starts with it.
    func describe(_ words: [String]) throws -> KubectlResult {
        let args = try ArgumentParser.parse(words, specs: Self.describeFlags, command: "describe")
        if args.bool("help") { return help("describe") }
        let allNamespaces = args.bool("all-namespaces")
        let ns = namespace(args)
        let showEvents = args.value("show-events").map { $0 != "false" } ?? true
        var targets: [KubeObject] = []
        var errors = ""
        if args.has("filename") {
            for (obj, _) in try objectsFromFiles(args, verb: "describe") {
                if let live = sim.get(obj.kind, obj.ref.key) { targets.append(live) }
                else { errors += KubectlError.server(.notFound(obj.kind, name: obj.metadata.name)).text + "\n" }
            }
        } else {
            guard !args.positionals.isEmpty else {
                throw KubectlError.message("You must specify the type of resource to describe. Use \"kubectl api-resources\" for a complete list of supported resources.")
            }
            let selection = try parseSelection(args.positionals, verb: "describe")
            let selector = try parseLabelSelector(args)
            if selection.names.isEmpty {
                for type in selection.types {
                    targets += list(type.kind, namespace: type.kind.isNamespaced && !allNamespaces ? ns : nil, selector: selector)
                }
                if targets.isEmpty {
                    let namespaced = selection.types.contains { $0.kind.isNamespaced }
                    return KubectlResult(stderr: namespaced && !allNamespaces ? "No resources found in \(ns) namespace.\n" : "No resources found\n")
                }
            } else {
                for (type, name) in selection.names {
                    let key = type.kind.isNamespaced ? ObjectKey(ns, name) : ObjectKey(cluster: name)
                    if let obj = sim.get(type.kind, key) { targets.append(obj); continue }
                    // `DescribeMatchingResources`: a prefix of names, when a single name was given.
                    let matches = args.positionals.count == 2
                        ? list(type.kind, namespace: type.kind.isNamespaced ? ns : nil, selector: nil).filter { $0.metadata.name.hasPrefix(name) }
                        : []
                    if matches.isEmpty { errors += KubectlError.server(.notFound(type.kind, name: name)).text + "\n" }
                    targets += matches
                }
            }
        }
        let pages = targets.map { describeObject($0, showEvents: showEvents) }
        return KubectlResult(stdout: pages.joined(separator: "\n\n"), stderr: errors, exitCode: errors.isEmpty ? 0 : 1)
    }

    func describeObject(_ object: KubeObject, showEvents: Bool) -> String {
        let events: [Event]? = showEvents ? eventsAbout(object) : nil
        switch object {
        case .pod(let p): return Describers.pod(p, events: events, now: sim.now)
        case .deployment(let d): return Describers.deployment(d, replicaSets: sim.state.replicaSets(ownedBy: d.metadata.uid), events: events, now: sim.now)
        case .replicaSet(let rs): return Describers.replicaSet(rs, pods: sim.state.pods(ownedBy: rs.metadata.uid), events: events, now: sim.now)
        case .node(let n):
            let runtime = sim.state.nodeRuntime[n.metadata.name]
            return Describers.node(n, pods: sim.state.pods(onNode: n.metadata.name), events: events, now: sim.now,
                                   renewTime: runtime.map { $0.kubeletRunning ? sim.now : $0.lastHeartbeat })
        case .namespace(let n): return Describers.namespace(n, now: sim.now)
        case .service(let s):
            // `formatEndpointSlices`: the ready addresses with their target port, at most three.
            let ready = sim.state.endpoints(of: s).filter(\.ready).sorted { ($0.pod.status.podIP ?? "") < ($1.pod.status.podIP ?? "") }
            let endpoints = s.spec.ports.map { port in
                ready.compactMap { e -> String? in
                    guard let ip = e.pod.status.podIP, let target = sim.state.targetPort(port, on: e.pod) else { return nil }
                    return "\(ip):\(target)"
                }
            }
            return Describers.service(s, events: events, now: sim.now, endpoints: endpoints)
        case .event(let e): return Describers.event(e, now: sim.now)
        case .job(let j): return Describers.job(j, pods: sim.state.pods(ownedBy: j.metadata.uid), events: events, now: sim.now)
        case .cronJob(let c): return Describers.cronJob(c, events: events, now: sim.now)
        case .persistentVolumeClaim(let c): return Describers.claim(c, events: events, now: sim.now)
        case .endpoints(let ep): return Describers.endpoints(ep, now: sim.now)
        case .endpointSlice(let s): return Describers.endpointSlice(s, now: sim.now)
        case .statefulSet(let sts): return Describers.statefulSet(sts, pods: sim.state.pods(ownedBy: sts.metadata.uid), events: events, now: sim.now)
        case .daemonSet(let ds): return Describers.daemonSet(ds, pods: sim.state.pods(ownedBy: ds.metadata.uid), events: events, now: sim.now)
        }
    }

    /// The events about an object: by UID, and for a node also by name (the kubelet
    /// reports node events with the node's name as UID).
    func eventsAbout(_ object: KubeObject) -> [Event] {
        var events = sim.state.events.about(uid: object.metadata.uid)
        if case .node = object {
            events += sim.state.events.about(uid: object.metadata.name)
        }
        return events
    }
}
