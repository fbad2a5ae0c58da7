/// batch/v1 Job and CronJob fields (`k8s.io/api/batch/v1/types.go`, v0.32).
extension Schemas {
    static let jobSpec = Schema("JobSpec", [
        ("parallelism", .int32), ("completions", .int32), ("activeDeadlineSeconds", .int64), ("podFailurePolicy", .any),
        ("successPolicy", .any), ("backoffLimit", .int32), ("backoffLimitPerIndex", .int32), ("maxFailedIndexes", .int32),
        ("selector", .object(labelSelector)), ("manualSelector", .bool), ("template", .object(podTemplateSpec)),
        ("ttlSecondsAfterFinished", .int32), ("completionMode", .string), ("suspend", .bool),
        ("podReplacementPolicy", .string), ("managedBy", .string),
    ])

    static let job = top("Job", package: "v1", spec: jobSpec)

    static let cronJob = top("CronJob", package: "v1", spec: Schema("CronJobSpec", [
        ("schedule", .string), ("timeZone", .string), ("startingDeadlineSeconds", .int64), ("concurrencyPolicy", .string),
        ("suspend", .bool), ("jobTemplate", .object(Schema("JobTemplateSpec", [("metadata", .object(objectMeta)), ("spec", .object(jobSpec))]))),
        ("successfulJobsHistoryLimit", .int32), ("failedJobsHistoryLimit", .int32),
    ]))
}

/// apps/v1 DaemonSet fields.
extension Schemas {
    static let daemonSet = top("DaemonSet", spec: Schema("DaemonSetSpec", [
        ("selector", .object(labelSelector)), ("template", .object(podTemplateSpec)),
        ("updateStrategy", .object(Schema("DaemonSetUpdateStrategy", [("type", .string), ("rollingUpdate", .object(Schema("RollingUpdateDaemonSet", [
            ("maxUnavailable", .intOrString), ("maxSurge", .intOrString)])))]))),
        ("minReadySeconds", .int32), ("templateGeneration", .int64), ("revisionHistoryLimit", .int32),
    ]))
}

/// apps/v1 StatefulSet fields.
extension Schemas {
    static let statefulSet = top("StatefulSet", spec: Schema("StatefulSetSpec", [
        ("replicas", .int32), ("selector", .object(labelSelector)), ("template", .object(podTemplateSpec)),
        ("volumeClaimTemplates", .array(.any)), ("serviceName", .string), ("podManagementPolicy", .string),
        ("updateStrategy", .object(Schema("StatefulSetUpdateStrategy", [("type", .string), ("rollingUpdate", .object(Schema("RollingUpdateStatefulSetStrategy", [
            ("partition", .int32), ("maxUnavailable", .intOrString)])))]))),
        ("revisionHistoryLimit", .int32), ("minReadySeconds", .int32), ("persistentVolumeClaimRetentionPolicy", .any),
        ("ordinals", .any),
    ]))
}

/// core/v1 PersistentVolumeClaim fields.
extension Schemas {
    static let persistentVolumeClaim = top("PersistentVolumeClaim", spec: Schema("PersistentVolumeClaimSpec", [
        ("accessModes", .array(.string)), ("selector", .object(labelSelector)), ("resources", .any), ("volumeName", .string),
        ("storageClassName", .string), ("volumeMode", .string), ("dataSource", .any), ("dataSourceRef", .any),
        ("volumeAttributesClassName", .string),
    ]))
}
