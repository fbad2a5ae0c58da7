import KubeModel

/// The ReplicaSet controller (`pkg/controller/replicaset/replica_set.go syncReplicaSet`):
/// level-triggered, it claims pods (adopt/release), counts the active pods it owns, compares
/// with spec.replicas and creates or deletes the difference, then writes status.
///
/// Worked example: replicas 3, one pod just deleted (Terminating, so no longer active):
/// active = 2, diff = 2 − 3 = −1 → create 1 pod named from generateName `<rs>-`.
///
/// There are no "expectations" here: the simulation applies a sync's creates and deletes
/// before anything else runs, so the next sync always sees them. Nor is there a
/// slow-start batching (1, 2, 4, … creates, stopping at the first error): creating a pod
/// cannot fail in this cluster, so every batch would succeed and the result is the same.
public enum ReplicaSetController {
    public static func reconcile(_ key: ObjectKey, in state: ClusterState, config: SimulationConfig) -> [Action] {
        guard let rs = state.replicaSets[key] else { return [] }
        if let counted = countedSync(rs, in: state, config: config) { return counted }
        let now = state.now
        var actions: [Action] = []
        var owned = state.pods(ownedBy: rs.metadata.uid).filter(\.isActive)
        if rs.metadata.deletionTimestamp == nil {
            actions += claim(rs, owned: &owned, in: state)
        }

        let want = rs.spec.replicas
        let diff = owned.count - want
        if rs.metadata.deletionTimestamp == nil {
            if diff < 0 {
                let reason = Reason.replicaSet(.tooFewPods(replicaSet: key, have: owned.count, want: want))
                for _ in 0..<min(-diff, config.burstReplicas) {
                    actions.append(Action(.createPod(newPod(from: rs)), because: reason))
                }
            } else if diff > 0 {
                let reason = Reason.replicaSet(.tooManyPods(replicaSet: key, have: owned.count, want: want))
                var related = RelatedPodsOnNode(of: rs, in: state)
                let doomed = PodDeletionRank.victims(owned, count: min(diff, config.burstReplicas), now: now) {
                    related.rank(onNode: $0, in: state)
                }
                actions += deletions(of: doomed.map { owned[$0].metadata.key }, by: rs, because: reason)
                // The status written below leaves them out: they are Terminating once this sync is
                // applied, and a Deployment reading the old count would drain too far.
                let gone = Set(doomed)
                owned = owned.indices.filter { !gone.contains($0) }.map { owned[$0] }
            }
        }

        let (status, nextAvailable) = calculateStatus(rs, active: owned, now: now)
        if status != rs.status {
            actions.append(Action(.setReplicaSetStatus(key, status), because: .replicaSet(.statusUpdate(replicaSet: key))))
        }
        // A Ready pod becomes available minReadySeconds later: look again then (the pod
        // handler's `enqueueRSAfter(minReadySeconds + 1s)`).
        if let nextAvailable {
            actions.append(Action(.requeue(.replicaSet(key), at: nextAvailable + .seconds(1)),
                                  because: .replicaSet(.statusUpdate(replicaSet: key))))
        }
        return actions
    }

    /// The same sync answered from the store's per-owner counters (`OwnerPodCounts`) when they
    /// suffice (`countsSuffice`): no pod list, no claim, no `calculateStatus`. Creating needs
    /// no pod at all; deleting reads the owned pods once through the owner index to pick the
    /// victims (`victims(of:count:in:)`), and the status is the counters less those victims —
    /// what `calculateStatus` would count once they are Terminating. Otherwise nil, and the
    /// full sync runs.
    static func countedSync(_ rs: ReplicaSet, in state: ClusterState, config: SimulationConfig) -> [Action]? {
        let key = rs.metadata.key
        let counts = state.ownerCounts[rs.metadata.uid] ?? OwnerPodCounts()
        guard countsSuffice(rs, counts, in: state) else { return nil }
        var actions: [Action] = []
        var (active, ready) = (counts.active, counts.ready)
        let diff = counts.active - rs.spec.replicas
        if diff < 0 {
            let reason = Reason.replicaSet(.tooFewPods(replicaSet: key, have: counts.active, want: rs.spec.replicas))
            let pod = newPod(from: rs)
            for _ in 0..<min(-diff, config.burstReplicas) { actions.append(Action(.createPod(pod), because: reason)) }
        } else if diff > 0 {
            let reason = Reason.replicaSet(.tooManyPods(replicaSet: key, have: counts.active, want: rs.spec.replicas))
            let doomed = victims(of: rs, count: min(diff, config.burstReplicas), in: state)
            actions += deletions(of: doomed.map(\.key), by: rs, because: reason)
            active -= doomed.count
            ready -= doomed.count { $0.ready }
        }
        var status = rs.status
        status.replicas = active
        status.fullyLabeledReplicas = active
        status.readyReplicas = ready
        status.availableReplicas = ready
        status.observedGeneration = rs.metadata.generation
        if status != rs.status {
            actions.append(Action(.setReplicaSetStatus(key, status), because: .replicaSet(.statusUpdate(replicaSet: key))))
        }
        return actions
    }

    /// Whether the counters say all a sync needs but which pods to delete: nothing to claim
    /// (every active pod carries the template's labels, the selector asks only for labels
    /// the template has, no orphans in the namespace) and Ready means available.
    static func countsSuffice(_ rs: ReplicaSet, _ counts: OwnerPodCounts, in state: ClusterState) -> Bool {
        let selector = rs.spec.selector
        return rs.metadata.deletionTimestamp == nil && rs.spec.minReadySeconds == 0
            && counts.fullyLabeled == counts.active && !selector.isEmpty
            && (state.orphanPods[rs.metadata.namespace]?.isEmpty ?? true)
            && selector.matchExpressions.allSatisfy({ [.in, .equals, .exists].contains($0.op) })
            && selector.matches(rs.spec.template.metadata.labels)
    }

    /// `ClaimPods` (`controller_ref_manager.go`): owned active pods whose labels stopped
    /// matching are released (they live on as naked pods); active orphans that match are
    /// adopted. Orphans come from the store's orphan index, never from a selector scan.
    static func claim(_ rs: ReplicaSet, owned: inout [Pod], in state: ClusterState) -> [Action] {
        let key = rs.metadata.key
        var actions: [Action] = []
        for pod in owned where !rs.spec.selector.matches(pod.metadata.labels) {
            var meta = pod.metadata
            meta.ownerReferences.removeAll { $0.uid == rs.metadata.uid }
            actions.append(Action(.setPodMetadata(pod.metadata.key, meta),
                                  because: .replicaSet(.releasePod(replicaSet: key, pod: pod.metadata.name))))
        }
        owned.removeAll { !rs.spec.selector.matches($0.metadata.labels) }
        guard !rs.spec.selector.isEmpty else { return actions }
        for pod in state.orphanPods(in: key.namespace)
        where pod.isActive && rs.spec.selector.matches(pod.metadata.labels) {
            var meta = pod.metadata
            meta.ownerReferences.append(.controllerRef(kind: .replicaSet, meta: rs.metadata))
            actions.append(Action(.setPodMetadata(pod.metadata.key, meta),
                                  because: .replicaSet(.adoptOrphan(replicaSet: key, pod: pod.metadata.name))))
            var adopted = pod
            adopted.metadata = meta
            owned.append(adopted)
        }
        return actions
    }

    /// `calculateStatus`, in one pass over the active pods: replicas, fully labelled, ready
    /// and available counts; plus when the next Ready-but-not-yet-available pod will become
    /// available, if any.
    static func calculateStatus(_ rs: ReplicaSet, active: [Pod], now: Instant) -> (ReplicaSetStatus, Instant?) {
        var status = rs.status
        status.replicas = active.count
        status.fullyLabeledReplicas = 0
        status.readyReplicas = 0
        status.availableReplicas = 0
        var next: Instant? = nil
        let templateLabels = rs.spec.template.metadata.labels
        for pod in active {
            if templateLabels.allSatisfy({ pod.metadata.labels[$0.key] == $0.value }) { status.fullyLabeledReplicas += 1 }
            guard pod.isReady else { continue }
            status.readyReplicas += 1
            if pod.isAvailable(minReadySeconds: rs.spec.minReadySeconds, now: now) {
                status.availableReplicas += 1
            } else if let since = pod.status.condition("Ready")?.lastTransitionTime {
                let at = since + .seconds(Int64(rs.spec.minReadySeconds))
                next = min(next ?? at, at)
            }
        }
        status.observedGeneration = rs.metadata.generation
        return (status, next)
    }

    /// A pod for this ReplicaSet: the template's labels and spec, a generateName, and a
    /// controller reference back (`controller_utils.go GetPodFromTemplate`).
    static func newPod(from rs: ReplicaSet) -> Pod {
        var meta = ObjectMeta(name: "", namespace: rs.metadata.namespace,
                              labels: rs.spec.template.metadata.labels,
                              annotations: rs.spec.template.metadata.annotations)
        meta.generateName = rs.metadata.name + "-"
        meta.ownerReferences = [.controllerRef(kind: .replicaSet, meta: rs.metadata)]
        return Pod(metadata: meta, spec: rs.spec.template.spec)
    }
}
