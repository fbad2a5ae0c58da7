import ClusterSim
import KubeModel

/// Jobs and CronJobs from a manifest, with the defaults `SetDefaults_CronJob` applies
/// (`SetDefaults_Job` runs in the simulated API server, which knows the UID it needs).
extension ModelReader {
    mutating func jobSpec(_ v: Value?, path: String) -> JobSpec {
        let tv = v?["template"]
        var tmeta = metadata(tv?["metadata"])
        tmeta.namespace = ""
        var s = JobSpec(template: PodTemplateSpec(metadata: tmeta, spec: podSpec(tv?["spec"], path: "\(path).template.spec")))
        s.parallelism = Self.int(v?["parallelism"])
        s.completions = Self.int(v?["completions"])
        s.backoffLimit = Self.int(v?["backoffLimit"])
        s.activeDeadlineSeconds = Self.int(v?["activeDeadlineSeconds"]).map(Int64.init)
        s.ttlSecondsAfterFinished = Self.int(v?["ttlSecondsAfterFinished"])
        if case .bool(let b)? = v?["suspend"] { s.suspend = b }
        if case .bool(let b)? = v?["manualSelector"] { s.manualSelector = b }
        s.completionMode = v?["completionMode"]?.string
        s.podReplacementPolicy = v?["podReplacementPolicy"]?.string
        if let sel = v?["selector"], sel != .null { s.selector = labelSelector(sel) }
        return s
    }

    mutating func cronJobSpec(_ v: Value?) -> CronJobSpec {
        let jt = v?["jobTemplate"]
        var jmeta = metadata(jt?["metadata"])
        jmeta.namespace = ""
        var s = CronJobSpec(schedule: v?["schedule"]?.string ?? "",
                            jobTemplate: JobTemplateSpec(metadata: jmeta, spec: jobSpec(jt?["spec"], path: "spec.jobTemplate.spec")))
        s.timeZone = v?["timeZone"]?.string
        s.startingDeadlineSeconds = Self.int(v?["startingDeadlineSeconds"]).map(Int64.init)
        if let p = v?["concurrencyPolicy"]?.string {
            if let policy = ConcurrencyPolicy(rawValue: p) { s.concurrencyPolicy = policy }
            else { errors.append(FieldError("spec.concurrencyPolicy", .unsupported(value: "\"\(p)\"", supported: ["Allow", "Forbid", "Replace"]))) }
        }
        if case .bool(let b)? = v?["suspend"] { s.suspend = b }
        s.successfulJobsHistoryLimit = Self.int(v?["successfulJobsHistoryLimit"]) ?? 3
        s.failedJobsHistoryLimit = Self.int(v?["failedJobsHistoryLimit"]) ?? 1
        return s
    }
}
