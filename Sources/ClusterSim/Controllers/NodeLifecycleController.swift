import KubeModel

/// The node lifecycle controller (`pkg/controller/nodelifecycle/node_lifecycle_controller.go`):
/// a node whose kubelet has been silent longer than the grace period has its conditions
/// set to Unknown and gets the unreachable taints; when heartbeats return, they go away.
public enum NodeLifecycleController {
    public static func reconcile(node name: String, in state: ClusterState, config: SimulationConfig) -> [Action] {
        guard let node = state.nodes[name], let runtime = state.nodeRuntime[name] else { return [] }
        let now = state.now
        let silent = now - runtime.lastHeartbeat
        if !runtime.kubeletRunning {
            let due = runtime.lastHeartbeat + config.nodeMonitorGracePeriod
            if now < due { return [Action(.requeue(.nodeLifecycle(name), at: due), because: .nodeLifecycle(.nodeUnreachable(node: name, silentSeconds: silent / 1000)))] }
            if node.status.condition("Ready")?.status == .unknown { return [] }
            var updated = node
            for i in updated.status.conditions.indices {
                updated.status.conditions[i].status = .unknown
                updated.status.conditions[i].reason = "NodeStatusUnknown"
                updated.status.conditions[i].message = "Kubelet stopped posting node status."
                updated.status.conditions[i].lastTransitionTime = now
            }
            updated.spec.taints.removeAll { $0.key == Taint.unreachableKey }
            updated.spec.taints.append(Taint(key: Taint.unreachableKey, effect: "NoSchedule", timeAdded: now))
            updated.spec.taints.append(Taint(key: Taint.unreachableKey, effect: "NoExecute", timeAdded: now))
            let reason = Reason.nodeLifecycle(.nodeUnreachable(node: name, silentSeconds: silent / 1000))
            var actions = [Action(.updateNode(updated), because: reason)]
            actions.append(Action(.recordEvent(EventRecord(object: ObjectRef(.node, ObjectKey(cluster: name)), uid: node.metadata.uid,
                                                           reason: "NodeNotReady", message: "Node \(name) status is now: NodeNotReady",
                                                           source: .nodeLifecycle)), because: reason))
            // MarkPodsNotReady: every pod on the node loses its Ready condition.
            for pod in state.pods(onNode: name) where pod.isReady {
                var status = pod.status
                status.setCondition("Ready", .false, at: now)
                actions.append(Action(.setPodStatus(pod.metadata.key, status), because: reason))
                actions.append(Action(.recordEvent(EventRecord(object: ObjectRef(.pod, pod.metadata.key), uid: pod.metadata.uid, type: "Warning",
                                                               reason: "NodeNotReady", message: "Node is not ready", source: .nodeLifecycle)), because: reason))
            }
            return actions
        }
        guard node.status.condition("Ready")?.status != .true else { return [] }
        var updated = node
        for i in updated.status.conditions.indices {
            let ready = updated.status.conditions[i].type == "Ready"
            updated.status.conditions[i].status = ready ? .true : .false
            updated.status.conditions[i].reason = ready ? "KubeletReady" : "KubeletHasSufficient\(updated.status.conditions[i].type.replacingPressure)"
            updated.status.conditions[i].message = ready ? "kubelet is posting ready status" : "kubelet has sufficient resources"
            updated.status.conditions[i].lastTransitionTime = now
            updated.status.conditions[i].lastHeartbeatTime = now
        }
        updated.spec.taints.removeAll { $0.key == Taint.unreachableKey || $0.key == Taint.notReadyKey }
        let reason = Reason.nodeLifecycle(.nodeReady(node: name))
        return [Action(.updateNode(updated), because: reason),
                Action(.recordEvent(EventRecord(object: ObjectRef(.node, ObjectKey(cluster: name)), uid: node.metadata.uid,
                                                reason: "NodeReady", message: "Node \(name) status is now: NodeReady",
                                                source: .kubelet)), because: reason)]
    }
}

private extension String {
    var replacingPressure: String { self == "MemoryPressure" ? "Memory" : self == "DiskPressure" ? "NoDiskPressure" : "PID" }
}
