import ClusterSim
import KubeModel

/// `kubectl expose (deployment|replicaset|pod|service) NAME --port=…` (`KC/pkg/cmd/expose/expose.go`,
/// `polymorphichelpers/mapbasedselectorforobject.go`, `canbeexposed.go`): a Service named
/// after the object, selecting its pods, one port (`--port`, else the containers' ports).
extension Kubectl {
    static let exposeFlags: [FlagSpec] = [
        FlagSpec("port", help: "The port that the service should serve on."),
        FlagSpec("target-port", help: "Name or number for the port on the container that the service should direct traffic to."),
        FlagSpec("name", help: "The name for the newly created object."),
        FlagSpec("type", help: "Type for this service: ClusterIP, NodePort, LoadBalancer, or ExternalName."),
        FlagSpec("protocol", help: "The network protocol for the service to be created. Default is 'TCP'."),
        FlagSpec("cluster-ip", help: "ClusterIP to be assigned to the service. Leave empty to auto-allocate, or set to 'None' to create a headless service."),
        FlagSpec("selector", short: "l", help: "A label selector to use for this service."),
        DryRun.flag, FlagSpec("output", short: "o", help: "Output format."),
    ]

    func expose(_ words: [String]) throws -> KubectlResult {
        let args = try ArgumentParser.parse(words, specs: Self.exposeFlags, command: "expose")
        var positionals = args.positionals
        if let first = positionals.first, first.contains("/") {
            let parts = first.split(separator: "/", maxSplits: 1).map(String.init)
            positionals = parts + positionals.dropFirst()
        }
        guard positionals.count == 2, let type = ResourceType.lookup(positionals[0]) else {
            throw KubectlError.message("You must provide one or more resources by argument or filename.")
        }
        let ns = namespace(args)
        guard let object = sim.get(type.kind, ObjectKey(ns, positionals[1])) else {
            throw KubectlError.server(.notFound(type.kind, name: positionals[1]))
        }
        let selector: [String: String]
        let template: PodSpec?
        let labels: [String: String]
        switch object {
        case .deployment(let d):
            guard d.spec.selector.matchExpressions.isEmpty else { throw KubectlError.message("couldn't convert expressions - \"\(d.spec.selector.description)\" to map-based selector format") }
            selector = d.spec.selector.matchLabels; template = d.spec.template.spec; labels = d.metadata.labels
        case .replicaSet(let rs):
            selector = rs.spec.selector.matchLabels; template = rs.spec.template.spec; labels = rs.metadata.labels
        case .pod(let p):
            guard !p.metadata.labels.isEmpty else { throw KubectlError.message("the pod has no labels and cannot be exposed") }
            selector = p.metadata.labels; template = p.spec; labels = p.metadata.labels
        case .service(let s):
            selector = s.spec.selector; template = nil; labels = s.metadata.labels
        default:
            throw KubectlError.message("cannot expose a \(object.kind.rawValue)\(object.kind.apiVersion.contains("/") ? "." + object.kind.apiVersion.split(separator: "/")[0] : "")")
        }
        let proto = args.value("protocol") ?? "TCP"
        var ports: [ServicePort]
        if let p = args.value("port") {
            guard let n = Int(p) else { throw KubectlError.message("invalid port \"\(p)\"") }
            ports = [ServicePort(protocol: proto, port: n)]
        } else {
            let found: [Int]
            if case .service(let s) = object { found = s.spec.ports.map(\.port) }
            else { found = (template?.containers ?? []).flatMap { $0.ports.map(\.containerPort) } }
            guard !found.isEmpty else { throw KubectlError.message("couldn't find port via --port flag or introspection") }
            ports = found.enumerated().map { i, n in ServicePort(name: found.count > 1 ? "port-\(i + 1)" : nil, protocol: proto, port: n) }
        }
        if let t = args.value("target-port") {
            for i in ports.indices { ports[i].targetPort = Int(t).map(IntOrString.int) ?? .string(t) }
        }
        let name = args.value("name") ?? String(positionals[1].prefix(63))
        var spec = ServiceSpec(type: args.value("type") ?? "ClusterIP", clusterIP: args.value("cluster-ip"), ports: ports, selector: selector)
        if let l = args.value("selector") {
            spec.selector = Dictionary(l.split(separator: ",").compactMap { kv -> (String, String)? in
                let p = kv.split(separator: "=", maxSplits: 1).map(String.init)
                return p.count == 2 ? (p[0], p[1]) : nil
            }, uniquingKeysWith: { $1 })
        }
        let svc = Service(metadata: ObjectMeta(name: name, namespace: ns, labels: labels), spec: spec)
        let (dryRun, warning) = try DryRun.parse(args, now: sim.now)
        let format = try OutputFormat.parse(args.value("output"), context: .object)
        let created: KubeObject
        if dryRun == .none {
            created = try sim.create(.service(svc))
            sim.recordUserAction(commandLine, objects: [created.ref])
        } else {
            created = .service(svc)
        }
        if format == .table { return KubectlResult(stdout: "service/\(name) exposed\(dryRun.suffix)\n", stderr: warning) }
        return try printCreated(created, format: format, dryRun: dryRun, warning: warning)
    }
}
