import Testing
@testable import ClusterSim
import KubeModel
@testable import Shell

/// Every Job and CronJob reason rendered, word for word.
@Suite struct BatchProseTests {
    static let job = ObjectKey("default", "pi")
    static let cj = ObjectKey("default", "nightly-backup")
    static let ds = ObjectKey("default", "fluentd")
    static let sts = ObjectKey("default", "web")
    static let twoAM = Instant(seconds: 1_741_053_600)

    struct Case: Sendable, CustomStringConvertible {
        var reason: Reason
        var created: [String] = []
        var text: String
        var description: String { text }
    }

    @Test(arguments: [
        Case(reason: .job(.createPods(job: job, active: 0, want: 2, succeeded: 1, completions: 5)), created: ["pi-x7k2p", "pi-q2w4e"],
             text: "Job pi has 1 of 5 completions done and 0 pods running; it should run 2 at once. Creating pi-x7k2p and pi-q2w4e."),
        Case(reason: .job(.createPods(job: job, active: 1, want: 3, succeeded: 0, completions: nil)),
             text: "Job pi has 0 succeeded so far and 1 pod running; it should run 3 at once."),
        Case(reason: .job(.deletePods(job: job, active: 3, want: 1)),
             text: "Job pi has 3 pods running but needs only 1, so I delete 2 pods."),
        Case(reason: .job(.countedPod(job: job, pod: "pi-x7k2p", succeeded: true)),
             text: "Pod pi-x7k2p of job pi succeeded; I count it and remove its tracking finalizer."),
        Case(reason: .job(.countedPod(job: job, pod: "pi-x7k2p", succeeded: false)),
             text: "Pod pi-x7k2p of job pi failed; I count it and remove its tracking finalizer."),
        Case(reason: .job(.backoffDelay(job: job, failed: 2, delaySeconds: 20)),
             text: "Job pi has seen 2 failures, so I wait 20s before making the next pod."),
        Case(reason: .job(.completed(job: job, succeeded: 3, completions: 3)),
             text: "Job pi reached 3 of 3 successful completions: it is Complete. Its pods stay, shown as Completed."),
        Case(reason: .job(.backoffLimitExceeded(job: job, failed: 7, backoffLimit: 6)),
             text: "Job pi has 7 failed pods, more than its backoffLimit of 6: it has failed and will not try again."),
        Case(reason: .job(.deadlineExceeded(job: job, seconds: 30)),
             text: "Job pi has been running for its activeDeadlineSeconds (30s): it has failed, and its running pods are stopped."),
        Case(reason: .job(.stopActivePods(job: job, condition: "DeadlineExceeded")),
             text: "Job pi has failed (DeadlineExceeded), so I stop its running pods."),
        Case(reason: .job(.statusUpdate(job: job)), text: "I update the status counts of job pi."),
        Case(reason: .cronJob(.scheduleReached(cronJob: cj, schedule: "0 2 * * *", scheduled: twoAM, job: "nightly-backup-29022560")),
             text: "CronJob nightly-backup's schedule \"0 2 * * *\" came due at 2025-03-04T02:00:00Z, so I create job nightly-backup-29022560."),
        Case(reason: .cronJob(.forbidConcurrent(cronJob: cj, running: "nightly-backup-29022560")),
             text: "CronJob nightly-backup is due, but job nightly-backup-29022560 is still running and concurrencyPolicy is Forbid, so I skip this run."),
        Case(reason: .cronJob(.replaceRunning(cronJob: cj, job: "nightly-backup-29022560")),
             text: "CronJob nightly-backup is due while job nightly-backup-29022560 is still running; concurrencyPolicy is Replace, so I delete nightly-backup-29022560."),
        Case(reason: .cronJob(.historyLimit(cronJob: cj, job: "nightly-backup-29022560", succeeded: true, limit: 3)),
             text: "CronJob nightly-backup keeps only 3 successful jobs, so I delete the oldest, nightly-backup-29022560."),
        Case(reason: .cronJob(.historyLimit(cronJob: cj, job: "nightly-backup-29022560", succeeded: false, limit: 1)),
             text: "CronJob nightly-backup keeps only 1 failed job, so I delete the oldest, nightly-backup-29022560."),
        Case(reason: .cronJob(.sawCompletedJob(cronJob: cj, job: "nightly-backup-29022560", status: "Complete")),
             text: "Job nightly-backup-29022560 of cronjob nightly-backup finished (Complete)."),
        Case(reason: .cronJob(.unexpectedJob(cronJob: cj, job: "manual")),
             text: "Job manual belongs to cronjob nightly-backup but was not started by its schedule, so I do not count it as one of its runs."),
        Case(reason: .cronJob(.missedDeadline(cronJob: cj, scheduled: twoAM)),
             text: "CronJob nightly-backup missed its run at 2025-03-04T02:00:00Z by more than startingDeadlineSeconds, so I skip it."),
        Case(reason: .cronJob(.statusUpdate(cronJob: cj)), text: "I update the status of cronjob nightly-backup."),
        Case(reason: .daemonSet(.nodeNeedsPod(daemonSet: ds, node: "node-4")),
             text: "Node node-4 should run daemonset fluentd and has no pod of it, so I create one there."),
        Case(reason: .daemonSet(.nodeNotEligible(daemonSet: ds, node: "node-2", pod: "fluentd-x7k2p", why: "its labels no longer match the nodeSelector")),
             text: "Node node-2 should no longer run daemonset fluentd: its labels no longer match the nodeSelector. I delete fluentd-x7k2p."),
        Case(reason: .daemonSet(.duplicatePod(daemonSet: ds, node: "node-2", pod: "fluentd-x7k2p")),
             text: "Node node-2 runs more than one pod of daemonset fluentd; the oldest stays and I delete fluentd-x7k2p."),
        Case(reason: .daemonSet(.finishedPod(daemonSet: ds, node: "node-2", pod: "fluentd-x7k2p", failed: true)),
             text: "Pod fluentd-x7k2p of daemonset fluentd on node-2 has failed; a daemon should keep running, so I delete it and will make a new one."),
        Case(reason: .daemonSet(.rollingUpdate(daemonSet: ds, node: "node-1", pod: "fluentd-x7k2p", unavailable: 0, maxUnavailable: 1)),
             text: "Daemonset fluentd has a new pod template. 0 of at most 1 nodes are without an available pod, so I replace fluentd-x7k2p on node-1."),
        Case(reason: .daemonSet(.statusUpdate(daemonSet: ds)), text: "I update the status counts of daemonset fluentd."),
        Case(reason: .statefulSet(.createOrdinal(statefulSet: sts, pod: "web-0", ordinal: 0, replicas: 3, parallel: false)),
             text: "StatefulSet web wants 3 pods and has none yet, so I create web-0 first."),
        Case(reason: .statefulSet(.createOrdinal(statefulSet: sts, pod: "web-2", ordinal: 2, replicas: 3, parallel: false)),
             text: "Every pod of web below ordinal 2 is Running and Ready, so I create web-2 (of 3)."),
        Case(reason: .statefulSet(.createOrdinal(statefulSet: sts, pod: "web-2", ordinal: 2, replicas: 3, parallel: true)),
             text: "StatefulSet web wants 3 pods and web-2 is missing; podManagementPolicy is Parallel, so I create it without waiting for the others."),
        Case(reason: .statefulSet(.waitingForOrdinal(statefulSet: sts, pod: "web-1")),
             text: "StatefulSet web starts pods in order: web-1 is not yet Running and Ready, so the next one waits."),
        Case(reason: .statefulSet(.condemned(statefulSet: sts, pod: "web-2", ordinal: 2, replicas: 1)),
             text: "StatefulSet web wants 1 pods; web-2 has ordinal 2, the highest beyond that, so I delete it first."),
        Case(reason: .statefulSet(.recreateFinished(statefulSet: sts, pod: "web-0")),
             text: "Pod web-0 of statefulset web has stopped for good, so I delete it; it comes back under the same name."),
        Case(reason: .statefulSet(.rollingUpdate(statefulSet: sts, pod: "web-2", revision: "web-76bc6b68c5", partition: 0)),
             text: "StatefulSet web has a new revision web-76bc6b68c5. Updates go from the highest ordinal down, one at a time, so I delete web-2 to recreate it."),
        Case(reason: .statefulSet(.rollingUpdate(statefulSet: sts, pod: "web-2", revision: "web-76bc6b68c5", partition: 1)),
             text: "StatefulSet web has a new revision web-76bc6b68c5 (ordinals below the partition 1 keep the old one). Updates go from the highest ordinal down, one at a time, so I delete web-2 to recreate it."),
        Case(reason: .statefulSet(.statusUpdate(statefulSet: sts)), text: "I update the status counts of statefulset web."),
    ])
    func rendersEachReason(_ c: Case) {
        #expect(Prose.render(c.reason, created: c.created) == c.text)
    }

    @Test func controllersAreTitled() {
        #expect(Prose.title(.job) == "Job controller")
        #expect(Prose.title(.cronJob) == "CronJob controller")
        #expect(Prose.title(.daemonSet) == "DaemonSet controller")
        #expect(Prose.title(.statefulSet) == "StatefulSet controller")
    }
}
