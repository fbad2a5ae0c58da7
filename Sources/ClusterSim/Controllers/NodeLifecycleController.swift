import KubeModel

/// The node lifecycle controller (`pkg/controller/nodelifecycle/node_lifecycle_controller.go`).
///
/// A node whose kubelet has been silent longer than `node-monitor-grace-period` (50 s in
/// v1.32) has its conditions set to Unknown, is tainted `node.kubernetes.io/unreachable`
/// (NoExecute and NoSchedule), and every pod on it loses its Ready condition
/// (`MarkPodsNotReady`). When the kubelet posts status again the node is Ready and the taints
/// go. It also mirrors `spec.unschedulable` (cordon) as the taint
/// `node.kubernetes.io/unschedulable:NoSchedule` (`taintNodeByCondition`).
///
/// Simplification: real checks happen every `node-monitor-period` (5 s) against the last
/// lease renewal (every 10 s), so the change lands 40–55 s after the kubelet dies; here it
/// lands exactly the grace period after the last heartbeat.
public enum NodeLifecycleController {
    public static func reconcile(node name: String, in state: ClusterState, config: SimulationConfig) -> [Action] {
        guard let node = state.nodes[name], let runtime = state.nodeRuntime[name] else { return [] }
        let now = state.now
        var updated = node
        var actions: [Action] = []
        var reasons: [NodeLifecycleReason] = []

        let hasCordonTaint = node.spec.taints.contains { $0.key == Taint.unschedulableKey && $0.effect == "NoSchedule" }
        if node.spec.unschedulable && !hasCordonTaint {
            updated.spec.taints.append(Taint(key: Taint.unschedulableKey, effect: "NoSchedule"))
            reasons.append(.cordoned(node: name))
        } else if !node.spec.unschedulable && hasCordonTaint {
            updated.spec.taints.removeAll { $0.key == Taint.unschedulableKey }
            reasons.append(.uncordoned(node: name))
        }

        let readyStatus = node.status.condition("Ready")?.status
        if !runtime.kubeletRunning {
            let due = runtime.lastHeartbeat + config.nodeMonitorGracePeriod
            if now < due {
                actions.append(Action(.requeue(.nodeLifecycle(name), at: due),
                                      because: .nodeLifecycle(.nodeUnreachable(node: name, silentSeconds: (now - runtime.lastHeartbeat) / 1000,
                                                                               graceSeconds: config.nodeMonitorGracePeriod / 1000))))
            } else if readyStatus != .unknown {
                markUnreachable(&updated, at: now)
                let reason = NodeLifecycleReason.nodeUnreachable(node: name, silentSeconds: (now - runtime.lastHeartbeat) / 1000,
                                                                 graceSeconds: config.nodeMonitorGracePeriod / 1000)
                reasons.insert(reason, at: 0)
                actions += [Action(.updateNode(updated), because: .nodeLifecycle(reason)),
                            nodeEvent(node, "NodeNotReady", "Node \(name) status is now: NodeNotReady", source: .nodeLifecycle, reason)]
                actions += markPodsNotReady(on: name, in: state, because: reason)
            }
        } else if readyStatus != .true {
            markReady(&updated, at: now)
            let reason = NodeLifecycleReason.nodeReady(node: name)
            reasons.insert(reason, at: 0)
            actions.append(Action(.updateNode(updated), because: .nodeLifecycle(reason)))
            // What a restarted kubelet reports (`kubelet_node_status.go`, `nodestatus/setters.go`).
            actions.append(nodeEvent(node, "Starting", "Starting kubelet.", source: .kubelet, reason))
            for condition in ["NodeHasSufficientMemory", "NodeHasNoDiskPressure", "NodeHasSufficientPID"] {
                actions.append(nodeEvent(node, condition, "Node \(name) status is now: \(condition)", source: .kubelet, reason))
            }
            actions.append(nodeEvent(node, "NodeAllocatableEnforced", "Updated Node Allocatable limit across pods", source: .kubelet, reason))
            actions.append(nodeEvent(node, "NodeReady", "Node \(name) status is now: NodeReady", source: .kubelet, reason))
        }
        if updated != node {
            // Each decision names its own change; the API server applies the node once.
            let already = Set(actions.compactMap { a -> NodeLifecycleReason? in
                if case .updateNode = a.change, case .nodeLifecycle(let r) = a.reason { return r } else { return nil }
            })
            for r in reasons where !already.contains(r) { actions.insert(Action(.updateNode(updated), because: .nodeLifecycle(r)), at: 0) }
        }
        return actions
    }

    static let conditionTypes = ["Ready", "MemoryPressure", "DiskPressure", "PIDPressure"]

    /// `tryUpdateNodeHealth`: every condition becomes Unknown; then the unreachable taints,
    /// NoExecute first (`doNoExecuteTaintingPass`, with the time it was added), NoSchedule after.
    static func markUnreachable(_ node: inout Node, at now: Instant) {
        for i in node.status.conditions.indices where conditionTypes.contains(node.status.conditions[i].type) {
            node.status.conditions[i].status = .unknown
            node.status.conditions[i].reason = "NodeStatusUnknown"
            node.status.conditions[i].message = "Kubelet stopped posting node status."
            node.status.conditions[i].lastTransitionTime = now
        }
        node.spec.taints.removeAll { $0.key == Taint.unreachableKey || $0.key == Taint.notReadyKey }
        node.spec.taints.insert(Taint(key: Taint.unreachableKey, effect: "NoExecute", timeAdded: now), at: 0)
        node.spec.taints.append(Taint(key: Taint.unreachableKey, effect: "NoSchedule"))
    }

    /// The kubelet's first status after it starts: healthy conditions, then the controller
    /// takes the unreachable and not-ready taints away (`markNodeAsReachable`).
    static func markReady(_ node: inout Node, at now: Instant) {
        let healthy: [String: (ConditionStatus, String, String)] = [
            "MemoryPressure": (.false, "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
            "DiskPressure": (.false, "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
            "PIDPressure": (.false, "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
            "Ready": (.true, "KubeletReady", "kubelet is posting ready status"),
        ]
        for i in node.status.conditions.indices {
            guard let h = healthy[node.status.conditions[i].type] else { continue }
            if node.status.conditions[i].status != h.0 { node.status.conditions[i].lastTransitionTime = now }
            node.status.conditions[i].status = h.0
            node.status.conditions[i].reason = h.1
            node.status.conditions[i].message = h.2
            node.status.conditions[i].lastHeartbeatTime = now
        }
        node.spec.taints.removeAll { $0.key == Taint.unreachableKey || $0.key == Taint.notReadyKey }
    }

    /// `MarkPodsNotReady` (`pkg/controller/util/node/controller_utils.go`): a pod whose Ready
    /// condition flips to False gets a Warning NodeNotReady event; its container statuses are
    /// left as the dead kubelet last wrote them.
    static func markPodsNotReady(on node: String, in state: ClusterState, because reason: NodeLifecycleReason) -> [Action] {
        var actions: [Action] = []
        for pod in state.pods(onNode: node) where pod.status.condition("Ready")?.status == .true {
            var status = pod.status
            if let i = status.conditions.firstIndex(where: { $0.type == "Ready" }) {
                status.conditions[i].status = .false
                status.conditions[i].lastTransitionTime = state.now
            }
            actions.append(Action(.setPodStatus(pod.metadata.key, status), because: .nodeLifecycle(reason)))
            actions.append(Action(.recordEvent(EventRecord(object: ObjectRef(.pod, pod.metadata.key), uid: pod.metadata.uid, type: "Warning",
                                                           reason: "NodeNotReady", message: "Node is not ready", source: .nodeLifecycle)),
                                  because: .nodeLifecycle(reason)))
        }
        return actions
    }

    static func nodeEvent(_ node: Node, _ reason: String, _ message: String, source: ControllerID,
                          _ why: NodeLifecycleReason) -> Action {
        Action(.recordEvent(EventRecord(object: ObjectRef(.node, ObjectKey(cluster: node.metadata.name)), uid: node.metadata.uid,
                                        reason: reason, message: message, source: source)),
               because: .nodeLifecycle(why))
    }
}
