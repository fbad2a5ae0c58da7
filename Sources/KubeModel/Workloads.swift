public struct ReplicaSetSpec: Hashable, Sendable {
    public var replicas: Int = 1
    public var minReadySeconds: Int = 0
    public var selector: LabelSelector
    public var template: PodTemplateSpec
    public init(replicas: Int, selector: LabelSelector, template: PodTemplateSpec) {
        self.replicas = replicas; self.selector = selector; self.template = template
    }
}

public struct ReplicaSetStatus: Hashable, Sendable {
    public var replicas = 0
    public var fullyLabeledReplicas = 0
    public var readyReplicas = 0
    public var availableReplicas = 0
    public var observedGeneration: Int64 = 0
    public var conditions: [PodCondition] = []
    public init() {}
}

public struct ReplicaSet: Hashable, Sendable {
    public var metadata: ObjectMeta
    public var spec: ReplicaSetSpec
    public var status = ReplicaSetStatus()
    public init(metadata: ObjectMeta, spec: ReplicaSetSpec) { self.metadata = metadata; self.spec = spec }
}

public enum DeploymentStrategyType: String, Hashable, Sendable { case rollingUpdate = "RollingUpdate", recreate = "Recreate" }

public struct DeploymentStrategy: Hashable, Sendable {
    public var type: DeploymentStrategyType = .rollingUpdate
    public var maxSurge: IntOrString? = .string("25%")
    public var maxUnavailable: IntOrString? = .string("25%")
    public init(type: DeploymentStrategyType = .rollingUpdate, maxSurge: IntOrString? = .string("25%"),
                maxUnavailable: IntOrString? = .string("25%")) {
        self.type = type; self.maxSurge = maxSurge; self.maxUnavailable = maxUnavailable
    }
}

public struct DeploymentSpec: Hashable, Sendable {
    public var replicas: Int = 1
    public var selector: LabelSelector
    public var template: PodTemplateSpec
    public var strategy = DeploymentStrategy()
    public var minReadySeconds: Int = 0
    public var revisionHistoryLimit: Int = 10
    public var progressDeadlineSeconds: Int = 600
    public var paused: Bool = false
    public init(replicas: Int, selector: LabelSelector, template: PodTemplateSpec) {
        self.replicas = replicas; self.selector = selector; self.template = template
    }
}

public struct DeploymentCondition: Hashable, Sendable {
    public var type: String
    public var status: ConditionStatus
    public var reason: String
    public var message: String
    public var lastUpdateTime: Instant
    public var lastTransitionTime: Instant
    public init(type: String, status: ConditionStatus, reason: String, message: String,
                lastUpdateTime: Instant, lastTransitionTime: Instant) {
        self.type = type; self.status = status; self.reason = reason; self.message = message
        self.lastUpdateTime = lastUpdateTime; self.lastTransitionTime = lastTransitionTime
    }
}

public struct DeploymentStatus: Hashable, Sendable {
    public var observedGeneration: Int64 = 0
    public var replicas = 0
    public var updatedReplicas = 0
    public var readyReplicas = 0
    public var availableReplicas = 0
    public var unavailableReplicas = 0
    public var conditions: [DeploymentCondition] = []
    public var collisionCount: Int32? = nil
    public init() {}
    public func condition(_ type: String) -> DeploymentCondition? { conditions.first { $0.type == type } }
}

public struct Deployment: Hashable, Sendable {
    public var metadata: ObjectMeta
    public var spec: DeploymentSpec
    public var status = DeploymentStatus()
    public init(metadata: ObjectMeta, spec: DeploymentSpec) { self.metadata = metadata; self.spec = spec }
}
