import KubeModel

/// The Job controller (`pkg/controller/job/job_controller.go syncJob`, `manageJob`), for
/// non-indexed Jobs:
/// 1. finished pods still carrying the `batch.kubernetes.io/job-tracking` finalizer are
///    counted into status.succeeded / status.failed and the finalizer removed;
/// 2. the Job fails when `failed > backoffLimit` (default 6: the 7th failure), when an
///    OnFailure pod's restarts reach backoffLimit, or when activeDeadlineSeconds passed since
///    status.startTime — running pods are deleted first, then FailureTarget, then Failed;
/// 3. it completes when `succeeded >= completions` (or, without completions, once one pod
///    succeeded and none is left running): SuccessCriteriaMet, then Complete;
/// 4. otherwise it keeps `min(parallelism, completions − succeeded)` pods running, waiting
///    10s, 20s, 40s … (capped at 10 minutes) after failures before making a new one.
///
/// Worked example: completions 5, parallelism 2, 3 succeeded, 1 running → want min(2, 2) = 2,
/// so one pod is created.
public enum JobController {
    static let trackingFinalizer = "batch.kubernetes.io/job-tracking"
    static let initialBackoff: Millis = .seconds(10)
    static let maxBackoff: Millis = .minutes(10)

    public static func reconcile(_ key: ObjectKey, in state: ClusterState, config: SimulationConfig) -> [Action] {
        guard let job = state.jobs[key], job.metadata.deletionTimestamp == nil else { return [] }
        let now = state.now
        var actions: [Action] = []
        var status = job.status
        let pods = state.pods(ownedBy: job.metadata.uid)

        // 1. Count finished pods once each.
        for pod in pods where pod.metadata.finalizers.contains(trackingFinalizer)
            && (pod.status.phase == .succeeded || pod.status.phase == .failed) {
            let ok = pod.status.phase == .succeeded
            if ok { status.succeeded += 1 } else { status.failed += 1 }
            var meta = pod.metadata
            meta.finalizers.removeAll { $0 == trackingFinalizer }
            actions.append(Action(.setPodMetadata(pod.metadata.key, meta),
                                  because: .job(.countedPod(job: key, pod: pod.metadata.name, succeeded: ok))))
        }
        if status.isFinished {
            if status != job.status { actions.append(Action(.setJobStatus(key, status), because: .job(.statusUpdate(job: key)))) }
            return actions
        }

        let active = pods.filter(\.isActive)
        let terminating = pods.filter { $0.metadata.deletionTimestamp != nil && $0.status.phase != .succeeded && $0.status.phase != .failed }
        let suspended = job.spec.suspend == true
        if status.startTime == nil && !suspended { status.startTime = now }
        let parallelism = job.spec.parallelism ?? 1
        let backoffLimit = job.spec.backoffLimit ?? 6

        // 2. Failure.
        var failure: (reason: String, message: String, why: JobReason)? = nil
        let restarts = active.filter { $0.spec.restartPolicy == .onFailure }
            .reduce(0) { $0 + $1.status.containerStatuses.reduce(0) { $0 + $1.restartCount } + $1.status.initContainerStatuses.reduce(0) { $0 + $1.restartCount } }
        if status.failed > backoffLimit || (restarts > 0 && restarts >= max(backoffLimit, 1)) {
            failure = ("BackoffLimitExceeded", "Job has reached the specified backoff limit",
                       .backoffLimitExceeded(job: key, failed: status.failed, backoffLimit: backoffLimit))
        } else if let deadline = job.spec.activeDeadlineSeconds, let start = status.startTime, now - start >= .seconds(deadline) {
            failure = ("DeadlineExceeded", "Job was active longer than specified deadline", .deadlineExceeded(job: key, seconds: deadline))
        }
        if let failure {
            if status.condition("FailureTarget") == nil {
                status.conditions.append(JobCondition(type: "FailureTarget", reason: failure.reason, message: failure.message, at: now))
            }
            let why = Reason.job(failure.why)
            for pod in active {
                actions.append(Action(.deletePod(pod.metadata.key, gracePeriod: nil), because: .job(.stopActivePods(job: key, condition: failure.reason))))
                actions.append(Action(.recordEvent(podEvent(job, "SuccessfulDelete", "Deleted pod: \(pod.metadata.name)")), because: why))
            }
            status.active = 0
            status.ready = 0
            status.terminating = terminating.count + active.count
            if active.isEmpty && terminating.isEmpty {
                status.conditions.append(JobCondition(type: "Failed", reason: failure.reason, message: failure.message, at: now))
                status.terminating = 0
                actions.append(Action(.recordEvent(podEvent(job, failure.reason, failure.message, type: "Warning")), because: why))
            }
            actions.append(Action(.setJobStatus(key, status), because: why))
            return actions
        }

        // 3. Success.
        let complete: Bool
        if let completions = job.spec.completions { complete = status.succeeded >= completions }
        else { complete = status.succeeded >= 1 && active.isEmpty }
        if complete {
            let why = Reason.job(.completed(job: key, succeeded: status.succeeded, completions: job.spec.completions))
            for pod in active {
                actions.append(Action(.deletePod(pod.metadata.key, gracePeriod: nil), because: why))
            }
            let message = "Reached expected number of succeeded pods"
            status.conditions.append(JobCondition(type: "SuccessCriteriaMet", reason: "CompletionsReached", message: message, at: now))
            status.conditions.append(JobCondition(type: "Complete", reason: "CompletionsReached", message: message, at: now))
            status.completionTime = now
            status.active = 0; status.ready = 0; status.terminating = terminating.count + active.count
            actions.append(Action(.recordEvent(podEvent(job, "Completed", "Job completed")), because: why))
            actions.append(Action(.setJobStatus(key, status), because: why))
            return actions
        }

        // 4. Keep the right number of pods running.
        var want: Int
        if let completions = job.spec.completions { want = min(parallelism, max(0, completions - status.succeeded)) }
        else { want = status.succeeded > 0 ? 0 : parallelism }
        if suspended { want = 0 }
        var running = active.count
        if running < want {
            let failedPods = pods.filter { $0.status.phase == .failed }
            let lastFailure = failedPods.compactMap(finishedAt).max()
            let delay = status.failed == 0 ? 0 : min(maxBackoff, initialBackoff << Int64(min(status.failed - 1, 20)))
            if let lastFailure, now < lastFailure + delay {
                actions.append(Action(.requeue(.job(key), at: lastFailure + delay),
                                      because: .job(.backoffDelay(job: key, failed: status.failed, delaySeconds: delay / 1000))))
            } else {
                let why = Reason.job(.createPods(job: key, active: running, want: want, succeeded: status.succeeded, completions: job.spec.completions))
                for _ in 0..<min(want - running, config.burstReplicas) {
                    actions.append(Action(.createPod(newPod(from: job)), because: why))
                }
                running = want
            }
        } else if running > want {
            let why = Reason.job(.deletePods(job: key, active: running, want: want))
            // Pods not yet running go first, then the newest (`activePods` ranking, simplified).
            let victims = active.sorted { a, b in
                if a.isReady != b.isReady { return !a.isReady }
                return (a.metadata.creationTimestamp ?? now, a.metadata.name) > (b.metadata.creationTimestamp ?? now, b.metadata.name)
            }.prefix(running - want)
            for pod in victims {
                actions.append(Action(.deletePod(pod.metadata.key, gracePeriod: nil), because: why))
                actions.append(Action(.recordEvent(podEvent(job, "SuccessfulDelete", "Deleted pod: \(pod.metadata.name)")), because: why))
            }
            running = want
        }
        status.active = running
        status.ready = active.filter(\.isReady).count
        status.terminating = terminating.count
        if status != job.status { actions.append(Action(.setJobStatus(key, status), because: .job(.statusUpdate(job: key)))) }
        // The deadline is checked again exactly when it falls due (`syncJob` requeues for the remainder).
        if let deadline = job.spec.activeDeadlineSeconds, let start = status.startTime {
            actions.append(Action(.requeue(.job(key), at: start + .seconds(deadline), retry: true), because: .job(.statusUpdate(job: key))))
        }
        return actions
    }

    static func finishedAt(_ pod: Pod) -> Instant? {
        let ends = (pod.status.containerStatuses + pod.status.initContainerStatuses).compactMap { s -> Instant? in
            if case .terminated(_, _, _, let at, _) = s.state { return at }
            return nil
        }
        return ends.max() ?? pod.status.condition("Ready")?.lastTransitionTime
    }

    static func podEvent(_ job: Job, _ reason: String, _ message: String, type: String = "Normal") -> EventRecord {
        EventRecord(object: ObjectRef(.job, job.metadata.key), uid: job.metadata.uid, type: type, reason: reason,
                    message: message, source: .job)
    }

    /// A pod from the Job's template (`manageJob` → `CreatePodsWithGenerateName`): name
    /// `<job>-xxxxx`, the template's labels (which carry job-name and controller-uid), the
    /// tracking finalizer, and a controller reference to the Job.
    static func newPod(from job: Job) -> Pod {
        var meta = ObjectMeta(name: "", namespace: job.metadata.namespace,
                              labels: job.spec.template.metadata.labels, annotations: job.spec.template.metadata.annotations)
        meta.generateName = job.metadata.name + "-"
        meta.finalizers = [trackingFinalizer]
        meta.ownerReferences = [.controllerRef(kind: .job, meta: job.metadata)]
        return Pod(metadata: meta, spec: job.spec.template.spec)
    }
}
