/// A batch/v1 CronJob: a Job template run on a five-field schedule
/// (`k8s.io/api/batch/v1/types.go CronJobSpec`).
public enum ConcurrencyPolicy: String, Hashable, Sendable, CaseIterable {
    case allow = "Allow", forbid = "Forbid", replace = "Replace"
}

public struct JobTemplateSpec: Hashable, Sendable {
    public var metadata: ObjectMeta
    public var spec: JobSpec
    public init(metadata: ObjectMeta, spec: JobSpec) { self.metadata = metadata; self.spec = spec }
}

public struct CronJobSpec: Hashable, Sendable {
    public var schedule: String
    public var timeZone: String? = nil
    public var startingDeadlineSeconds: Int64? = nil
    public var concurrencyPolicy: ConcurrencyPolicy = .allow
    public var suspend: Bool = false
    public var successfulJobsHistoryLimit: Int = 3
    public var failedJobsHistoryLimit: Int = 1
    public var jobTemplate: JobTemplateSpec
    public init(schedule: String, jobTemplate: JobTemplateSpec) { self.schedule = schedule; self.jobTemplate = jobTemplate }
}

/// A reference to a running child Job (`status.active[]`).
public struct JobReference: Hashable, Sendable {
    public var name: String
    public var namespace: String
    public var uid: String
    public init(name: String, namespace: String, uid: String) { self.name = name; self.namespace = namespace; self.uid = uid }
}

public struct CronJobStatus: Hashable, Sendable {
    public var active: [JobReference] = []
    public var lastScheduleTime: Instant? = nil
    public var lastSuccessfulTime: Instant? = nil
    public init() {}
}

public struct CronJob: Hashable, Sendable {
    public var metadata: ObjectMeta
    public var spec: CronJobSpec
    public var status = CronJobStatus()
    public init(metadata: ObjectMeta, spec: CronJobSpec) { self.metadata = metadata; self.spec = spec }
}
