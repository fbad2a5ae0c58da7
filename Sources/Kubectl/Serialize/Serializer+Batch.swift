import ClusterSim
import KubeModel

/// Jobs and CronJobs as the API server returns them (`k8s.io/api/batch/v1/types.go` field
/// order; defaults from `pkg/apis/batch/v1/defaults.go`).
extension Serializer {
    static func jobSpecValue(_ s: JobSpec) -> Value {
        var spec = ObjectBuilder()
        spec.ptrInt("parallelism", s.parallelism)
        spec.ptrInt("completions", s.completions)
        if let d = s.activeDeadlineSeconds { spec.put("activeDeadlineSeconds", .int(d)) }
        spec.ptrInt("backoffLimit", s.backoffLimit)
        if let sel = s.selector { spec.put("selector", selector(sel)) }
        spec.ptrBool("manualSelector", s.manualSelector)
        spec.put("template", template(s.template))
        spec.ptrInt("ttlSecondsAfterFinished", s.ttlSecondsAfterFinished)
        spec.str("completionMode", s.completionMode)
        spec.ptrBool("suspend", s.suspend)
        spec.str("podReplacementPolicy", s.podReplacementPolicy)
        return spec.value
    }

    static func job(_ j: Job) -> Value {
        var b = ObjectBuilder()
        for h in header(.job) { b.put(h.key, h.value) }
        b.put("metadata", meta(j.metadata))
        b.put("spec", jobSpecValue(j.spec))
        let s = j.status
        var st = ObjectBuilder()
        st.list("conditions", s.conditions.map { c in
            .object([.init("type", .string(c.type)), .init("status", .string(c.status.rawValue)),
                     .init("lastProbeTime", .string(c.lastProbeTime.rfc3339)),
                     .init("lastTransitionTime", .string(c.lastTransitionTime.rfc3339)),
                     .init("reason", .string(c.reason)), .init("message", .string(c.message))])
        })
        if let t = s.startTime { st.put("startTime", .string(t.rfc3339)) }
        if let t = s.completionTime { st.put("completionTime", .string(t.rfc3339)) }
        st.int("active", s.active)
        st.int("succeeded", s.succeeded)
        st.int("failed", s.failed)
        if s.startTime != nil {
            st.put("terminating", .int(Int64(s.terminating)))
            st.put("uncountedTerminatedPods", .emptyObject)
            st.put("ready", .int(Int64(s.ready)))
        }
        b.put("status", st.value)
        return b.value
    }

    static func cronJob(_ c: CronJob) -> Value {
        var b = ObjectBuilder()
        for h in header(.cronJob) { b.put(h.key, h.value) }
        b.put("metadata", meta(c.metadata))
        var spec = ObjectBuilder()
        spec.put("schedule", .string(c.spec.schedule))
        spec.str("timeZone", c.spec.timeZone)
        if let d = c.spec.startingDeadlineSeconds { spec.put("startingDeadlineSeconds", .int(d)) }
        spec.put("concurrencyPolicy", .string(c.spec.concurrencyPolicy.rawValue))
        spec.put("suspend", .bool(c.spec.suspend))
        var jm = ObjectBuilder()
        jm.str("name", c.spec.jobTemplate.metadata.name)
        jm.put("creationTimestamp", .null)
        jm.map("labels", c.spec.jobTemplate.metadata.labels)
        jm.map("annotations", c.spec.jobTemplate.metadata.annotations)
        spec.put("jobTemplate", .object([.init("metadata", jm.value), .init("spec", jobSpecValue(c.spec.jobTemplate.spec))]))
        spec.put("successfulJobsHistoryLimit", .int(Int64(c.spec.successfulJobsHistoryLimit)))
        spec.put("failedJobsHistoryLimit", .int(Int64(c.spec.failedJobsHistoryLimit)))
        b.put("spec", spec.value)
        var st = ObjectBuilder()
        st.list("active", c.status.active.map { r in
            .object([.init("kind", .string("Job")), .init("namespace", .string(r.namespace)), .init("name", .string(r.name)),
                     .init("uid", .string(r.uid)), .init("apiVersion", .string("batch/v1"))])
        })
        if let t = c.status.lastScheduleTime { st.put("lastScheduleTime", .string(t.rfc3339)) }
        if let t = c.status.lastSuccessfulTime { st.put("lastSuccessfulTime", .string(t.rfc3339)) }
        b.put("status", st.value)
        return b.value
    }
}
