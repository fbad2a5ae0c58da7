import KubeModel

/// Why the Job controller acted (`pkg/controller/job/job_controller.go`).
public enum JobReason: Hashable, Sendable {
    /// Fewer pods running than the Job wants: `min(parallelism, completions − succeeded)`.
    case createPods(job: ObjectKey, active: Int, want: Int, succeeded: Int, completions: Int?)
    /// More pods running than wanted (parallelism lowered, or enough have already succeeded).
    case deletePods(job: ObjectKey, active: Int, want: Int)
    /// A finished pod is counted into status.succeeded or status.failed, and its
    /// `batch.kubernetes.io/job-tracking` finalizer removed.
    case countedPod(job: ObjectKey, pod: String, succeeded: Bool)
    /// A pod failed recently: the next one waits out the back-off (10s, doubling, capped at 10m).
    case backoffDelay(job: ObjectKey, failed: Int, delaySeconds: Int64)
    /// Enough pods succeeded: the Job is Complete.
    case completed(job: ObjectKey, succeeded: Int, completions: Int?)
    /// More pods failed than backoffLimit allows (`failed > backoffLimit`).
    case backoffLimitExceeded(job: ObjectKey, failed: Int, backoffLimit: Int)
    /// The Job ran longer than activeDeadlineSeconds since it started.
    case deadlineExceeded(job: ObjectKey, seconds: Int64)
    /// A failed Job's running pods are stopped before it is marked Failed.
    case stopActivePods(job: ObjectKey, condition: String)
    case statusUpdate(job: ObjectKey)

    public var isBookkeeping: Bool {
        switch self {
        case .statusUpdate, .countedPod: return true
        default: return false
        }
    }
}

/// Why the CronJob controller acted (`pkg/controller/cronjob/cronjob_controllerv2.go`).
public enum CronJobReason: Hashable, Sendable {
    /// A scheduled time has come: a Job named `<cronjob>-<minutes since epoch>` is created.
    case scheduleReached(cronJob: ObjectKey, schedule: String, scheduled: Instant, job: String)
    /// concurrencyPolicy Forbid and a Job from an earlier time is still running: skip.
    case forbidConcurrent(cronJob: ObjectKey, running: String)
    /// concurrencyPolicy Replace: the running Job is deleted to make way for the new one.
    case replaceRunning(cronJob: ObjectKey, job: String)
    /// More finished Jobs than the history limit keeps: the oldest goes.
    case historyLimit(cronJob: ObjectKey, job: String, succeeded: Bool, limit: Int)
    /// A child Job finished; the CronJob notes it (SawCompletedJob).
    case sawCompletedJob(cronJob: ObjectKey, job: String, status: String)
    /// An unfinished child Job the controller did not start (a manual `--from=cronjob/…` run):
    /// it is not counted as active, so it does not hold back a Forbid schedule.
    case unexpectedJob(cronJob: ObjectKey, job: String)
    /// The scheduled time is older than startingDeadlineSeconds allows: it is skipped.
    case missedDeadline(cronJob: ObjectKey, scheduled: Instant)
    case statusUpdate(cronJob: ObjectKey)

    public var isBookkeeping: Bool {
        switch self {
        case .statusUpdate, .sawCompletedJob: return true
        default: return false
        }
    }
}

/// Why the DaemonSet controller acted (`pkg/controller/daemon/daemon_controller.go`).
public enum DaemonSetReason: Hashable, Sendable {
    /// An eligible node has no pod of this DaemonSet yet.
    case nodeNeedsPod(daemonSet: ObjectKey, node: String)
    /// The node no longer qualifies (nodeSelector no longer matches, or a NoExecute taint
    /// the pod does not tolerate): its pod goes.
    case nodeNotEligible(daemonSet: ObjectKey, node: String, pod: String, why: String)
    /// More than one pod on a node: the oldest stays.
    case duplicatePod(daemonSet: ObjectKey, node: String, pod: String)
    /// A daemon pod failed or finished: it is deleted so a fresh one can take its place.
    case finishedPod(daemonSet: ObjectKey, node: String, pod: String, failed: Bool)
    /// Rolling update: an old-template pod is replaced, as long as no more than
    /// maxUnavailable nodes are without an available pod.
    case rollingUpdate(daemonSet: ObjectKey, node: String, pod: String, unavailable: Int, maxUnavailable: Int)
    case statusUpdate(daemonSet: ObjectKey)
}

/// Why the StatefulSet controller acted (`pkg/controller/statefulset/stateful_set_control.go`).
public enum StatefulSetReason: Hashable, Sendable {
    /// Ordinal `ordinal` has no pod: it is created (OrderedReady: only once every lower
    /// ordinal is Running and Ready).
    case createOrdinal(statefulSet: ObjectKey, pod: String, ordinal: Int, replicas: Int, parallel: Bool)
    /// OrderedReady: the next ordinal waits until this pod is Running and Ready.
    case waitingForOrdinal(statefulSet: ObjectKey, pod: String)
    /// Scale down: the highest ordinal beyond replicas goes first.
    case condemned(statefulSet: ObjectKey, pod: String, ordinal: Int, replicas: Int)
    /// A pod that failed or finished is deleted, to be recreated under the same name.
    case recreateFinished(statefulSet: ObjectKey, pod: String)
    /// Rolling update: the highest-ordinal pod not at the new revision is deleted
    /// (only ordinals at or above the partition).
    case rollingUpdate(statefulSet: ObjectKey, pod: String, revision: String, partition: Int)
    case statusUpdate(statefulSet: ObjectKey)
}
