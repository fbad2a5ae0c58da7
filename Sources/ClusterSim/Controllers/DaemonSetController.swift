import KubeModel

/// The DaemonSet controller (`pkg/controller/daemon/daemon_controller.go syncNodes`,
/// `podsShouldBeOnNode`, `update.go rollingUpdate`): for every node it decides whether a
/// daemon pod should run there —
/// - a node is eligible when the template's nodeSelector matches its labels and every
///   NoSchedule/NoExecute taint is tolerated (the controller adds tolerations for
///   not-ready, unreachable, the pressure conditions and unschedulable, so cordoned and
///   NotReady nodes still count);
/// - an eligible node without a pod gets one; a node that no longer matches, or has an
///   untolerated NoExecute taint, loses it; extra pods on a node go (the oldest stays);
///   failed and finished daemon pods are deleted and replaced.
/// Rolling update (maxUnavailable, default 1): pods of an old template are deleted only
/// while at most maxUnavailable nodes are without an available pod.
///
/// Simplification: the pod is created with `spec.nodeName` already set rather than the
/// `metadata.name` node-affinity term the real controller adds for the scheduler.
public enum DaemonSetController {
    /// `AddOrUpdateDaemonPodTolerations`.
    static let defaultTolerations: [Toleration] = [
        Toleration(key: Taint.notReadyKey, operator: "Exists", effect: "NoExecute"),
        Toleration(key: Taint.unreachableKey, operator: "Exists", effect: "NoExecute"),
        Toleration(key: "node.kubernetes.io/disk-pressure", operator: "Exists", effect: "NoSchedule"),
        Toleration(key: "node.kubernetes.io/memory-pressure", operator: "Exists", effect: "NoSchedule"),
        Toleration(key: "node.kubernetes.io/pid-pressure", operator: "Exists", effect: "NoSchedule"),
        Toleration(key: Taint.unschedulableKey, operator: "Exists", effect: "NoSchedule"),
    ]

    public static func templateHash(_ ds: DaemonSet) -> String { TemplateHash.podTemplateHash(ds.spec.template) }

    /// (should run, may keep running) for this node (`NodeShouldRunDaemonPod`).
    static func eligibility(_ ds: DaemonSet, on node: Node) -> (run: Bool, keep: Bool, why: String) {
        let spec = ds.spec.template.spec
        if let name = spec.nodeName, name != node.metadata.name { return (false, false, "the template names node \(name)") }
        if !spec.nodeSelector.allSatisfy({ node.metadata.labels[$0.key] == $0.value }) {
            return (false, false, "its labels no longer match the nodeSelector")
        }
        let tolerations = spec.tolerations + defaultTolerations
        var run = true
        for taint in node.spec.taints where !tolerations.contains(where: { $0.tolerates(taint) }) {
            if taint.effect == "NoExecute" { return (false, false, "it has taint \(taint.key):NoExecute, which the pod does not tolerate") }
            if taint.effect == "NoSchedule" { run = false }
        }
        return (run, true, "it has a NoSchedule taint the pod does not tolerate")
    }

    public static func reconcile(_ key: ObjectKey, in state: ClusterState, config: SimulationConfig) -> [Action] {
        guard let ds = state.daemonSets[key], ds.metadata.deletionTimestamp == nil else { return [] }
        let hash = templateHash(ds)
        var actions: [Action] = []
        var byNode: [String: [Pod]] = [:]
        for pod in state.pods(ownedBy: ds.metadata.uid) {
            if let node = pod.spec.nodeName { byNode[node, default: []].append(pod) }
        }
        let maxUnavailable = max(1, ds.spec.updateStrategy.maxUnavailable.scaledValue(total: max(1, state.nodeNames.count), roundUp: true) ?? 1)
        var status = DaemonSetStatus()
        status.observedGeneration = ds.metadata.generation
        var oldAvailable: [(node: String, pod: Pod)] = []
        var unavailable = 0
        let now = state.now

        for name in state.nodeNames {
            guard let node = state.nodes[name] else { continue }
            let pods = (byNode[name] ?? []).sorted { ($0.metadata.creationTimestamp ?? now, $0.metadata.name) < ($1.metadata.creationTimestamp ?? now, $1.metadata.name) }
            let live = pods.filter { $0.metadata.deletionTimestamp == nil }
            let (run, keep, why) = eligibility(ds, on: node)
            if run { status.desiredNumberScheduled += 1 }
            if !run && !keep {
                if !live.isEmpty { status.numberMisscheduled += 1 }
                for pod in live {
                    let reason = Reason.daemonSet(.nodeNotEligible(daemonSet: key, node: name, pod: pod.metadata.name, why: why))
                    actions += delete(pod, ds, because: reason)
                }
                continue
            }
            // Finished pods are deleted, then replaced on a later sync.
            let finished = live.filter { $0.status.phase == .failed || $0.status.phase == .succeeded }
            for pod in finished {
                let failed = pod.status.phase == .failed
                let reason = Reason.daemonSet(.finishedPod(daemonSet: key, node: name, pod: pod.metadata.name, failed: failed))
                let message = failed ? "Found failed daemon pod \(key.namespace)/\(pod.metadata.name) on node \(name), will try to kill it"
                                     : "Found succeeded daemon pod \(key.namespace)/\(pod.metadata.name) on node \(name), will try to delete it"
                actions.append(Action(.recordEvent(event(ds, failed ? "FailedDaemonPod" : "SucceededDaemonPod", message, type: failed ? "Warning" : "Normal")), because: reason))
                actions += delete(pod, ds, because: reason)
            }
            let running = live.filter { $0.status.phase != .failed && $0.status.phase != .succeeded }
            if running.isEmpty {
                if run && finished.isEmpty {
                    actions.append(Action(.createPod(newPod(ds, node: name, hash: hash)), because: .daemonSet(.nodeNeedsPod(daemonSet: key, node: name))))
                    status.currentNumberScheduled += 1
                    status.updatedNumberScheduled += 1
                }
                if run { unavailable += 1 }
                continue
            }
            if !run { status.numberMisscheduled += 0 }
            for extra in running.dropFirst() {
                actions += delete(extra, ds, because: .daemonSet(.duplicatePod(daemonSet: key, node: name, pod: extra.metadata.name)))
            }
            let pod = running[0]
            status.currentNumberScheduled += 1
            let current = pod.metadata.labels["controller-revision-hash"] == hash
            if current { status.updatedNumberScheduled += 1 }
            if pod.isReady { status.numberReady += 1 }
            let available = pod.isAvailable(minReadySeconds: ds.spec.minReadySeconds, now: now)
            if available { status.numberAvailable += 1 } else { unavailable += 1 }
            if !current && ds.spec.updateStrategy.type == "RollingUpdate" {
                if available { oldAvailable.append((name, pod)) }
                else {
                    // An old pod that is not available costs nothing to replace.
                    let reason = Reason.daemonSet(.rollingUpdate(daemonSet: key, node: name, pod: pod.metadata.name, unavailable: unavailable, maxUnavailable: maxUnavailable))
                    actions += delete(pod, ds, because: reason)
                }
            }
        }
        for (name, pod) in oldAvailable where unavailable < maxUnavailable {
            unavailable += 1
            let reason = Reason.daemonSet(.rollingUpdate(daemonSet: key, node: name, pod: pod.metadata.name, unavailable: unavailable - 1, maxUnavailable: maxUnavailable))
            actions += delete(pod, ds, because: reason)
        }
        status.numberUnavailable = max(0, status.desiredNumberScheduled - status.numberAvailable)
        if status != ds.status {
            actions.append(Action(.setDaemonSetStatus(key, status), because: .daemonSet(.statusUpdate(daemonSet: key))))
        }
        return actions
    }

    static func delete(_ pod: Pod, _ ds: DaemonSet, because reason: Reason) -> [Action] {
        [Action(.deletePod(pod.metadata.key, gracePeriod: nil), because: reason),
         Action(.recordEvent(event(ds, "SuccessfulDelete", "Deleted pod: \(pod.metadata.name)")), because: reason)]
    }

    static func event(_ ds: DaemonSet, _ reason: String, _ message: String, type: String = "Normal") -> EventRecord {
        EventRecord(object: ObjectRef(.daemonSet, ds.metadata.key), uid: ds.metadata.uid, type: type, reason: reason,
                    message: message, source: .daemonSet)
    }

    /// `CreatePodTemplate` + `syncNodes`: the template with the revision labels, the daemon
    /// tolerations, bound to its node, named `<ds>-xxxxx`.
    static func newPod(_ ds: DaemonSet, node: String, hash: String) -> Pod {
        var meta = ObjectMeta(name: "", namespace: ds.metadata.namespace,
                              labels: ds.spec.template.metadata.labels, annotations: ds.spec.template.metadata.annotations)
        meta.labels["controller-revision-hash"] = hash
        meta.labels["pod-template-generation"] = String(ds.metadata.generation)
        meta.generateName = ds.metadata.name + "-"
        meta.ownerReferences = [.controllerRef(kind: .daemonSet, meta: ds.metadata)]
        var spec = ds.spec.template.spec
        for t in defaultTolerations where !spec.tolerations.contains(t) { spec.tolerations.append(t) }
        spec.nodeName = node
        return Pod(metadata: meta, spec: spec)
    }
}
