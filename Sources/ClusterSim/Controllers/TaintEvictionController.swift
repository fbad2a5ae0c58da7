import KubeModel

/// The taint eviction controller (`pkg/controller/tainteviction`): a pod on a node with a
/// NoExecute taint is deleted once its toleration runs out (300 s by default for
/// unreachable), or at once if it does not tolerate the taint at all.
public enum TaintEvictionController {
    public static func reconcile(pod key: ObjectKey, in state: ClusterState, config: SimulationConfig) -> [Action] {
        guard let pod = state.pods[key], pod.metadata.deletionTimestamp == nil, let nodeName = pod.spec.nodeName,
              let node = state.nodes[nodeName] else { return [] }
        let now = state.now
        var evictAt: Instant? = nil
        var culprit: Taint? = nil
        for taint in node.spec.taints where taint.effect == "NoExecute" {
            let added = taint.timeAdded ?? now
            guard let toleration = pod.spec.tolerations.first(where: { $0.tolerates(taint) }) else {
                evictAt = now; culprit = taint; break
            }
            guard let secs = toleration.tolerationSeconds else { continue }
            let at = added + .seconds(max(0, secs))
            if evictAt == nil || at < evictAt! { evictAt = at; culprit = taint }
        }
        guard let evictAt, let culprit else { return [] }
        let seconds = pod.spec.tolerations.first(where: { $0.tolerates(culprit) })?.tolerationSeconds
        let reason = Reason.taintEviction(.evict(pod: key, node: nodeName, taint: culprit.key, tolerationSeconds: seconds))
        if now < evictAt { return [Action(.requeue(.taintEviction(key), at: evictAt), because: reason)] }
        return [
            Action(.recordEvent(EventRecord(object: ObjectRef(.pod, key), uid: pod.metadata.uid, reason: "TaintManagerEviction",
                                            message: "Marking for deletion Pod \(key.namespace)/\(key.name)", source: .taintEviction)),
                   because: reason),
            Action(.deletePod(key, gracePeriod: nil), because: reason),
        ]
    }
}
