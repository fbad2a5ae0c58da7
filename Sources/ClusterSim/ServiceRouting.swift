import KubeModel

/// Which pods stand behind a Service, and what a name resolves to inside the cluster —
/// what the EndpointSlice controller, CoreDNS and kube-proxy together provide.
///
/// - Endpoints (`endpointslice/utils.go podToEndpoint`, `ShouldPodBeInEndpoints`): pods in
///   the Service's namespace matching its selector that have an IP and have not finished;
///   ready = pod Ready and not terminating. A Service without a selector has none.
/// - DNS (cluster domain `cluster.local`, search path `<ns>.svc.cluster.local svc.cluster.local
///   cluster.local`): `svc`, `svc.ns`, `svc.ns.svc`, `svc.ns.svc.cluster.local` name a
///   Service; `pod.subdomain[.ns…]` names a pod of a headless Service (StatefulSets).
public struct ServiceEndpoint: Hashable, Sendable {
    public var pod: Pod
    public var ready: Bool
}

public enum Resolved: Hashable, Sendable {
    case service(Service)
    case pod(Pod)
}

extension ClusterState {
    public func endpoints(of service: Service) -> [ServiceEndpoint] {
        guard !service.spec.selector.isEmpty else { return [] }
        let selector = LabelSelector(matchLabels: service.spec.selector)
        return pods(in: service.metadata.namespace, matching: selector)
            .filter { $0.status.podIP != nil && $0.status.phase != .succeeded && $0.status.phase != .failed }
            .map { ServiceEndpoint(pod: $0, ready: $0.isReady && $0.metadata.deletionTimestamp == nil) }
    }

    /// The container port a Service port sends to on this pod: a number, or a named port
    /// looked up in the pod's containers.
    public func targetPort(_ port: ServicePort, on pod: Pod) -> Int? {
        switch port.targetPort ?? .int(port.port) {
        case .int(let n): return n
        case .string(let name):
            for c in pod.spec.containers { if let p = c.ports.first(where: { $0.name == name }) { return p.containerPort } }
            return nil
        }
    }

    /// What a host name means to a pod in `namespace`, or nil when it does not resolve.
    public func resolve(host: String, from namespace: String) -> Resolved? {
        var name = host.lowercased()
        if name.hasSuffix(".") { name.removeLast() }
        if name.hasSuffix(".cluster.local") { name = String(name.dropLast(".cluster.local".count)) }
        var parts = name.split(separator: ".").map(String.init)
        if parts.last == "svc" { parts.removeLast() }
        switch parts.count {
        case 1:
            if let s = services[ObjectKey(namespace, parts[0])] { return .service(s) }
        case 2:
            if let s = services[ObjectKey(parts[1], parts[0])] { return .service(s) }
            return podBySubdomain(pod: parts[0], service: parts[1], namespace: namespace)
        case 3:
            return podBySubdomain(pod: parts[0], service: parts[1], namespace: parts[2])
        default: break
        }
        if let ip = services.values.first(where: { $0.spec.clusterIP == host && host != "None" }) { return .service(ip) }
        return nil
    }

    private func podBySubdomain(pod: String, service: String, namespace: String) -> Resolved? {
        guard let svc = services[ObjectKey(namespace, service)], svc.spec.clusterIP == "None",
              let p = pods[ObjectKey(namespace, pod)], p.spec.subdomain == service, p.spec.hostname == pod,
              p.status.podIP != nil, p.isReady else { return nil }
        return .pod(p)
    }

    /// kube-proxy's choice for a connection to `service:port`: a ready endpoint (the first
    /// by name — the simulation does not draw random numbers for traffic) and its port.
    /// nil when the Service has no such port or no ready endpoint.
    public func route(_ service: Service, port: Int) -> (pod: Pod, port: Int)? {
        let candidates: [ServicePort]
        if service.spec.clusterIP == "None" {
            // Headless: the client connects to a pod IP directly, on the port it asked for.
            candidates = [ServicePort(port: port, targetPort: .int(port))]
        } else {
            candidates = service.spec.ports.filter { $0.port == port }
        }
        guard let sp = candidates.first else { return nil }
        for e in endpoints(of: service) where e.ready {
            if let target = targetPort(sp, on: e.pod) { return (e.pod, target) }
        }
        return nil
    }
}
