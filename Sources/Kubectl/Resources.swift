import KubeModel

/// The resource types kubectl knows here, with their names and short names as
/// `kubectl api-resources` lists them.
public struct ResourceType: Sendable, Equatable {
    public var kind: Kind
    public var plural: String
    public var singular: String
    public var shortNames: [String]

    public static let all: [ResourceType] = [
        ResourceType(kind: .pod, plural: "pods", singular: "pod", shortNames: ["po"]),
        ResourceType(kind: .deployment, plural: "deployments", singular: "deployment", shortNames: ["deploy"]),
        ResourceType(kind: .replicaSet, plural: "replicasets", singular: "replicaset", shortNames: ["rs"]),
        ResourceType(kind: .node, plural: "nodes", singular: "node", shortNames: ["no"]),
        ResourceType(kind: .namespace, plural: "namespaces", singular: "namespace", shortNames: ["ns"]),
        ResourceType(kind: .event, plural: "events", singular: "event", shortNames: ["ev"]),
        ResourceType(kind: .service, plural: "services", singular: "service", shortNames: ["svc"]),
        ResourceType(kind: .persistentVolumeClaim, plural: "persistentvolumeclaims", singular: "persistentvolumeclaim", shortNames: ["pvc"]),
        ResourceType(kind: .endpoints, plural: "endpoints", singular: "endpoints", shortNames: ["ep"]),
        ResourceType(kind: .endpointSlice, plural: "endpointslices", singular: "endpointslice", shortNames: []),
        ResourceType(kind: .statefulSet, plural: "statefulsets", singular: "statefulset", shortNames: ["sts"]),
        ResourceType(kind: .daemonSet, plural: "daemonsets", singular: "daemonset", shortNames: ["ds"]),
        ResourceType(kind: .job, plural: "jobs", singular: "job", shortNames: []),
        ResourceType(kind: .cronJob, plural: "cronjobs", singular: "cronjob", shortNames: ["cj"]),
    ]

    /// Resolves `po`, `pods`, `Pod`, `deployments.apps`, `deploy` to a type.
    public static func lookup(_ word: String) -> ResourceType? {
        var w = word.lowercased()
        if let dot = w.firstIndex(of: ".") { w = String(w[..<dot]) }
        return all.first { $0.plural == w || $0.singular == w || $0.shortNames.contains(w) }
    }

    public static func of(_ kind: Kind) -> ResourceType { all.first { $0.kind == kind }! }
}
