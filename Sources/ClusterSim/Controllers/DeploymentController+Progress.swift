import KubeModel

/// The Deployment condition types and reasons (`deployment_util.go` constants).
public enum DeploymentConditions {
    public static let progressing = "Progressing"
    public static let available = "Available"
    public static let replicaFailure = "ReplicaFailure"

    public static let newRSCreated = "NewReplicaSetCreated"
    public static let foundNewRS = "FoundNewReplicaSet"
    public static let rsUpdated = "ReplicaSetUpdated"
    public static let newRSAvailable = "NewReplicaSetAvailable"
    public static let timedOut = "ProgressDeadlineExceeded"
    public static let failedRSCreate = "ReplicaSetCreateError"
    public static let paused = "DeploymentPaused"
    public static let resumed = "DeploymentResumed"
    public static let minimumAvailable = "MinimumReplicasAvailable"
    public static let minimumUnavailable = "MinimumReplicasUnavailable"
}

/// Progress and conditions (`progress.go syncRolloutStatus`, `sync.go checkPausedConditions`,
/// `deployment_util.go` condition helpers).
extension DeploymentSync {
    /// `HasProgressDeadline`: set and not MaxInt32.
    var hasProgressDeadline: Bool { d.spec.progressDeadlineSeconds != Int(Int32.max) }

    /// `SetDeploymentCondition` on the working status: nothing when status and reason are
    /// unchanged; otherwise the condition is removed and appended at the end ("last changed
    /// last"), keeping its transition time when only the reason changed.
    mutating func setCondition(_ type: String, _ status: ConditionStatus, _ reason: String, _ message: String) {
        Self.setCondition(&d.status, DeploymentCondition(type: type, status: status, reason: reason, message: message,
                                                         lastUpdateTime: now, lastTransitionTime: now))
    }

    static func setCondition(_ status: inout DeploymentStatus, _ condition: DeploymentCondition) {
        var condition = condition
        if let current = status.condition(condition.type) {
            if current.status == condition.status && current.reason == condition.reason { return }
            if current.status == condition.status { condition.lastTransitionTime = current.lastTransitionTime }
        }
        status.conditions.removeAll { $0.type == condition.type }
        status.conditions.append(condition)
    }

    /// `checkPausedConditions`: Progressing=Unknown while paused and once resumed, so the time
    /// spent paused never counts against the progress deadline. A timed-out condition stays.
    mutating func checkPausedConditions() {
        guard hasProgressDeadline else { return }
        let cond = d.status.condition(DeploymentConditions.progressing)
        if cond?.reason == DeploymentConditions.timedOut { return }
        let pausedCondExists = cond?.reason == DeploymentConditions.paused
        if d.spec.paused && !pausedCondExists {
            setCondition(DeploymentConditions.progressing, .unknown, DeploymentConditions.paused, "Deployment is paused")
            statusReason = .paused(deployment: key)
        } else if !d.spec.paused && pausedCondExists {
            setCondition(DeploymentConditions.progressing, .unknown, DeploymentConditions.resumed, "Deployment is resumed")
            statusReason = .resumed(deployment: key)
        }
    }

    /// `syncRolloutStatus`: counts, the Available condition, and — while a rollout is under
    /// way — the Progressing condition (complete, progressing, or timed out). Then asks to be
    /// woken when the progress deadline would pass (`requeueStuckDeployment`).
    mutating func syncRolloutStatus(allRSs: [ReplicaSet], newRS: ReplicaSet?) {
        var newStatus = calculateStatus(allRSs: allRSs, newRS: newRS)
        if !hasProgressDeadline { newStatus.conditions.removeAll { $0.type == DeploymentConditions.progressing } }
        let currentCond = d.status.condition(DeploymentConditions.progressing)
        let isCompleteDeployment = newStatus.replicas == newStatus.updatedReplicas && currentCond?.reason == DeploymentConditions.newRSAvailable
        let rsName = newRS.map { "ReplicaSet \"\($0.metadata.name)\"" } ?? "Deployment \"\(d.metadata.name)\""
        if hasProgressDeadline && !isCompleteDeployment {
            if deploymentComplete(newStatus) {
                Self.setCondition(&newStatus, condition(.true, DeploymentConditions.newRSAvailable, "\(rsName) has successfully progressed."))
                if newStatus.condition(DeploymentConditions.progressing) != currentCond {
                    statusReason = .rolloutComplete(deployment: key, replicaSet: newRS?.metadata.name, replicas: d.spec.replicas)
                }
            } else if deploymentProgressing(newStatus) {
                var cond = condition(.true, DeploymentConditions.rsUpdated, "\(rsName) is progressing.")
                if let currentCond {
                    if currentCond.status == .true { cond.lastTransitionTime = currentCond.lastTransitionTime }
                    newStatus.conditions.removeAll { $0.type == DeploymentConditions.progressing }
                }
                Self.setCondition(&newStatus, cond)
            } else if deploymentTimedOut(newStatus) {
                Self.setCondition(&newStatus, condition(.false, DeploymentConditions.timedOut, "\(rsName) has timed out progressing."))
                if currentCond?.reason != DeploymentConditions.timedOut {
                    statusReason = .progressDeadlineExceeded(deployment: key, replicaSet: newRS?.metadata.name,
                                                             seconds: d.spec.progressDeadlineSeconds)
                }
            }
        }
        if let failure = replicaFailure(allRSs: allRSs, newRS: newRS) {
            Self.setCondition(&newStatus, failure)
        } else {
            newStatus.conditions.removeAll { $0.type == DeploymentConditions.replicaFailure }
        }
        d.status = newStatus
        requeueStuckDeployment()
    }

    private func condition(_ status: ConditionStatus, _ reason: String, _ message: String) -> DeploymentCondition {
        DeploymentCondition(type: DeploymentConditions.progressing, status: status, reason: reason, message: message,
                            lastUpdateTime: now, lastTransitionTime: now)
    }

    /// `DeploymentComplete`: every replica updated, no old ones left, all available, and the
    /// latest spec observed.
    func deploymentComplete(_ s: DeploymentStatus) -> Bool {
        s.updatedReplicas == d.spec.replicas && s.replicas == d.spec.replicas
            && s.availableReplicas == d.spec.replicas && s.observedGeneration >= d.metadata.generation
    }

    /// `DeploymentProgressing`: more updated, fewer old, more ready or more available pods
    /// than the status last said.
    func deploymentProgressing(_ s: DeploymentStatus) -> Bool {
        let old = original.status
        return s.updatedReplicas > old.updatedReplicas
            || (s.replicas - s.updatedReplicas) < (old.replicas - old.updatedReplicas)
            || s.readyReplicas > old.readyReplicas
            || s.availableReplicas > old.availableReplicas
    }

    /// `DeploymentTimedOut`: no progress since the Progressing condition's lastUpdateTime
    /// for longer than progressDeadlineSeconds.
    func deploymentTimedOut(_ s: DeploymentStatus) -> Bool {
        guard hasProgressDeadline, let cond = s.condition(DeploymentConditions.progressing) else { return false }
        if cond.reason == DeploymentConditions.newRSAvailable { return false }
        if cond.reason == DeploymentConditions.timedOut { return true }
        return cond.lastUpdateTime + .seconds(Int64(d.spec.progressDeadlineSeconds)) < now
    }

    /// A ReplicaFailure condition of the new ReplicaSet (else of any), as a deployment condition.
    private func replicaFailure(allRSs: [ReplicaSet], newRS: ReplicaSet?) -> DeploymentCondition? {
        for rs in [newRS].compactMap({ $0 }) + allRSs {
            if let c = rs.status.conditions.first(where: { $0.type == DeploymentConditions.replicaFailure }) {
                let t = c.lastTransitionTime ?? now
                return DeploymentCondition(type: c.type, status: c.status, reason: c.reason ?? "", message: c.message ?? "",
                                           lastUpdateTime: t, lastTransitionTime: t)
            }
        }
        return nil
    }

    /// `requeueStuckDeployment`: look again one second after the deadline would pass. It is a
    /// timer, not work: `settle` does not wait for it, `advance` and `rollout status` reach it.
    mutating func requeueStuckDeployment() {
        guard hasProgressDeadline, let cond = d.status.condition(DeploymentConditions.progressing) else { return }
        if deploymentComplete(d.status) || cond.reason == DeploymentConditions.timedOut { return }
        let deadline = cond.lastUpdateTime + .seconds(Int64(d.spec.progressDeadlineSeconds))
        let due: Instant
        if deadline - now < 1000 {
            // Kubernetes requeues rate-limited here, backing off on every try. A condition that
            // says the rollout completed (NewReplicaSetAvailable) can never time out, so those
            // tries change nothing: skip them rather than wake at this same instant forever.
            guard cond.reason != DeploymentConditions.newRSAvailable else { return }
            due = now + 1000
        } else {
            due = deadline + 1000
        }
        actions.append(Action(.requeue(.deployment(key), at: due, retry: true), because: .deployment(.statusUpdate(deployment: key))))
    }
}
