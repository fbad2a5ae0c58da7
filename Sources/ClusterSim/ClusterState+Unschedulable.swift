import KubeModel

extension ClusterState {
    /// Whether the scheduler has tried this pod and found no node for it (PodScheduled False).
    /// Only such pods wait for capacity to free up: kube-scheduler moves the pods in its
    /// `unschedulablePods` pool back to the active queue on a cluster event
    /// (`pkg/scheduler/internal/queue/scheduling_queue.go MoveAllToActiveOrBackoffQueue`);
    /// a pending pod not yet tried is in the active queue already.
    static func awaitsCapacity(_ pod: Pod) -> Bool {
        pod.spec.nodeName == nil && pod.metadata.deletionTimestamp == nil
            && pod.status.condition("PodScheduled")?.status == .false
    }

    /// Keeps `unschedulablePods` right across one write of a pod (nil: absent before or after).
    mutating func trackUnschedulable(old: Pod?, new: Pod?) {
        let was = old.map(Self.awaitsCapacity) ?? false, isNow = new.map(Self.awaitsCapacity) ?? false
        guard was != isNow, let key = (new ?? old)?.metadata.key else { return }
        if isNow { unschedulablePods.insert(key) } else { unschedulablePods.remove(key) }
    }
}
