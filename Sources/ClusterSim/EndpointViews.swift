import KubeModel

/// Endpoints and EndpointSlices as the endpoints and EndpointSlice controllers would write
/// them (`pkg/controller/endpoint`, `staging/src/k8s.io/endpointslice`), computed on read.
/// `default/kubernetes` has the API server's own address, kept by the apiserver itself.
extension ClusterState {
    static let apiServerAddress = "172.18.0.1"

    func endpointPorts(_ svc: Service, pod: Pod?) -> [EndpointPort] {
        svc.spec.ports.map { p in
            let port = pod.flatMap { targetPort(p, on: $0) } ?? (p.targetPort.flatMap { if case .int(let n) = $0 { return n } else { return nil } } ?? p.port)
            return EndpointPort(name: p.name, port: port, protocol: p.protocol)
        }
    }

    static func address(_ pod: Pod) -> EndpointAddress {
        EndpointAddress(ip: pod.status.podIP ?? "", nodeName: pod.spec.nodeName, pod: pod.metadata.key, podUID: pod.metadata.uid)
    }

    /// The Endpoints object named after the Service: ready pods in `addresses`, the others
    /// (not terminating) in `notReadyAddresses`, one subset.
    public func endpointsObject(for svc: Service) -> Endpoints {
        var meta = ObjectMeta(name: svc.metadata.name, namespace: svc.metadata.namespace, labels: svc.metadata.labels)
        meta.uid = svc.metadata.uid.isEmpty ? "" : "ep-" + svc.metadata.uid
        meta.creationTimestamp = svc.metadata.creationTimestamp
        meta.resourceVersion = svc.metadata.resourceVersion
        if svc.metadata.key == ObjectKey("default", "kubernetes") {
            var subset = EndpointSubset()
            subset.addresses = [EndpointAddress(ip: Self.apiServerAddress)]
            subset.ports = [EndpointPort(name: "https", port: 6443, protocol: "TCP")]
            return Endpoints(metadata: meta, subsets: [subset])
        }
        let eps = endpoints(of: svc)
        guard !eps.isEmpty else { return Endpoints(metadata: meta, subsets: []) }
        var subset = EndpointSubset()
        subset.addresses = eps.filter(\.ready).map { Self.address($0.pod) }.sorted { $0.ip < $1.ip }
        subset.notReadyAddresses = eps.filter { !$0.ready && $0.pod.metadata.deletionTimestamp == nil }.map { Self.address($0.pod) }.sorted { $0.ip < $1.ip }
        subset.ports = endpointPorts(svc, pod: eps.first?.pod)
        if subset.addresses.isEmpty && subset.notReadyAddresses.isEmpty { return Endpoints(metadata: meta, subsets: []) }
        return Endpoints(metadata: meta, subsets: [subset])
    }

    public func endpointsObjects(in namespace: String?) -> [Endpoints] {
        services(in: namespace).map(endpointsObject(for:))
    }

    /// One slice per Service with a selector (and the apiserver's `kubernetes` slice), named
    /// `<service>-xxxxx` with a suffix derived from the Service's UID.
    public func endpointSlices(in namespace: String?) -> [EndpointSlice] {
        services(in: namespace).compactMap { svc -> EndpointSlice? in
            let isAPI = svc.metadata.key == ObjectKey("default", "kubernetes")
            guard isAPI || !svc.spec.selector.isEmpty else { return nil }
            var meta = ObjectMeta(name: isAPI ? "kubernetes" : svc.metadata.name + "-" + Self.sliceSuffix(svc.metadata.uid),
                                  namespace: svc.metadata.namespace)
            meta.labels = ["kubernetes.io/service-name": svc.metadata.name]
            meta.labels["endpointslice.kubernetes.io/managed-by"] = isAPI ? "endpointslice-controller.k8s.io" : "endpointslice-controller.k8s.io"
            meta.creationTimestamp = svc.metadata.creationTimestamp
            meta.uid = "eps-" + svc.metadata.uid
            if isAPI {
                return EndpointSlice(metadata: meta, endpoints: [SliceEndpoint(address: EndpointAddress(ip: Self.apiServerAddress), ready: true, serving: true, terminating: false)],
                                     ports: [EndpointPort(name: "https", port: 6443, protocol: "TCP")])
            }
            let eps = endpoints(of: svc)
            let list = eps.map { e in
                SliceEndpoint(address: Self.address(e.pod), ready: e.ready, serving: e.pod.isReady,
                              terminating: e.pod.metadata.deletionTimestamp != nil)
            }
            return EndpointSlice(metadata: meta, endpoints: list, ports: eps.isEmpty ? [] : endpointPorts(svc, pod: eps.first?.pod))
        }.sorted { $0.metadata.key < $1.metadata.key }
    }

    static func sliceSuffix(_ uid: String) -> String {
        var h = TemplateHash.fnv1a32(uid)
        let alphabet = Array("bcdfghjklmnpqrstvwxz2456789")
        var out = ""
        for _ in 0..<5 { out.append(alphabet[Int(h % UInt32(alphabet.count))]); h /= UInt32(alphabet.count) }
        return out
    }
}
