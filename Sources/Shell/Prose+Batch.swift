import ClusterSim
import KubeModel

extension Prose {
    static func job(_ r: JobReason, created: [String]) -> String {
        switch r {
        case .createPods(let job, let active, let want, let succeeded, let completions):
            let made = created.isEmpty ? "" : " Creating \(list(created))."
            let goal = completions.map { "\(succeeded) of \($0) completions done" } ?? "\(succeeded) succeeded so far"
            return "Job \(job.name) has \(goal) and \(pods(active)) running; it should run \(want) at once.\(made)"
        case .deletePods(let job, let active, let want):
            return "Job \(job.name) has \(pods(active)) running but needs only \(want), so I delete \(pods(active - want))."
        case .countedPod(let job, let pod, let succeeded):
            return "Pod \(pod) of job \(job.name) \(succeeded ? "succeeded" : "failed"); I count it and remove its tracking finalizer."
        case .backoffDelay(let job, let failed, let delay):
            return "Job \(job.name) has seen \(failed == 1 ? "1 failure" : "\(failed) failures"), so I wait \(delay)s before making the next pod."
        case .completed(let job, let succeeded, let completions):
            let of = completions.map { "\(succeeded) of \($0)" } ?? "\(succeeded)"
            return "Job \(job.name) reached \(of) successful completions: it is Complete. Its pods stay, shown as Completed."
        case .backoffLimitExceeded(let job, let failed, let limit):
            return "Job \(job.name) has \(failed) failed pods, more than its backoffLimit of \(limit): it has failed and will not try again."
        case .deadlineExceeded(let job, let seconds):
            return "Job \(job.name) has been running for its activeDeadlineSeconds (\(seconds)s): it has failed, and its running pods are stopped."
        case .stopActivePods(let job, let condition):
            return "Job \(job.name) has failed (\(condition)), so I stop its running pods."
        case .statusUpdate(let job):
            return "I update the status counts of job \(job.name)."
        }
    }

    static func cronJob(_ r: CronJobReason) -> String {
        switch r {
        case .scheduleReached(let cj, let schedule, let scheduled, let job):
            return "CronJob \(cj.name)'s schedule \"\(schedule)\" came due at \(scheduled.rfc3339), so I create job \(job)."
        case .forbidConcurrent(let cj, let running):
            return "CronJob \(cj.name) is due, but job \(running) is still running and concurrencyPolicy is Forbid, so I skip this run."
        case .replaceRunning(let cj, let job):
            return "CronJob \(cj.name) is due while job \(job) is still running; concurrencyPolicy is Replace, so I delete \(job)."
        case .historyLimit(let cj, let job, let succeeded, let limit):
            return "CronJob \(cj.name) keeps only \(limit) \(succeeded ? "successful" : "failed") job\(limit == 1 ? "" : "s"), so I delete the oldest, \(job)."
        case .sawCompletedJob(let cj, let job, let status):
            return "Job \(job) of cronjob \(cj.name) finished (\(status))."
        case .unexpectedJob(let cj, let job):
            return "Job \(job) belongs to cronjob \(cj.name) but was not started by its schedule, so I do not count it as one of its runs."
        case .missedDeadline(let cj, let scheduled):
            return "CronJob \(cj.name) missed its run at \(scheduled.rfc3339) by more than startingDeadlineSeconds, so I skip it."
        case .statusUpdate(let cj):
            return "I update the status of cronjob \(cj.name)."
        }
    }
}

extension Prose {
    static func daemonSet(_ r: DaemonSetReason) -> String {
        switch r {
        case .nodeNeedsPod(let ds, let node):
            return "Node \(node) should run daemonset \(ds.name) and has no pod of it, so I create one there."
        case .nodeNotEligible(let ds, let node, let pod, let why):
            return "Node \(node) should no longer run daemonset \(ds.name): \(why). I delete \(pod)."
        case .duplicatePod(let ds, let node, let pod):
            return "Node \(node) runs more than one pod of daemonset \(ds.name); the oldest stays and I delete \(pod)."
        case .finishedPod(let ds, let node, let pod, let failed):
            return "Pod \(pod) of daemonset \(ds.name) on \(node) has \(failed ? "failed" : "exited"); a daemon should keep running, so I delete it and will make a new one."
        case .rollingUpdate(let ds, let node, let pod, let unavailable, let maxUnavailable):
            return "Daemonset \(ds.name) has a new pod template. \(unavailable) of at most \(maxUnavailable) nodes are without an available pod, so I replace \(pod) on \(node)."
        case .statusUpdate(let ds):
            return "I update the status counts of daemonset \(ds.name)."
        }
    }
}

extension Prose {
    static func statefulSet(_ r: StatefulSetReason) -> String {
        switch r {
        case .createOrdinal(let sts, let pod, let ordinal, let replicas, let parallel):
            if parallel { return "StatefulSet \(sts.name) wants \(replicas) pods and \(pod) is missing; podManagementPolicy is Parallel, so I create it without waiting for the others." }
            if ordinal == 0 { return "StatefulSet \(sts.name) wants \(replicas) pods and has none yet, so I create \(pod) first." }
            return "Every pod of \(sts.name) below ordinal \(ordinal) is Running and Ready, so I create \(pod) (of \(replicas))."
        case .waitingForOrdinal(let sts, let pod):
            return "StatefulSet \(sts.name) starts pods in order: \(pod) is not yet Running and Ready, so the next one waits."
        case .condemned(let sts, let pod, let ordinal, let replicas):
            return "StatefulSet \(sts.name) wants \(replicas) pods; \(pod) has ordinal \(ordinal), the highest beyond that, so I delete it first."
        case .recreateFinished(let sts, let pod):
            return "Pod \(pod) of statefulset \(sts.name) has stopped for good, so I delete it; it comes back under the same name."
        case .rollingUpdate(let sts, let pod, let revision, let partition):
            let part = partition > 0 ? " (ordinals below the partition \(partition) keep the old one)" : ""
            return "StatefulSet \(sts.name) has a new revision \(revision)\(part). Updates go from the highest ordinal down, one at a time, so I delete \(pod) to recreate it."
        case .statusUpdate(let sts):
            return "I update the status counts of statefulset \(sts.name)."
        }
    }
}
