import KubeModel

/// The default scheduler, reduced to what changes outcomes here: filter nodes that are
/// Ready, schedulable, untainted (or tolerated), match nodeSelector and have room for the
/// pod's requests; then prefer the node with the fewest pods of the same owner (the default
/// topology spread), then the least requested CPU, then the name.
public enum Scheduler {
    public static func reconcile(pod key: ObjectKey, in state: ClusterState, config: SimulationConfig) -> [Action] {
        guard let pod = state.pods[key], pod.spec.nodeName == nil, pod.metadata.deletionTimestamp == nil else { return [] }
        let nodes = state.sortedNodes
        var rejections: [String: Int] = [:]
        var best: (node: String, score: (Int, Int64, Int))? = nil
        let ownerUID = pod.metadata.controllerRef?.uid
        let cpuWanted = pod.spec.containers.reduce(Int64(0)) { $0 + $1.resources.effectiveRequest("cpu") }
        let memWanted = pod.spec.containers.reduce(Int64(0)) { $0 + $1.resources.effectiveRequest("memory") }
        for (i, node) in nodes.enumerated() {
            if let why = rejection(of: pod, on: node, state: state, cpu: cpuWanted, mem: memWanted) {
                rejections[why, default: 0] += 1
                continue
            }
            let here = state.podsByNode[node.metadata.name] ?? []
            let sameOwner = ownerUID.map { uid in here.filter { state.pods[$0]?.metadata.controllerRef?.uid == uid }.count } ?? 0
            let cpuUsed = here.reduce(Int64(0)) { sum, k in
                sum + (state.pods[k]?.spec.containers.reduce(Int64(0)) { $0 + $1.resources.effectiveRequest("cpu") } ?? 0)
            }
            let score = (sameOwner, cpuUsed, i)
            if best == nil || score < best!.score { best = (node.metadata.name, score) }
        }
        if let best {
            let reason = Reason.scheduler(.assigned(pod: key, node: best.node, feasible: nodes.count - rejections.values.reduce(0, +), total: nodes.count))
            let event = EventRecord(object: ObjectRef(.pod, key), uid: pod.metadata.uid, reason: "Scheduled",
                                    message: "Successfully assigned \(key.namespace)/\(key.name) to \(best.node)", source: .scheduler)
            return [Action(.bindPod(key, node: best.node), because: reason), Action(.recordEvent(event), because: reason)]
        }
        let reason = Reason.scheduler(.unschedulable(pod: key, total: nodes.count, why: rejections))
        let message = failedSchedulingMessage(total: nodes.count, rejections: rejections)
        var status = pod.status
        status.setCondition("PodScheduled", .false, at: state.now, reason: "Unschedulable", message: message)
        var actions = [Action(.setPodStatus(key, status), because: reason)]
        if pod.status.condition("PodScheduled")?.message != message {
            actions.append(Action(.recordEvent(EventRecord(object: ObjectRef(.pod, key), uid: pod.metadata.uid, type: "Warning",
                                                           reason: "FailedScheduling", message: message, source: .scheduler)),
                                  because: reason))
        }
        return actions
    }

    /// Why `node` cannot take `pod`, in the words of the FailedScheduling message, or nil.
    static func rejection(of pod: Pod, on node: Node, state: ClusterState, cpu: Int64, mem: Int64) -> String? {
        for taint in node.spec.taints where taint.effect == "NoSchedule" || taint.effect == "NoExecute" {
            if !pod.spec.tolerations.contains(where: { $0.tolerates(taint) }) {
                return "node(s) had untolerated taint {\(taint.key): \(taint.value ?? "")}"
            }
        }
        if node.spec.unschedulable { return "node(s) were unschedulable" }
        if !node.isReady { return "node(s) had untolerated taint {node.kubernetes.io/not-ready: }" }
        if !pod.spec.nodeSelector.allSatisfy({ node.metadata.labels[$0.key] == $0.value }) {
            return "node(s) didn't match Pod's node affinity/selector"
        }
        let here = state.podsByNode[node.metadata.name] ?? []
        let active = here.compactMap { state.pods[$0] }.filter { $0.status.phase != .succeeded && $0.status.phase != .failed }
        if active.count >= Int((node.status.allocatable["pods"]?.milli ?? 110_000) / 1000) { return "Too many pods" }
        let cpuUsed = active.reduce(Int64(0)) { s, p in s + p.spec.containers.reduce(Int64(0)) { $0 + $1.resources.effectiveRequest("cpu") } }
        if cpu > 0, cpuUsed + cpu > node.status.allocatable["cpu"]?.milli ?? 0 { return "Insufficient cpu" }
        let memUsed = active.reduce(Int64(0)) { s, p in s + p.spec.containers.reduce(Int64(0)) { $0 + $1.resources.effectiveRequest("memory") } }
        if mem > 0, memUsed + mem > node.status.allocatable["memory"]?.milli ?? 0 { return "Insufficient memory" }
        return nil
    }

    /// `0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.`
    static func failedSchedulingMessage(total: Int, rejections: [String: Int]) -> String {
        let parts = rejections.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        let base = "0/\(total) nodes are available: \(parts)."
        return base + " preemption: 0/\(total) nodes are available: \(total) No preemption victims found for incoming pod."
    }
}
