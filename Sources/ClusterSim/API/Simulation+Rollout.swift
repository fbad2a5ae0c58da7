import KubeModel

/// What `kubectl rollout undo` did.
public enum RollbackOutcome: Hashable, Sendable {
    /// The deployment's template (and annotations) now come from the target revision.
    case rolledBack(toRevision: Int, replicaSet: String)
    /// The template already matched: nothing was changed. Carries the revision as asked
    /// (0 for "the previous one"), because kubectl prints it as given.
    case skipped(requestedRevision: Int)
}

/// Why `kubectl rollout undo` refused (`KC/pkg/polymorphichelpers/rollback.go`).
public enum RollbackError: Error, Hashable, Sendable {
    case server(APIError)
    /// `--to-revision=N` names no revision of this deployment (or N < 0).
    case revisionNotFound(Int)
    /// No revision before the current one.
    case noRolloutHistory(deployment: String)
    case paused
}

/// Why a watch of one object ended.
public enum WatchEnd: Hashable, Sendable {
    /// The observer said it had seen enough.
    case satisfied
    /// The object was deleted.
    case deleted
    /// `timeout` of simulated time passed.
    case timedOut
    /// Nothing changed the object for `quietLimit` and nothing is due that could: the cluster
    /// would have to be changed by someone for the object to change.
    case quiet
}

extension Simulation {
    /// The ReplicaSets a deployment controls, by revision (`KC/pkg/polymorphichelpers/history.go
    /// DeploymentHistoryViewer.GetHistory`). Two with the same revision: the later one listed wins.
    public func rolloutHistory(_ key: ObjectKey) throws(APIError) -> [Int: ReplicaSet] {
        guard let d = state.deployments[key] else { throw .notFound(.deployment, name: key.name) }
        var history: [Int: ReplicaSet] = [:]
        for rs in state.replicaSets(ownedBy: d.metadata.uid) {
            guard let text = rs.metadata.annotations[DeploymentKeys.revision], let revision = Int(text) else { continue }
            history[revision] = rs
        }
        return history
    }

    /// `kubectl rollout undo` for a Deployment, client-side as current kubectl does it
    /// (`DeploymentRollbacker.Rollback`): find the target ReplicaSet (revision `toRevision`, or
    /// the second-highest when 0), refuse a paused deployment, skip when the template already
    /// matches, else replace the deployment's template with the ReplicaSet's (minus
    /// pod-template-hash) and its annotations with the ReplicaSet's (keeping the deployment's
    /// own values of the skip list). The controller then finds that ReplicaSet as the new one.
    public func rollbackDeployment(_ key: ObjectKey, toRevision: Int) throws(RollbackError) -> RollbackOutcome {
        if toRevision < 0 { throw .revisionNotFound(toRevision) }
        guard var d = state.deployments[key] else { throw .server(.notFound(.deployment, name: key.name)) }
        let target = try rollbackTarget(d, toRevision: toRevision)
        if d.spec.paused { throw .paused }
        if RolloutMath.equalIgnoreHash(target.spec.template, d.spec.template) {
            return .skipped(requestedRevision: toRevision)
        }
        var template = target.spec.template
        template.metadata.labels[DeploymentKeys.podTemplateHashLabel] = nil
        var annotations: [String: String] = [:]
        for k in DeploymentKeys.skippedOnCopy { if let v = d.metadata.annotations[k] { annotations[k] = v } }
        for (k, v) in target.metadata.annotations where !DeploymentKeys.skippedOnCopy.contains(k) { annotations[k] = v }
        d.spec.template = template
        d.metadata.annotations = annotations
        do { _ = try update(.deployment(d)) } catch { throw .server(error) }
        return .rolledBack(toRevision: RolloutMath.revision(of: target), replicaSet: target.metadata.name)
    }

    /// `deploymentRevision`: the ReplicaSet with revision `toRevision`, or for 0 the one with
    /// the second-highest revision among all the deployment's ReplicaSets.
    private func rollbackTarget(_ d: Deployment, toRevision: Int) throws(RollbackError) -> ReplicaSet {
        var latest: (Int, ReplicaSet)? = nil, previous: (Int, ReplicaSet)? = nil
        for rs in state.replicaSets(ownedBy: d.metadata.uid) {
            let text = rs.metadata.annotations[DeploymentKeys.revision] ?? "0"
            guard let v = Int(text) else { continue }
            if toRevision == 0 {
                if latest == nil || latest!.0 < v { previous = latest; latest = (v, rs) }
                else if previous == nil || previous!.0 < v { previous = (v, rs) }
            } else if v == toRevision {
                return rs
            }
        }
        if toRevision > 0 { throw .revisionNotFound(toRevision) }
        guard let previous else { throw .noRolloutHistory(deployment: d.metadata.name) }
        return previous.1
    }

    /// Lets the cluster run, one piece of work at a time, while something watches one
    /// Deployment — what `kubectl rollout status` waits on. `observe` is called with the
    /// deployment as it is now, then each time it changes; returning true ends the watch.
    ///
    /// It always ends: when `observe` is satisfied, the deployment is deleted, `timeout`
    /// passes, or nothing changed it for `quietLimit` (the next thing due is further away,
    /// or nothing is due at all). The clock is left where the watch stopped.
    public func watchDeployment(_ key: ObjectKey, timeout: Millis?, quietLimit: Millis,
                                observe: (Deployment) -> Bool) -> WatchEnd {
        guard var last = state.deployments[key] else { return .deleted }
        if observe(last) { return .satisfied }
        let timeoutAt = timeout.map { state.now + $0 }
        var lastChange = state.now
        while true {
            let quietAt = lastChange + quietLimit
            let stopAt = timeoutAt.map { min($0, quietAt) } ?? quietAt
            guard case .some = runNext(until: stopAt) else {
                if stopAt > state.now { state.now = stopAt }
                if let timeoutAt, stopAt >= timeoutAt { return .timedOut }
                return .quiet
            }
            guard let current = state.deployments[key], current.metadata.uid == last.metadata.uid else { return .deleted }
            if current.metadata.resourceVersion != last.metadata.resourceVersion {
                last = current
                lastChange = state.now
                if observe(current) { return .satisfied }
            }
        }
    }
}
