import ClusterSim
import KubeModel

/// Job and CronJob rows (`pkg/printers/internalversion/printers.go printJob`, `printCronJob`,
/// as a v1.32 API server prints them: STATUS on jobs and TIMEZONE on cronjobs since 1.30).
extension ResourcePrinters {
    /// Complete, Failed, Terminating, Suspended, FailureTarget, else Running.
    public static func jobStatus(_ j: Job) -> String {
        if j.status.condition("Complete") != nil { return "Complete" }
        if j.status.condition("Failed") != nil { return "Failed" }
        if j.metadata.deletionTimestamp != nil { return "Terminating" }
        if j.status.condition("Suspended") != nil { return "Suspended" }
        if j.status.condition("FailureTarget") != nil { return "FailureTarget" }
        return "Running"
    }

    /// `1/3`; without completions `0/1`, or `0/1 of 3` when several run in parallel.
    public static func jobCompletions(_ j: Job) -> String {
        if let c = j.spec.completions { return "\(j.status.succeeded)/\(c)" }
        let p = j.spec.parallelism ?? 1
        return p > 1 ? "\(j.status.succeeded)/1 of \(p)" : "\(j.status.succeeded)/1"
    }

    /// Since status.startTime, up to completionTime once complete (a failed Job keeps counting).
    public static func jobDuration(_ j: Job, now: Instant) -> String {
        guard let start = j.status.startTime else { return "" }
        return HumanDuration.format((j.status.completionTime ?? now) - start)
    }

    static func jobRow(_ j: Job, now: Instant, wide: Bool, name: String) -> [String] {
        let age = j.metadata.creationTimestamp.map { HumanDuration.format(now - $0) } ?? "<unknown>"
        var r = [name, jobStatus(j), jobCompletions(j), jobDuration(j, now: now), age]
        if wide { r += containerCells(j.spec.template.spec) + [j.spec.selector?.description ?? "<none>"] }
        return r
    }

    static func cronJobRow(_ c: CronJob, now: Instant, wide: Bool, name: String) -> [String] {
        let age = c.metadata.creationTimestamp.map { HumanDuration.format(now - $0) } ?? "<unknown>"
        let last = c.status.lastScheduleTime.map { HumanDuration.format(now - $0) } ?? "<none>"
        var r = [name, c.spec.schedule, c.spec.timeZone ?? "<none>", c.spec.suspend ? "True" : "False",
                 String(c.status.active.count), last, age]
        if wide { r += containerCells(c.spec.jobTemplate.spec.template.spec) + [c.spec.jobTemplate.spec.selector?.description ?? "<none>"] }
        return r
    }
}
