/// Any object the simulated API server stores, for the code paths that handle every kind
/// alike (create -f, delete, get -o yaml).
public enum KubeObject: Hashable, Sendable {
    case namespace(Namespace)
    case node(Node)
    case pod(Pod)
    case replicaSet(ReplicaSet)
    case deployment(Deployment)
    case event(Event)
    case service(Service)
    case job(Job)
    case cronJob(CronJob)
    case daemonSet(DaemonSet)
    case statefulSet(StatefulSet)
    case endpoints(Endpoints)
    case endpointSlice(EndpointSlice)
    case persistentVolumeClaim(PersistentVolumeClaim)

    public var kind: Kind {
        switch self {
        case .namespace: return .namespace
        case .node: return .node
        case .pod: return .pod
        case .replicaSet: return .replicaSet
        case .deployment: return .deployment
        case .event: return .event
        case .service: return .service
        case .job: return .job
        case .cronJob: return .cronJob
        case .daemonSet: return .daemonSet
        case .statefulSet: return .statefulSet
        case .endpoints: return .endpoints
        case .endpointSlice: return .endpointSlice
        case .persistentVolumeClaim: return .persistentVolumeClaim
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
            case .service(let o): return o.metadata
            case .job(let o): return o.metadata
            case .cronJob(let o): return o.metadata
            case .daemonSet(let o): return o.metadata
            case .statefulSet(let o): return o.metadata
            case .endpoints(let o): return o.metadata
            case .endpointSlice(let o): return o.metadata
            case .persistentVolumeClaim(let o): return o.metadata
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
            case .service(var o): o.metadata = newValue; self = .service(o)
            case .job(var o): o.metadata = newValue; self = .job(o)
            case .cronJob(var o): o.metadata = newValue; self = .cronJob(o)
            case .daemonSet(var o): o.metadata = newValue; self = .daemonSet(o)
            case .statefulSet(var o): o.metadata = newValue; self = .statefulSet(o)
            case .endpoints(var o): o.metadata = newValue; self = .endpoints(o)
            case .endpointSlice(var o): o.metadata = newValue; self = .endpointSlice(o)
            case .persistentVolumeClaim(var o): o.metadata = newValue; self = .persistentVolumeClaim(o)
            }
        }
    }

    public var ref: ObjectRef { ObjectRef(kind, kind.isNamespaced ? metadata.key : ObjectKey(cluster: metadata.name)) }
}
