/// A core/v1 Service, reduced to what the cluster's own `default/kubernetes` Service and
/// stored manifests need: a type, a cluster IP, ports and a selector. Nothing routes
/// traffic through it yet.
public struct ServicePort: Hashable, Sendable {
    public var name: String?
    public var `protocol`: String
    public var port: Int
    public var targetPort: IntOrString?
    public var nodePort: Int?
    public init(name: String? = nil, protocol: String = "TCP", port: Int, targetPort: IntOrString? = nil, nodePort: Int? = nil) {
        self.name = name; self.protocol = `protocol`; self.port = port; self.targetPort = targetPort; self.nodePort = nodePort
    }
}

public struct ServiceSpec: Hashable, Sendable {
    public var type: String = "ClusterIP"
    public var clusterIP: String? = nil
    public var ports: [ServicePort] = []
    public var selector: [String: String] = [:]
    public var sessionAffinity: String = "None"
    public init(type: String = "ClusterIP", clusterIP: String? = nil, ports: [ServicePort] = [], selector: [String: String] = [:]) {
        self.type = type; self.clusterIP = clusterIP; self.ports = ports; self.selector = selector
    }
}

public struct Service: Hashable, Sendable {
    public var metadata: ObjectMeta
    public var spec: ServiceSpec
    public init(metadata: ObjectMeta, spec: ServiceSpec) { self.metadata = metadata; self.spec = spec }
}
