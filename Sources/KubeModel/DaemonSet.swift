/// An apps/v1 DaemonSet: one pod on every eligible node (`k8s.io/api/apps/v1/types.go`).
public struct DaemonSetUpdateStrategy: Hashable, Sendable {
    public var type: String = "RollingUpdate"          // or OnDelete
    public var maxUnavailable: IntOrString = .int(1)
    public var maxSurge: IntOrString = .int(0)
    public init() {}
}

public struct DaemonSetSpec: Hashable, Sendable {
    public var selector: LabelSelector
    public var template: PodTemplateSpec
    public var updateStrategy = DaemonSetUpdateStrategy()
    public var minReadySeconds: Int = 0
    public var revisionHistoryLimit: Int = 10
    public init(selector: LabelSelector, template: PodTemplateSpec) { self.selector = selector; self.template = template }
}

public struct DaemonSetStatus: Hashable, Sendable {
    public var currentNumberScheduled = 0
    public var numberMisscheduled = 0
    public var desiredNumberScheduled = 0
    public var numberReady = 0
    public var observedGeneration: Int64 = 0
    public var updatedNumberScheduled = 0
    public var numberAvailable = 0
    public var numberUnavailable = 0
    public init() {}
}

public struct DaemonSet: Hashable, Sendable {
    public var metadata: ObjectMeta
    public var spec: DaemonSetSpec
    public var status = DaemonSetStatus()
    public init(metadata: ObjectMeta, spec: DaemonSetSpec) { self.metadata = metadata; self.spec = spec }
}
