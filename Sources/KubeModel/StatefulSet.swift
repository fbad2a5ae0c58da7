/// An apps/v1 StatefulSet: pods with stable names `NAME-0 … NAME-(N−1)`, started in order
/// (`k8s.io/api/apps/v1/types.go`).
public struct PersistentVolumeClaimTemplate: Hashable, Sendable {
    public var name: String
    public var storage: String
    public var accessModes: [String]
    public var storageClassName: String?
    public init(name: String, storage: String, accessModes: [String] = ["ReadWriteOnce"], storageClassName: String? = nil) {
        self.name = name; self.storage = storage; self.accessModes = accessModes; self.storageClassName = storageClassName
    }
}

public struct StatefulSetSpec: Hashable, Sendable {
    public var replicas: Int = 1
    public var selector: LabelSelector
    public var template: PodTemplateSpec
    public var serviceName: String = ""
    public var podManagementPolicy: String = "OrderedReady"     // or Parallel
    public var updateStrategyType: String = "RollingUpdate"      // or OnDelete
    public var partition: Int = 0
    public var revisionHistoryLimit: Int = 10
    public var minReadySeconds: Int = 0
    public var volumeClaimTemplates: [PersistentVolumeClaimTemplate] = []
    public init(replicas: Int, selector: LabelSelector, template: PodTemplateSpec) {
        self.replicas = replicas; self.selector = selector; self.template = template
    }
}

public struct StatefulSetStatus: Hashable, Sendable {
    public var observedGeneration: Int64 = 0
    public var replicas = 0
    public var readyReplicas = 0
    public var currentReplicas = 0
    public var updatedReplicas = 0
    public var availableReplicas = 0
    public var currentRevision: String = ""
    public var updateRevision: String = ""
    public var collisionCount = 0
    public init() {}
}

public struct StatefulSet: Hashable, Sendable {
    public var metadata: ObjectMeta
    public var spec: StatefulSetSpec
    public var status = StatefulSetStatus()
    public init(metadata: ObjectMeta, spec: StatefulSetSpec) { self.metadata = metadata; self.spec = spec }
}
