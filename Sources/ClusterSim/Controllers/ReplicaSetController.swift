import KubeModel

/// The ReplicaSet controller (`pkg/controller/replicaset/replica_set.go`): level-triggered,
/// it counts the active pods it owns, compares with spec.replicas and creates or deletes
/// the difference, then writes status.
///
/// Worked example: replicas 3, one pod just deleted (Terminating, so no longer active):
/// active = 2, diff = 2 − 3 = −1 → create 1 pod named from generateName `<rs>-`.
public enum ReplicaSetController {
    public static func reconcile(_ key: ObjectKey, in state: ClusterState, config: SimulationConfig) -> [Action] {
        guard let rs = state.replicaSets[key] else { return [] }
        let now = state.now
        var actions: [Action] = []
        var owned = state.pods(ownedBy: rs.metadata.uid)

        if rs.metadata.deletionTimestamp == nil {
            // Claim: release owned pods whose labels stopped matching, adopt matching orphans
            // (`controller_ref_manager.go ClaimPods`).
            for pod in owned where !rs.spec.selector.matches(pod.metadata.labels) {
                var meta = pod.metadata
                meta.ownerReferences.removeAll { $0.uid == rs.metadata.uid }
                actions.append(Action(.setPodMetadata(pod.metadata.key, meta),
                                      because: .replicaSet(.releasePod(replicaSet: key, pod: pod.metadata.name))))
            }
            owned.removeAll { !rs.spec.selector.matches($0.metadata.labels) }
            if !rs.spec.selector.isEmpty {
                for pod in state.pods(in: key.namespace, matching: rs.spec.selector)
                where pod.metadata.controllerRef == nil && pod.isActive {
                    var meta = pod.metadata
                    meta.ownerReferences.append(.controllerRef(kind: .replicaSet, meta: rs.metadata))
                    actions.append(Action(.setPodMetadata(pod.metadata.key, meta),
                                          because: .replicaSet(.adoptOrphan(replicaSet: key, pod: pod.metadata.name))))
                    var adopted = pod
                    adopted.metadata = meta
                    owned.append(adopted)
                }
            }
        }

        let active = owned.filter(\.isActive)
        let want = rs.spec.replicas
        let diff = active.count - want
        if rs.metadata.deletionTimestamp == nil {
            if diff < 0 {
                let n = min(-diff, config.burstReplicas)
                let reason = Reason.replicaSet(.tooFewPods(replicaSet: key, have: active.count, want: want))
                for _ in 0..<n {
                    actions.append(Action(.createPod(newPod(from: rs)), because: reason))
                }
            } else if diff > 0 {
                let n = min(diff, config.burstReplicas)
                let reason = Reason.replicaSet(.tooManyPods(replicaSet: key, have: active.count, want: want))
                for pod in PodDeletionRank.victims(active, count: n, state: state, now: now) {
                    actions.append(Action(.deletePod(pod.metadata.key, gracePeriod: nil), because: reason))
                }
            }
        }

        // Status is computed from what exists now, a pure function of the pods.
        var status = rs.status
        status.replicas = active.count
        status.fullyLabeledReplicas = active.filter { pod in
            rs.spec.template.metadata.labels.allSatisfy { pod.metadata.labels[$0.key] == $0.value }
        }.count
        status.readyReplicas = active.filter(\.isReady).count
        status.availableReplicas = active.filter { $0.isAvailable(minReadySeconds: rs.spec.minReadySeconds, now: now) }.count
        status.observedGeneration = rs.metadata.generation
        if status != rs.status {
            actions.append(Action(.setReplicaSetStatus(key, status), because: .replicaSet(.statusUpdate(replicaSet: key))))
        }
        // Ready but not yet available pods become available after minReadySeconds: look again then.
        if rs.spec.minReadySeconds > 0, status.readyReplicas > status.availableReplicas {
            actions.append(Action(.requeue(.replicaSet(key), at: now + .seconds(Int64(rs.spec.minReadySeconds)) + 1),
                                  because: .replicaSet(.statusUpdate(replicaSet: key))))
        }
        for event in actions.compactMap({ eventFor($0, rs: rs) }) { actions.append(event) }
        return actions
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

    /// The Event the real controller records for a delete. (Creates are recorded by the
    /// simulation once the API server has generated the pod's name.)
    private static func eventFor(_ action: Action, rs: ReplicaSet) -> Action? {
        guard case .deletePod(let podKey, _) = action.change else { return nil }
        let record = EventRecord(object: ObjectRef(.replicaSet, rs.metadata.key), uid: rs.metadata.uid,
                                 reason: "SuccessfulDelete", message: "Deleted pod: \(podKey.name)",
                                 source: .replicaSet)
        return Action(.recordEvent(record), because: action.reason)
    }
}
