import KubeModel

/// Which ReplicaSets belong to the Deployment, which one is "new", and creating it
/// (`deployment_controller.go getReplicaSetsForDeployment`, `sync.go getNewReplicaSet`).
extension DeploymentSync {
    /// `ClaimReplicaSets`: keep owned ReplicaSets whose labels still match, release the
    /// others, adopt matching orphans (not while the deployment is being deleted).
    mutating func claimReplicaSets() {
        var claimed: [ReplicaSet] = []
        for rs in state.replicaSets(ownedBy: d.metadata.uid) {
            if d.spec.selector.matches(rs.metadata.labels) { claimed.append(rs); continue }
            guard d.metadata.deletionTimestamp == nil else { continue }
            var released = rs
            released.metadata.ownerReferences.removeAll { $0.uid == d.metadata.uid }
            actions.append(Action(.updateReplicaSet(released),
                                  because: .deployment(.releasedReplicaSet(deployment: key, replicaSet: rs.metadata.name))))
        }
        if d.metadata.deletionTimestamp == nil {
            for rs in state.orphanReplicaSets(in: key.namespace)
            where rs.metadata.deletionTimestamp == nil && d.spec.selector.matches(rs.metadata.labels) {
                var adopted = rs
                adopted.metadata.ownerReferences.append(.controllerRef(kind: .deployment, meta: d.metadata))
                actions.append(Action(.updateReplicaSet(adopted),
                                      because: .deployment(.adoptedReplicaSet(deployment: key, replicaSet: rs.metadata.name))))
                claimed.append(adopted)
            }
        }
        rsList = claimed.sorted(by: RolloutMath.olderFirst)
    }

    /// `FindNewReplicaSet`: the oldest ReplicaSet whose template equals the deployment's.
    var newReplicaSet: ReplicaSet? {
        rsList.sorted(by: RolloutMath.olderFirst).first { RolloutMath.equalIgnoreHash($0.spec.template, d.spec.template) }
    }

    /// Every ReplicaSet but the new one (`FindOldReplicaSets`, the "all" list), oldest first.
    var oldReplicaSets: [ReplicaSet] {
        let newName = newReplicaSet?.metadata.name
        return rsList.filter { $0.metadata.name != newName }.sorted(by: RolloutMath.olderFirst)
    }

    /// `getAllReplicaSetsAndSyncRevision`: the new ReplicaSet (created when asked and
    /// missing) with its revision brought up to date, and all old ones.
    mutating func allReplicaSetsAndSyncRevision(createIfNotExisted: Bool) -> (ReplicaSet?, [ReplicaSet]) {
        let oldRSs = oldReplicaSets
        let newRevision = (oldRSs.map(RolloutMath.revision(of:)).max() ?? 0) + 1
        if let existing = newReplicaSet {
            let synced = syncExistingNewReplicaSet(existing, newRevision: newRevision)
            return (synced, oldReplicaSets)
        }
        guard createIfNotExisted else { return (nil, oldRSs) }
        return (createNewReplicaSet(oldRSs: oldRSs, revision: newRevision), oldReplicaSets)
    }

    /// The existing new ReplicaSet: copy the deployment's annotations onto it, renumber it
    /// if an older revision is being re-used, keep minReadySeconds in step, and make the
    /// deployment's revision annotation follow it.
    private mutating func syncExistingNewReplicaSet(_ rs: ReplicaSet, newRevision: Int) -> ReplicaSet {
        var copy = rs
        let oldRevision = RolloutMath.revision(of: rs)
        let changed = setNewReplicaSetAnnotations(&copy, newRevision: newRevision, exists: true)
        let minReadyChanged = copy.spec.minReadySeconds != d.spec.minReadySeconds
        if changed || minReadyChanged {
            copy.spec.minReadySeconds = d.spec.minReadySeconds
            let revision = RolloutMath.revision(of: copy)
            let reason: DeploymentReason = revision != oldRevision
                ? .reusedReplicaSet(deployment: key, replicaSet: rs.metadata.name, oldRevision: oldRevision, newRevision: revision)
                : .copiedAnnotations(deployment: key, replicaSet: rs.metadata.name)
            put(copy, because: reason)
            if revision != oldRevision { metadataReason = reason }
        }
        setDeploymentRevision(copy.metadata.annotations[DeploymentKeys.revision] ?? "")
        if hasProgressDeadline, d.status.condition(DeploymentConditions.progressing) == nil {
            setCondition(DeploymentConditions.progressing, .true, DeploymentConditions.foundNewRS, "Found new replica set \"\(rs.metadata.name)\"")
        }
        return copy
    }

    /// Creates the ReplicaSet `<deployment>-<pod-template-hash>` for the current template,
    /// sized by `NewRSNewReplicas`. On a name clash with a ReplicaSet that is not ours,
    /// bumps `status.collisionCount` and stops (the next sync uses another hash).
    private mutating func createNewReplicaSet(oldRSs: [ReplicaSet], revision: Int) -> ReplicaSet? {
        let hash = TemplateHash.podTemplateHash(d.spec.template, collisionCount: d.status.collisionCount)
        let name = "\(d.metadata.name)-\(hash)"
        var template = d.spec.template
        template.metadata.labels[DeploymentKeys.podTemplateHashLabel] = hash
        var selector = d.spec.selector
        selector.matchLabels[DeploymentKeys.podTemplateHashLabel] = hash
        var meta = ObjectMeta(name: name, namespace: key.namespace, labels: template.metadata.labels)
        meta.ownerReferences = [.controllerRef(kind: .deployment, meta: d.metadata)]
        var rs = ReplicaSet(metadata: meta, spec: ReplicaSetSpec(replicas: 0, selector: selector, template: template))
        rs.spec.minReadySeconds = d.spec.minReadySeconds
        rs.spec.replicas = RolloutMath.newRSNewReplicas(d, allRSs: oldRSs + [rs], newRS: rs)
        _ = setNewReplicaSetAnnotations(&rs, newRevision: revision, exists: false)

        if let existing = state.replicaSets[ObjectKey(key.namespace, name)] {
            if existing.metadata.controllerRef?.uid == d.metadata.uid,
               RolloutMath.equalIgnoreHash(existing.spec.template, d.spec.template) {
                return existing
            }
            let count = Int(d.status.collisionCount ?? 0) + 1
            d.status.collisionCount = Int32(count)
            statusReason = .hashCollision(deployment: key, replicaSet: name, collisionCount: count)
            actions.append(Action(.requeue(.deployment(key), at: now), because: .deployment(.statusUpdate(deployment: key))))
            return nil
        }

        let specTotal = RolloutMath.specTotal(oldRSs)
        let why: DeploymentReason.CreateWhy
        switch d.spec.strategy.type {
        case .recreate: why = .recreate
        case .rollingUpdate:
            let surge = RolloutMath.maxSurge(d)
            why = oldRSs.isEmpty ? .noReplicaSet : .rollingUpdate(maxTotal: d.spec.replicas + surge, maxSurge: surge, specTotal: specTotal)
        }
        let reason = DeploymentReason.createdReplicaSet(deployment: key, replicaSet: name, revision: revision,
                                                        replicas: rs.spec.replicas, why: why)
        actions.append(Action(.createReplicaSet(rs), because: .deployment(reason)))
        created.insert(name)
        rsList.append(rs)
        if rs.spec.replicas > 0 {
            recordEvent("Scaled up replica set \(name) to \(rs.spec.replicas)", because: reason)
        }
        setDeploymentRevision(String(revision))
        metadataReason = reason
        if hasProgressDeadline {
            setCondition(DeploymentConditions.progressing, .true, DeploymentConditions.newRSCreated, "Created new replica set \"\(name)\"")
        }
        return rs
    }

    /// `SetNewReplicaSetAnnotations`: copy the deployment's annotations (minus the skip list),
    /// raise the revision to `newRevision` if it is lower — remembering the old number in
    /// revision-history — and, for a ReplicaSet about to be created, the replica annotations.
    mutating func setNewReplicaSetAnnotations(_ rs: inout ReplicaSet, newRevision: Int, exists: Bool) -> Bool {
        var changed = false
        for (k, v) in d.metadata.annotations.sorted(by: { $0.key < $1.key })
        where !DeploymentKeys.skippedOnCopy.contains(k) && rs.metadata.annotations[k] != v {
            rs.metadata.annotations[k] = v
            changed = true
        }
        let oldText = rs.metadata.annotations[DeploymentKeys.revision]
        let oldRevision = Int(oldText ?? "") ?? 0
        if let oldText, Int(oldText) == nil { return changed }
        if oldRevision < newRevision {
            rs.metadata.annotations[DeploymentKeys.revision] = String(newRevision)
            changed = true
            if let oldText {
                rs.metadata.annotations[DeploymentKeys.revisionHistory] = Self.appendHistory(
                    rs.metadata.annotations[DeploymentKeys.revisionHistory] ?? "", oldText)
            }
        }
        if !exists && setReplicasAnnotations(&rs) { changed = true }
        return changed
    }

    /// Appends a revision to the revision-history list, dropping the oldest entries to stay
    /// within 2000 characters (`sync.go maxRevHistoryLengthInChars`).
    static func appendHistory(_ history: String, _ revision: String, limit: Int = 2000) -> String {
        if history.isEmpty { return revision }
        var entries = history.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        var total = history.count + revision.count + 1
        var start = 0
        while total > limit && start < entries.count {
            total -= entries[start].count + 1
            start += 1
        }
        guard total <= limit else { return history }
        entries = Array(entries[start...]) + [revision]
        return entries.joined(separator: ",")
    }

    /// `SetReplicasAnnotations`: desired-replicas = replicas, max-replicas = replicas + maxSurge.
    func setReplicasAnnotations(_ rs: inout ReplicaSet) -> Bool {
        let desired = String(d.spec.replicas), maxReplicas = String(d.spec.replicas + RolloutMath.maxSurge(d))
        var changed = false
        if rs.metadata.annotations[DeploymentKeys.desiredReplicas] != desired {
            rs.metadata.annotations[DeploymentKeys.desiredReplicas] = desired; changed = true
        }
        if rs.metadata.annotations[DeploymentKeys.maxReplicas] != maxReplicas {
            rs.metadata.annotations[DeploymentKeys.maxReplicas] = maxReplicas; changed = true
        }
        return changed
    }

    /// `SetDeploymentRevision`.
    mutating func setDeploymentRevision(_ revision: String) {
        if d.metadata.annotations[DeploymentKeys.revision] != revision {
            d.metadata.annotations[DeploymentKeys.revision] = revision
        }
    }
}
