import ClusterSim
import KubeModel

/// Builders for Job and CronJob tests.
enum BatchFixture {
    static func job(_ name: String, command: [String], completions: Int? = nil, parallelism: Int? = nil, backoffLimit: Int? = nil,
                    deadline: Int64? = nil, restart: RestartPolicy = .never) -> Job {
        var c = Container(name: name, image: "busybox")
        c.command = command
        var spec = PodSpec(containers: [c])
        spec.restartPolicy = restart
        var js = JobSpec(template: PodTemplateSpec(metadata: ObjectMeta(), spec: spec))
        js.completions = completions; js.parallelism = parallelism; js.backoffLimit = backoffLimit
        js.activeDeadlineSeconds = deadline
        return Job(metadata: ObjectMeta(name: name, namespace: "default"), spec: js)
    }

    static func cronJob(_ name: String, schedule: String, command: [String], policy: ConcurrencyPolicy = .allow,
                        image: String = "busybox", keepSucceeded: Int = 3, keepFailed: Int = 1) -> CronJob {
        var c = Container(name: name, image: image)
        c.command = command
        var spec = PodSpec(containers: [c])
        spec.restartPolicy = .onFailure
        var cs = CronJobSpec(schedule: schedule, jobTemplate: JobTemplateSpec(metadata: ObjectMeta(), spec: JobSpec(template: PodTemplateSpec(metadata: ObjectMeta(), spec: spec))))
        cs.concurrencyPolicy = policy
        cs.successfulJobsHistoryLimit = keepSucceeded
        cs.failedJobsHistoryLimit = keepFailed
        return CronJob(metadata: ObjectMeta(name: name, namespace: "default"), spec: cs)
    }

    static func pods(_ sim: Simulation, of job: String) -> [Pod] {
        guard let j = sim.state.jobs[ObjectKey("default", job)] else { return [] }
        return sim.state.pods(ownedBy: j.metadata.uid)
    }

    static func events(_ sim: Simulation, about uid: String) -> [String] {
        sim.state.events.about(uid: uid).map { "\($0.reason): \($0.message)" }
    }
}
