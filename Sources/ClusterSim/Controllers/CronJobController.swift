import KubeModel

/// The CronJob controller (`pkg/controller/cronjob/cronjob_controllerv2.go syncCronJob`,
/// `utils.go mostRecentScheduleTime`): on every sync it
/// 1. notes child Jobs that finished (SawCompletedJob) and rebuilds status.active from the
///    unfinished ones;
/// 2. deletes finished Jobs beyond successfulJobsHistoryLimit / failedJobsHistoryLimit,
///    oldest start first;
/// 3. unless suspended, finds the most recent scheduled time since the last one (only that
///    one: a backlog is never replayed) and, honouring startingDeadlineSeconds and the
///    concurrency policy, creates the Job `<name>-<scheduled minutes since the epoch>`;
/// 4. asks to be woken at the next scheduled time (+100ms).
public enum CronJobController {
    static let scheduledTimestampKey = "batch.kubernetes.io/cronjob-scheduled-timestamp"

    public static func reconcile(_ key: ObjectKey, in state: ClusterState, config: SimulationConfig) -> [Action] {
        guard let cj = state.cronJobs[key], cj.metadata.deletionTimestamp == nil else { return [] }
        let now = state.now
        var actions: [Action] = []
        var status = cj.status
        let jobs = state.jobs(ownedBy: cj.metadata.uid)
        let bookkeeping = Reason.cronJob(.statusUpdate(cronJob: key))

        // 1. Finished children leave the active list; an unfinished child the controller
        //    did not start (`kubectl create job --from=cronjob/…`) is only warned about.
        let activeUIDs = Set(status.active.map(\.uid))
        var active: [JobReference] = []
        for job in jobs {
            let found = activeUIDs.contains(job.metadata.uid)
            let ref = JobReference(name: job.metadata.name, namespace: job.metadata.namespace, uid: job.metadata.uid)
            if !job.status.isFinished {
                if found || job.metadata.annotations[scheduledTimestampKey] != nil { active.append(ref) }
                else {
                    let why = Reason.cronJob(.unexpectedJob(cronJob: key, job: job.metadata.name))
                    actions.append(Action(.recordEvent(event(cj, "UnexpectedJob", "Saw a job that the controller did not create or forgot: \(job.metadata.name)", type: "Warning")), because: why))
                }
                continue
            }
            let result = job.status.condition("Complete") != nil ? "Complete" : "Failed"
            if found {
                let why = Reason.cronJob(.sawCompletedJob(cronJob: key, job: job.metadata.name, status: result))
                actions.append(Action(.recordEvent(event(cj, "SawCompletedJob", "Saw completed job: \(job.metadata.name), status: \(result)")), because: why))
            }
            if result == "Complete", let done = job.status.completionTime, status.lastSuccessfulTime.map({ $0 < done }) ?? true {
                status.lastSuccessfulTime = done
            }
        }
        status.active = active
        let activeNames = Set(active.map(\.name))
        var running = jobs.filter { activeNames.contains($0.metadata.name) && $0.metadata.deletionTimestamp == nil }

        // 2. History limits.
        for (succeeded, limit) in [(true, cj.spec.successfulJobsHistoryLimit), (false, cj.spec.failedJobsHistoryLimit)] {
            let finished = jobs.filter { succeeded ? $0.status.condition("Complete") != nil : $0.status.condition("Failed") != nil }
                .sorted { ($0.status.startTime ?? now, $0.metadata.name) < ($1.status.startTime ?? now, $1.metadata.name) }
            for job in finished.dropLast(limit) {
                let why = Reason.cronJob(.historyLimit(cronJob: key, job: job.metadata.name, succeeded: succeeded, limit: limit))
                actions.append(Action(.deleteJob(job.metadata.key), because: why))
                actions.append(Action(.recordEvent(event(cj, "SuccessfulDelete", "Deleted job \(job.metadata.name)")), because: why))
            }
        }

        guard case .success(let schedule) = CronSchedule.parse(cj.spec.schedule) else {
            if status != cj.status { actions.append(Action(.setCronJobStatus(key, status), because: bookkeeping)) }
            return actions
        }
        // 4. The next wake-up (`nextScheduleTimeDuration`: the next time plus 100ms).
        if let next = schedule.next(after: now) {
            // A timer, not work in progress: `settle` does not wait a day for it.
            actions.append(Action(.requeue(.cronJob(key), at: next + 100, retry: true), because: bookkeeping))
        }

        // 3. Is a run due?
        if !cj.spec.suspend, let creation = cj.metadata.creationTimestamp {
            var earliest = status.lastScheduleTime ?? creation
            if let deadline = cj.spec.startingDeadlineSeconds, now - .seconds(deadline) > earliest { earliest = now - .seconds(deadline) }
            if let (scheduled, _) = schedule.mostRecent(after: earliest, upTo: now) {
                let jobName = "\(cj.metadata.name)-\(scheduled.seconds / 60)"
                let jobKey = ObjectKey(key.namespace, jobName)
                if let deadline = cj.spec.startingDeadlineSeconds, scheduled + .seconds(deadline) < now {
                    let why = Reason.cronJob(.missedDeadline(cronJob: key, scheduled: scheduled))
                    actions.append(Action(.recordEvent(event(cj, "MissSchedule", "Missed scheduled time to start a job: \(scheduled.rfc1123Z)", type: "Warning")), because: why))
                } else if cj.spec.concurrencyPolicy == .forbid, let first = running.first {
                    let why = Reason.cronJob(.forbidConcurrent(cronJob: key, running: first.metadata.name))
                    actions.append(Action(.recordEvent(event(cj, "JobAlreadyActive", "Not starting job because prior execution is running and concurrency policy is Forbid")), because: why))
                } else if state.jobs[jobKey] == nil {
                    if cj.spec.concurrencyPolicy == .replace {
                        for old in running {
                            let why = Reason.cronJob(.replaceRunning(cronJob: key, job: old.metadata.name))
                            actions.append(Action(.deleteJob(old.metadata.key), because: why))
                            actions.append(Action(.recordEvent(event(cj, "SuccessfulDelete", "Deleted job \(old.metadata.name)")), because: why))
                        }
                        running = []
                        status.active = []
                    }
                    let why = Reason.cronJob(.scheduleReached(cronJob: key, schedule: cj.spec.schedule, scheduled: scheduled, job: jobName))
                    actions.append(Action(.createJob(job(from: cj, name: jobName, scheduled: scheduled)), because: why))
                    actions.append(Action(.recordEvent(event(cj, "SuccessfulCreate", "Created job \(jobName)")), because: why))
                    status.lastScheduleTime = scheduled
                } else {
                    status.lastScheduleTime = scheduled
                }
            }
        }
        if status != cj.status { actions.append(Action(.setCronJobStatus(key, status), because: bookkeeping)) }
        return actions
    }

    static func event(_ cj: CronJob, _ reason: String, _ message: String, type: String = "Normal") -> EventRecord {
        EventRecord(object: ObjectRef(.cronJob, cj.metadata.key), uid: cj.metadata.uid, type: type, reason: reason,
                    message: message, source: .cronJob)
    }

    /// `getJobFromTemplate2`: the template's labels and annotations, the scheduled-time
    /// annotation, and a controller reference to the CronJob.
    public static func job(from cj: CronJob, name: String, scheduled: Instant?) -> Job {
        var meta = ObjectMeta(name: name, namespace: cj.metadata.namespace,
                              labels: cj.spec.jobTemplate.metadata.labels, annotations: cj.spec.jobTemplate.metadata.annotations)
        if let scheduled { meta.annotations[scheduledTimestampKey] = scheduled.rfc3339 }
        meta.ownerReferences = [.controllerRef(kind: .cronJob, meta: cj.metadata)]
        return Job(metadata: meta, spec: cj.spec.jobTemplate.spec)
    }
}
