/// Any object the simulated API server stores, for the code paths that handle every kind
/// alike (create -f, delete, get -o yaml).
public enum KubeObject: Hashable, Sendable {
    case namespace(Namespace)
    case node(Node)
    case pod(Pod)
    case replicaSet(ReplicaSet)
    case deployment(Deployment)
    case event(Event)

    public var kind: Kind {
        switch self {
        case .namespace: return .namespace
        case .node: return .node
        case .pod: return .pod
        case .replicaSet: return .replicaSet
        case .deployment: return .deployment
        case .event: return .event
        }
    }

    public var metadata: ObjectMeta {
        get {
            switch self {
            case .namespace(let o): return o.metadata
            case .node(let o): return o.metadata
            case .pod(let o): return o.metadata
            case .replicaSet(let o): return o.metadata
            case .deployment(let o): return o.metadata
            case .event(let o): return o.metadata
            }
        }
        set {
            switch self {
            case .namespace(var o): o.metadata = newValue; self = .namespace(o)
            case .node(var o): o.metadata = newValue; self = .node(o)
            case .pod(var o): o.metadata = newValue; self = .pod(o)
            case .replicaSet(var o): o.metadata = newValue; self = .replicaSet(o)
            case .deployment(var o): o.metadata = newValue; self = .deployment(o)
            case .event(var o): o.metadata = newValue; self = .event(o)
            }
        }
    }

    public var ref: ObjectRef { ObjectRef(kind, kind.isNamespaced ? metadata.key : ObjectKey(cluster: metadata.name)) }
}
