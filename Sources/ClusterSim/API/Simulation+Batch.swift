import KubeModel

/// The API server's side of Jobs and CronJobs: defaulting on create, and the store writes
/// that wake the Job and CronJob controllers.
extension Simulation {
    /// `SetDefaults_Job` and `generateSelector` (`pkg/registry/batch/job/strategy.go`): both
    /// counts 1 when neither is given, backoffLimit 6, the four job-name/controller-uid
    /// labels on the template, the selector on the controller-uid, and — for a Job without
    /// labels — the template's labels on the Job itself.
    func admitJob(_ job: inout Job) {
        stamp(&job.metadata, kind: .job)
        job.metadata.generation = 1
        if job.spec.parallelism == nil { job.spec.parallelism = 1 }
        if job.spec.completions == nil && job.spec.parallelism == 1 && job.spec.completionMode == nil { job.spec.completions = 1 }
        if job.spec.backoffLimit == nil { job.spec.backoffLimit = 6 }
        if job.spec.completionMode == nil { job.spec.completionMode = "NonIndexed" }
        if job.spec.suspend == nil { job.spec.suspend = false }
        if job.spec.manualSelector != true {
            if job.spec.podReplacementPolicy == nil { job.spec.podReplacementPolicy = "TerminatingOrFailed" }
            let uid = job.metadata.uid, name = job.metadata.name
            for (k, v) in [("batch.kubernetes.io/controller-uid", uid), ("batch.kubernetes.io/job-name", name),
                           ("controller-uid", uid), ("job-name", name)] {
                job.spec.template.metadata.labels[k] = v
            }
            job.spec.selector = LabelSelector(matchLabels: ["batch.kubernetes.io/controller-uid": uid])
        }
        if job.metadata.labels.isEmpty { job.metadata.labels = job.spec.template.metadata.labels }
        job.status = JobStatus()
    }

    func createJobObject(_ job: Job) -> Job {
        var job = job
        admitJob(&job)
        state.putJob(job)
        jobChanged(job)
        return job
    }

    func createCronJobObject(_ cj: CronJob) -> CronJob {
        var cj = cj
        stamp(&cj.metadata, kind: .cronJob)
        cj.metadata.generation = 1
        cj.status = CronJobStatus()
        state.putCronJob(cj)
        queue.add(.cronJob(cj.metadata.key), at: state.now)
        return cj
    }

    func updateJobObject(_ job: Job, current: Job) -> Job {
        var job = job
        if job.spec != current.spec { job.metadata.generation = current.metadata.generation + 1 }
        job.status = current.status
        job.metadata.resourceVersion = state.nextResourceVersion()
        state.putJob(job)
        jobChanged(job)
        return job
    }

    func updateCronJobObject(_ cj: CronJob, current: CronJob) -> CronJob {
        var cj = cj
        if cj.spec != current.spec { cj.metadata.generation = current.metadata.generation + 1 }
        cj.status = current.status
        cj.metadata.resourceVersion = state.nextResourceVersion()
        state.putCronJob(cj)
        queue.add(.cronJob(cj.metadata.key), at: state.now)
        return cj
    }

    func removeJobObject(_ key: ObjectKey) -> [Effect] {
        guard let job = state.jobs[key] else { return [] }
        state.removeJob(key)
        objectDeleted(uid: job.metadata.uid)
        if let owner = job.metadata.controllerRef {
            wakeOwner(owner, namespace: key.namespace)
            dependentRemoved(ownerUID: owner.uid)
        }
        return [.removed(ObjectRef(.job, key))]
    }

    func removeCronJobObject(_ key: ObjectKey) -> [Effect] {
        guard let cj = state.cronJobs[key] else { return [] }
        state.removeCronJob(key)
        objectDeleted(uid: cj.metadata.uid)
        return [.removed(ObjectRef(.cronJob, key))]
    }

    /// The batch half of `apply`.
    func applyBatch(_ change: Change) -> [Effect] {
        switch change {
        case .createJob(let job):
            let ns = job.metadata.namespace.isEmpty ? "default" : job.metadata.namespace
            guard state.jobs[ObjectKey(ns, job.metadata.name)] == nil else { return [] }
            let made = createJobObject(job)
            return [.created(ObjectRef(.job, made.metadata.key))]
        case .setJobStatus(let key, let status):
            guard var job = state.jobs[key], job.status != status else { return [] }
            let wasFinished = job.status.isFinished
            job.status = status
            job.metadata.resourceVersion = state.nextResourceVersion()
            state.putJob(job)
            if let owner = job.metadata.controllerRef, status.isFinished != wasFinished || job.status.startTime != nil {
                wakeOwner(owner, namespace: key.namespace)
            }
            return [.updated(ObjectRef(.job, key))]
        case .deleteJob(let key):
            return removeJobObject(key)
        case .setCronJobStatus(let key, let status):
            guard var cj = state.cronJobs[key], cj.status != status else { return [] }
            cj.status = status
            cj.metadata.resourceVersion = state.nextResourceVersion()
            state.putCronJob(cj)
            return [.updated(ObjectRef(.cronJob, key))]
        default:
            return []
        }
    }

    func jobChanged(_ job: Job) {
        queue.add(.job(job.metadata.key), at: state.now)
        if let owner = job.metadata.controllerRef { wakeOwner(owner, namespace: job.metadata.namespace) }
    }
}
