/// core/v1 Endpoints and discovery.k8s.io/v1 EndpointSlice: the addresses behind a Service.
/// In the simulation they are views, computed from the Service and its pods when read.
public struct EndpointPort: Hashable, Sendable {
    public var name: String?
    public var port: Int
    public var `protocol`: String
    public init(name: String?, port: Int, protocol: String) { self.name = name; self.port = port; self.protocol = `protocol` }
}

public struct EndpointAddress: Hashable, Sendable {
    public var ip: String
    public var nodeName: String?
    /// The pod behind the address (namespace, name, uid), if any.
    public var pod: ObjectKey?
    public var podUID: String?
    public init(ip: String, nodeName: String? = nil, pod: ObjectKey? = nil, podUID: String? = nil) {
        self.ip = ip; self.nodeName = nodeName; self.pod = pod; self.podUID = podUID
    }
}

public struct EndpointSubset: Hashable, Sendable {
    public var addresses: [EndpointAddress] = []
    public var notReadyAddresses: [EndpointAddress] = []
    public var ports: [EndpointPort] = []
    public init() {}
}

public struct Endpoints: Hashable, Sendable {
    public var metadata: ObjectMeta
    public var subsets: [EndpointSubset]
    public init(metadata: ObjectMeta, subsets: [EndpointSubset]) { self.metadata = metadata; self.subsets = subsets }
}

public struct SliceEndpoint: Hashable, Sendable {
    public var address: EndpointAddress
    public var ready: Bool
    public var serving: Bool
    public var terminating: Bool
    public init(address: EndpointAddress, ready: Bool, serving: Bool, terminating: Bool) {
        self.address = address; self.ready = ready; self.serving = serving; self.terminating = terminating
    }
}

public struct EndpointSlice: Hashable, Sendable {
    public var metadata: ObjectMeta
    public var addressType = "IPv4"
    public var endpoints: [SliceEndpoint]
    public var ports: [EndpointPort]
    public init(metadata: ObjectMeta, endpoints: [SliceEndpoint], ports: [EndpointPort]) {
        self.metadata = metadata; self.endpoints = endpoints; self.ports = ports
    }
}
