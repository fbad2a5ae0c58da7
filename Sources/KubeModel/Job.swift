/// A batch/v1 Job: runs pods until enough of them succeed (`k8s.io/api/batch/v1/types.go`).
/// Optional fields stay optional so `-o yaml` prints what the API server defaulted.
public struct JobSpec: Hashable, Sendable {
    public var parallelism: Int? = nil
    public var completions: Int? = nil
    public var backoffLimit: Int? = nil
    public var activeDeadlineSeconds: Int64? = nil
    public var ttlSecondsAfterFinished: Int? = nil
    public var suspend: Bool? = nil
    public var completionMode: String? = nil
    public var manualSelector: Bool? = nil
    public var podReplacementPolicy: String? = nil
    public var selector: LabelSelector? = nil
    public var template: PodTemplateSpec
    public init(template: PodTemplateSpec) { self.template = template }
}

/// A Job condition (`JobCondition`): Complete, Failed, SuccessCriteriaMet, FailureTarget, Suspended.
public struct JobCondition: Hashable, Sendable {
    public var type: String
    public var status: ConditionStatus
    public var reason: String
    public var message: String
    public var lastProbeTime: Instant
    public var lastTransitionTime: Instant
    public init(type: String, status: ConditionStatus = .true, reason: String, message: String, at: Instant) {
        self.type = type; self.status = status; self.reason = reason; self.message = message
        self.lastProbeTime = at; self.lastTransitionTime = at
    }
}

public struct JobStatus: Hashable, Sendable {
    public var startTime: Instant? = nil
    public var completionTime: Instant? = nil
    public var active = 0
    public var succeeded = 0
    public var failed = 0
    public var ready = 0
    public var terminating = 0
    public var conditions: [JobCondition] = []
    public init() {}

    public func condition(_ type: String) -> JobCondition? { conditions.first { $0.type == type && $0.status == .true } }
    /// Complete or Failed: the Job will make no more pods.
    public var isFinished: Bool { condition("Complete") != nil || condition("Failed") != nil }
}

public struct Job: Hashable, Sendable {
    public var metadata: ObjectMeta
    public var spec: JobSpec
    public var status = JobStatus()
    public init(metadata: ObjectMeta, spec: JobSpec) { self.metadata = metadata; self.spec = spec }
}
