import KubeModel

/// The taint eviction controller (`pkg/controller/tainteviction/taint_eviction.go`): a pod on a
/// node with NoExecute taints is deleted at once if it does not tolerate one of them, or when
/// the shortest `tolerationSeconds` among the tolerations it uses runs out — 300 s for the
/// unreachable taint, from the DefaultTolerationSeconds admission plugin. If the taints go
/// first, the planned deletion is cancelled, with an event. Before deleting it marks the pod
/// with the DisruptionTarget condition.
///
/// Its timed work queue lives in the pod's runtime memory (`PodRuntime.evictionDue`).
public enum TaintEvictionController {
    public static func reconcile(pod key: ObjectKey, in state: ClusterState, config: SimulationConfig) -> [Action] {
        guard let pod = state.pods[key], pod.metadata.deletionTimestamp == nil, let nodeName = pod.spec.nodeName,
              let node = state.nodes[nodeName] else { return [] }
        let now = state.now
        let runtime = state.podRuntime[key] ?? PodRuntime()
        let taints = node.spec.taints.filter { $0.effect == "NoExecute" }

        // `GetMatchingTolerations`: every taint needs a toleration; the first that matches is used.
        var used: [Toleration] = []
        var untolerated: Taint? = nil
        for taint in taints {
            guard let t = pod.spec.tolerations.first(where: { $0.tolerates(taint) }) else { untolerated = taint; break }
            used.append(t)
        }
        if taints.isEmpty || (untolerated == nil && minTolerationSeconds(used) == nil) {
            guard runtime.evictionDue != nil else { return [] }
            var cleared = runtime
            cleared.evictionDue = nil
            let reason = Reason.taintEviction(.cancelled(pod: key, node: nodeName))
            return [Action(.recordEvent(event(pod, "Cancelling deletion of Pod \(key.namespace)/\(key.name)")), because: reason),
                    Action(.setPodRuntime(key, cleared), because: reason)]
        }

        let culprit = untolerated ?? taints.first { t in used.contains { $0.tolerates(t) && $0.tolerationSeconds == minTolerationSeconds(used) } } ?? taints[0]
        let seconds = untolerated == nil ? minTolerationSeconds(used) : nil
        let due = untolerated != nil ? now : (runtime.evictionDue ?? now + .seconds(max(0, seconds ?? 0)))
        if now < due {
            var scheduled = runtime
            scheduled.evictionDue = due
            let reason = Reason.taintEviction(.scheduled(pod: key, node: nodeName, taint: culprit.key, tolerationSeconds: seconds ?? 0, at: due))
            var actions = [Action(.requeue(.taintEviction(key), at: due), because: reason)]
            if runtime.evictionDue != due { actions.insert(Action(.setPodRuntime(key, scheduled), because: reason), at: 0) }
            return actions
        }
        let reason = Reason.taintEviction(.evict(pod: key, node: nodeName, taint: culprit.key, tolerationSeconds: seconds))
        var status = pod.status
        status.setCondition("DisruptionTarget", .true, at: now, reason: "DeletionByTaintManager",
                            message: "Taint manager: deleting due to NoExecute taint")
        return [
            Action(.recordEvent(event(pod, "Marking for deletion Pod \(key.namespace)/\(key.name)")), because: reason),
            Action(.setPodStatus(key, status), because: reason),
            Action(.deletePod(key, gracePeriod: nil), because: reason),
        ]
    }

    /// `getMinTolerationTime`: nil when every toleration lasts forever; 0 for a non-positive one.
    static func minTolerationSeconds(_ tolerations: [Toleration]) -> Int64? {
        let seconds = tolerations.compactMap(\.tolerationSeconds)
        guard let least = seconds.min() else { return tolerations.isEmpty ? 0 : nil }
        return max(0, least)
    }

    static func event(_ pod: Pod, _ message: String) -> EventRecord {
        EventRecord(object: ObjectRef(.pod, pod.metadata.key), uid: pod.metadata.uid, reason: "TaintManagerEviction",
                    message: message, source: .taintEviction)
    }
}
