import KubeModel

/// The store's Jobs and CronJobs, with Jobs indexed by their controlling CronJob.
extension ClusterState {
    public func jobs(in namespace: String?) -> [Job] {
        Self.listed(jobs, in: namespace)
    }
    public func cronJobs(in namespace: String?) -> [CronJob] {
        Self.listed(cronJobs, in: namespace)
    }
    public func jobs(ownedBy uid: String) -> [Job] {
        (jobsByOwner[uid] ?? []).sorted().compactMap { jobs[$0] }
    }

    mutating func putJob(_ job: Job) {
        let key = job.metadata.key
        if let old = jobs[key], let owner = old.metadata.controllerRef {
            Self.drop(key, from: &jobsByOwner[owner.uid])
        }
        jobs[key] = job
        if let owner = job.metadata.controllerRef { jobsByOwner[owner.uid, default: []].insert(key) }
        objectsByUID[job.metadata.uid] = ObjectRef(.job, key)
    }

    mutating func removeJob(_ key: ObjectKey) {
        guard let old = jobs.removeValue(forKey: key) else { return }
        if let owner = old.metadata.controllerRef {
            Self.drop(key, from: &jobsByOwner[owner.uid])
        }
        objectsByUID[old.metadata.uid] = nil
    }

    mutating func putCronJob(_ cj: CronJob) {
        cronJobs[cj.metadata.key] = cj
        objectsByUID[cj.metadata.uid] = ObjectRef(.cronJob, cj.metadata.key)
    }

    mutating func removeCronJob(_ key: ObjectKey) {
        guard let old = cronJobs.removeValue(forKey: key) else { return }
        objectsByUID[old.metadata.uid] = nil
    }
}
