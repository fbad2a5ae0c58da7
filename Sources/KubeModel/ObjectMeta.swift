/// The kinds the simulation stores. The raw value is the API `kind`.
public enum Kind: String, CaseIterable, Hashable, Sendable, Comparable {
    case namespace = "Namespace", node = "Node", pod = "Pod", replicaSet = "ReplicaSet"
    case deployment = "Deployment", event = "Event", service = "Service"
    case job = "Job", cronJob = "CronJob", daemonSet = "DaemonSet"
    case statefulSet = "StatefulSet"
    case endpoints = "Endpoints", endpointSlice = "EndpointSlice"
    case persistentVolumeClaim = "PersistentVolumeClaim"

    public var apiVersion: String {
        switch self {
        case .replicaSet, .deployment, .daemonSet, .statefulSet: return "apps/v1"
        case .job, .cronJob: return "batch/v1"
        case .endpointSlice: return "discovery.k8s.io/v1"
        default: return "v1"
        }
    }
    public var isNamespaced: Bool { self != .namespace && self != .node }
    public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
}

/// Namespace and name: how objects are addressed in the store.
///
/// A key carries a fingerprint of both, made once: hashing it is hashing eight bytes, and two
/// different keys nearly always differ there, so a table probing past other keys never reads
/// their names. (The pods of one Deployment share a long prefix, `big-7d9f8c6b5-`, and a
/// 150,000-pod table compared those names byte by byte on every probe.)
public struct ObjectKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let namespace: String
    public let name: String
    private let fingerprint: UInt64

    public init(_ namespace: String, _ name: String) {
        self.namespace = namespace; self.name = name
        fingerprint = Self.fingerprint(name, from: Self.fingerprint(namespace, from: 0xcbf2_9ce4_8422_2325))
    }
    public init(cluster name: String) { self.init("", name) }
    public var description: String { namespace.isEmpty ? name : "\(namespace)/\(name)" }
    public static func < (a: ObjectKey, b: ObjectKey) -> Bool { (a.namespace, a.name) < (b.namespace, b.name) }
    public static func == (a: ObjectKey, b: ObjectKey) -> Bool {
        a.fingerprint == b.fingerprint && a.name == b.name && a.namespace == b.namespace
    }
    public func hash(into hasher: inout Hasher) { hasher.combine(fingerprint) }

    /// 64-bit FNV-1a over the bytes, then a separator (so `a`,`bc` and `ab`,`c` differ).
    private static func fingerprint(_ s: String, from start: UInt64) -> UInt64 {
        var h = start
        var s = s
        s.withUTF8 { bytes in
            for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        }
        return (h ^ 0xff) &* 0x0000_0100_0000_01b3
    }
}

/// A kind and a key together: `pod default/web-1`.
public struct ObjectRef: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var kind: Kind
    public var key: ObjectKey
    public init(_ kind: Kind, _ key: ObjectKey) { self.kind = kind; self.key = key }
    public var description: String { "\(kind.rawValue.lowercased())/\(key.name)" }
    public static func < (a: ObjectRef, b: ObjectRef) -> Bool { (a.kind, a.key) < (b.kind, b.key) }
}

public struct OwnerReference: Hashable, Sendable {
    public var apiVersion: String
    public var kind: String
    public var name: String
    public var uid: String
    public var controller: Bool?
    public var blockOwnerDeletion: Bool?

    public init(apiVersion: String, kind: String, name: String, uid: String,
                controller: Bool? = nil, blockOwnerDeletion: Bool? = nil) {
        self.apiVersion = apiVersion; self.kind = kind; self.name = name; self.uid = uid
        self.controller = controller; self.blockOwnerDeletion = blockOwnerDeletion
    }

    /// `metav1.NewControllerRef`: controller and blockOwnerDeletion both true.
    public static func controllerRef(kind: Kind, meta: ObjectMeta) -> OwnerReference {
        OwnerReference(apiVersion: kind.apiVersion, kind: kind.rawValue, name: meta.name, uid: meta.uid,
                       controller: true, blockOwnerDeletion: true)
    }
}

public struct ObjectMeta: Hashable, Sendable {
    public var name: String = "" { didSet { key = ObjectKey(namespace, name) } }
    public var generateName: String? = nil
    public var namespace: String = "" { didSet { key = ObjectKey(namespace, name) } }
    public var uid: String = ""
    public var resourceVersion: String = ""
    public var generation: Int64 = 0
    public var creationTimestamp: Instant? = nil
    public var deletionTimestamp: Instant? = nil
    public var deletionGracePeriodSeconds: Int64? = nil
    public var labels: [String: String] = [:]
    public var annotations: [String: String] = [:]
    public var ownerReferences: [OwnerReference] = []
    public var finalizers: [String] = []

    public init(name: String = "", namespace: String = "", labels: [String: String] = [:],
                annotations: [String: String] = [:]) {
        self.name = name; self.namespace = namespace; self.labels = labels; self.annotations = annotations
        key = ObjectKey(namespace, name)
    }

    /// Namespace and name as a store key, made when either changes: the store and the
    /// controllers ask a pod for its key a dozen times a write, and a key's fingerprint reads
    /// both strings.
    public private(set) var key = ObjectKey("", "")
    /// The owner reference with `controller: true`, if any: the one object that manages this one.
    public var controllerRef: OwnerReference? { ownerReferences.first { $0.controller == true } }
    /// The controller's UID alone, read in place: the store's indexes ask for it on every pod
    /// write, and `controllerRef` copies the whole reference to answer.
    public var controllerUID: String? {
        for i in ownerReferences.indices where ownerReferences[i].controller == true { return ownerReferences[i].uid }
        return nil
    }
    public var isTerminating: Bool { deletionTimestamp != nil }
}

extension Kind {
    /// The plural resource name in API paths and error messages: `pods`, `deployments`.
    public var resource: String {
        switch self {
        case .namespace: return "namespaces"
        case .node: return "nodes"
        case .pod: return "pods"
        case .replicaSet: return "replicasets"
        case .deployment: return "deployments"
        case .event: return "events"
        case .service: return "services"
        case .job: return "jobs"
        case .cronJob: return "cronjobs"
        case .daemonSet: return "daemonsets"
        case .statefulSet: return "statefulsets"
        case .endpoints: return "endpoints"
        case .endpointSlice: return "endpointslices"
        case .persistentVolumeClaim: return "persistentvolumeclaims"
        }
    }
    /// `deployments.apps`, `pods`: how the API server names the resource in errors.
    public var groupResource: String {
        let group = apiVersion.contains("/") ? String(apiVersion.split(separator: "/")[0]) : ""
        return group.isEmpty ? resource : "\(resource).\(group)"
    }
    /// `deployment.apps`, `pod`: the prefix kubectl's name printer uses.
    public var groupKind: String {
        let group = apiVersion.contains("/") ? String(apiVersion.split(separator: "/")[0]) : ""
        return group.isEmpty ? rawValue.lowercased() : "\(rawValue.lowercased()).\(group)"
    }
}
