import KubeModel

/// The StatefulSet controller (`pkg/controller/statefulset/stateful_set_control.go
/// updateStatefulSet`), for the default `OrderedReady` and the `Parallel` policies:
/// 1. pods are named `<set>-<ordinal>`; one whose phase is Failed or Succeeded is deleted
///    and later recreated under the same name;
/// 2. missing ordinals below replicas are created lowest first; under OrderedReady only
///    one per sync, and only once every lower ordinal is Running and Ready;
/// 3. once all wanted pods are healthy (OrderedReady) the ordinals ≥ replicas are deleted
///    highest first, each waiting until the one before is gone;
/// 4. RollingUpdate: with every pod healthy, the highest ordinal ≥ partition whose
///    `controller-revision-hash` is not the update revision is deleted; it comes back
///    at the new revision. Ordinals below the partition are recreated at the old one.
public enum StatefulSetController {
    public static func revision(_ sts: StatefulSet, template: PodTemplateSpec? = nil) -> String {
        "\(sts.metadata.name)-\(TemplateHash.podTemplateHash(template ?? sts.spec.template))"
    }

    static func ordinal(of pod: Pod, in sts: StatefulSet) -> Int? {
        let prefix = sts.metadata.name + "-"
        guard pod.metadata.name.hasPrefix(prefix) else { return nil }
        return Int(pod.metadata.name.dropFirst(prefix.count))
    }

    static func healthy(_ pod: Pod, _ sts: StatefulSet, now: Instant) -> Bool {
        pod.metadata.deletionTimestamp == nil && pod.status.phase == .running
            && pod.isAvailable(minReadySeconds: sts.spec.minReadySeconds, now: now)
    }

    public static func reconcile(_ key: ObjectKey, in state: ClusterState, config: SimulationConfig) -> [Action] {
        guard let sts = state.statefulSets[key], sts.metadata.deletionTimestamp == nil else { return [] }
        let now = state.now
        var actions: [Action] = []
        let updateRevision = revision(sts)
        let currentRevision = sts.status.currentRevision.isEmpty ? updateRevision : sts.status.currentRevision
        if state.statefulSetRevisions[updateRevision] == nil {
            actions.append(Action(.recordStatefulSetRevision(updateRevision, sts.spec.template), because: .statefulSet(.statusUpdate(statefulSet: key))))
        }
        var byOrdinal: [Int: Pod] = [:]
        for pod in state.pods(ownedBy: sts.metadata.uid) {
            if let o = ordinal(of: pod, in: sts) { byOrdinal[o] = pod }
        }
        let parallel = sts.spec.podManagementPolicy == "Parallel"
        let replicas = sts.spec.replicas
        var blocked = false

        // 1–2. Wanted ordinals, lowest first.
        for o in 0..<replicas {
            let name = "\(key.name)-\(o)"
            guard let pod = byOrdinal[o] else {
                let template = o < sts.spec.partition ? (state.statefulSetRevisions[currentRevision] ?? sts.spec.template) : sts.spec.template
                let rev = o < sts.spec.partition ? currentRevision : updateRevision
                let reason = Reason.statefulSet(.createOrdinal(statefulSet: key, pod: name, ordinal: o, replicas: replicas, parallel: parallel))
                // `CreateStatefulPod`: the claims first (an existing one is reused), then the pod.
                for c in sts.spec.volumeClaimTemplates where state.persistentVolumeClaims[ObjectKey(key.namespace, "\(c.name)-\(name)")] == nil {
                    var spec = PersistentVolumeClaimSpec()
                    spec.accessModes = c.accessModes.isEmpty ? ["ReadWriteOnce"] : c.accessModes
                    spec.storage = c.storage
                    spec.storageClassName = c.storageClassName
                    let claim = PersistentVolumeClaim(metadata: ObjectMeta(name: "\(c.name)-\(name)", namespace: key.namespace,
                                                                           labels: sts.spec.selector.matchLabels), spec: spec)
                    actions.append(Action(.createPersistentVolumeClaim(claim), because: reason))
                    actions.append(Action(.recordEvent(event(sts, "SuccessfulCreate", "create Claim \(c.name)-\(name) Pod \(name) in StatefulSet \(key.name) success")), because: reason))
                }
                actions.append(Action(.createPod(newPod(sts, ordinal: o, template: template, revision: rev)), because: reason))
                actions.append(Action(.recordEvent(event(sts, "SuccessfulCreate", "create Pod \(name) in StatefulSet \(key.name) successful")), because: reason))
                blocked = true
                if parallel { continue } else { break }
            }
            if pod.metadata.deletionTimestamp == nil, pod.status.phase == .failed || pod.status.phase == .succeeded {
                let reason = Reason.statefulSet(.recreateFinished(statefulSet: key, pod: name))
                actions.append(Action(.deletePod(pod.metadata.key, gracePeriod: nil), because: reason))
                actions.append(Action(.recordEvent(event(sts, "SuccessfulDelete", "delete Pod \(name) in StatefulSet \(key.name) successful")), because: reason))
                blocked = true
                if parallel { continue } else { break }
            }
            if !healthy(pod, sts, now: now) {
                blocked = true
                if !parallel {
                    // The pod's own changes wake the controller; only minReadySeconds needs a timer.
                    if sts.spec.minReadySeconds > 0, pod.isReady, let since = pod.status.condition("Ready")?.lastTransitionTime {
                        actions.append(Action(.requeue(.statefulSet(key), at: since + .seconds(Int64(sts.spec.minReadySeconds)) + 1000),
                                              because: .statefulSet(.waitingForOrdinal(statefulSet: key, pod: name))))
                    }
                    break
                }
            }
        }

        // 3. Condemned ordinals, highest first.
        let condemned = byOrdinal.keys.filter { $0 >= replicas }.sorted(by: >)
        if !condemned.isEmpty && (parallel || !blocked) {
            for o in condemned {
                guard let pod = byOrdinal[o] else { continue }
                if pod.metadata.deletionTimestamp != nil { if parallel { continue } else { blocked = true; break } }
                let reason = Reason.statefulSet(.condemned(statefulSet: key, pod: pod.metadata.name, ordinal: o, replicas: replicas))
                actions.append(Action(.deletePod(pod.metadata.key, gracePeriod: nil), because: reason))
                actions.append(Action(.recordEvent(event(sts, "SuccessfulDelete", "delete Pod \(pod.metadata.name) in StatefulSet \(key.name) successful")), because: reason))
                blocked = true
                if !parallel { break }
            }
        }

        // 4. Rolling update from the highest ordinal down to the partition.
        if !blocked && condemned.isEmpty && sts.spec.updateStrategyType == "RollingUpdate" {
            for o in stride(from: replicas - 1, through: max(0, sts.spec.partition), by: -1) {
                guard let pod = byOrdinal[o] else { break }
                if pod.metadata.labels["controller-revision-hash"] == updateRevision { continue }
                if !healthy(pod, sts, now: now) { break }
                let reason = Reason.statefulSet(.rollingUpdate(statefulSet: key, pod: pod.metadata.name, revision: updateRevision, partition: sts.spec.partition))
                actions.append(Action(.deletePod(pod.metadata.key, gracePeriod: nil), because: reason))
                actions.append(Action(.recordEvent(event(sts, "SuccessfulDelete", "delete Pod \(pod.metadata.name) in StatefulSet \(key.name) successful")), because: reason))
                break
            }
        }

        // 5. Status.
        var status = StatefulSetStatus()
        status.observedGeneration = sts.metadata.generation
        status.collisionCount = sts.status.collisionCount
        for pod in byOrdinal.values where pod.metadata.deletionTimestamp == nil {
            status.replicas += 1
            if pod.isReady { status.readyReplicas += 1 }
            if pod.isAvailable(minReadySeconds: sts.spec.minReadySeconds, now: now) { status.availableReplicas += 1 }
            let rev = pod.metadata.labels["controller-revision-hash"]
            if rev == currentRevision { status.currentReplicas += 1 }
            if rev == updateRevision { status.updatedReplicas += 1 }
        }
        status.updateRevision = updateRevision
        status.currentRevision = currentRevision
        // `completeRollingUpdate`: every pod updated and ready.
        if status.updatedReplicas == replicas && status.readyReplicas == replicas && status.replicas == replicas {
            status.currentRevision = updateRevision
            status.currentReplicas = status.updatedReplicas
        }
        if status != sts.status {
            actions.append(Action(.setStatefulSetStatus(key, status), because: .statefulSet(.statusUpdate(statefulSet: key))))
        }
        return actions
    }

    static func event(_ sts: StatefulSet, _ reason: String, _ message: String) -> EventRecord {
        EventRecord(object: ObjectRef(.statefulSet, sts.metadata.key), uid: sts.metadata.uid, reason: reason,
                    message: message, source: .statefulSet)
    }

    /// `newVersionedStatefulSetPod`: the name, hostname and subdomain, the identity labels.
    static func newPod(_ sts: StatefulSet, ordinal: Int, template: PodTemplateSpec, revision: String) -> Pod {
        let name = "\(sts.metadata.name)-\(ordinal)"
        var meta = ObjectMeta(name: name, namespace: sts.metadata.namespace,
                              labels: template.metadata.labels, annotations: template.metadata.annotations)
        meta.labels["controller-revision-hash"] = revision
        meta.labels["statefulset.kubernetes.io/pod-name"] = name
        meta.labels["apps.kubernetes.io/pod-index"] = String(ordinal)
        meta.ownerReferences = [.controllerRef(kind: .statefulSet, meta: sts.metadata)]
        var spec = template.spec
        spec.hostname = name
        if !sts.spec.serviceName.isEmpty { spec.subdomain = sts.spec.serviceName }
        for claim in sts.spec.volumeClaimTemplates where !spec.volumes.contains(where: { $0.name == claim.name }) {
            spec.volumes.append(Volume(name: claim.name, source: .persistentVolumeClaim(claimName: "\(claim.name)-\(name)")))
        }
        return Pod(metadata: meta, spec: spec)
    }
}
