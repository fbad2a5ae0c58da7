import KubeModel

/// The default scheduler (`pkg/scheduler/schedule_one.go`), reduced to what changes outcomes
/// here. Filters, in kube-scheduler's order: NodeUnschedulable (cordoned), TaintToleration,
/// NodeAffinity (nodeSelector), NodeResourcesFit (pods, cpu, memory against allocatable).
/// Scores: fewest pods of the same owner (the default topology spread), then the most room
/// left (LeastAllocated, counting pods without requests as 100m / 200 MB as kube-scheduler
/// does), then a tie-break hashed from the pod and node, where kube-scheduler picks at random.
///
/// It reads per-node counters (`NodeUsageTable`), never the pods on a node, and on large
/// clusters stops once it has found enough feasible nodes (`percentageOfNodesToScore`); the
/// pass itself is in `Scheduler+Pass.swift`.
public enum Scheduler {
    /// kube-scheduler's `minFeasibleNodesToFind` and `minFeasibleNodesPercentageToFind`.
    static let minFeasibleNodesToFind = 100
    static let minFeasibleNodesPercentageToFind = 5
    /// Unschedulable pods are tried again at least this often (`podMaxInUnschedulablePodsDuration`),
    /// besides whenever a node or room appears.
    static let unschedulableRetry: Millis = .minutes(5)

    public static func reconcile(pod key: ObjectKey, in state: ClusterState, config: SimulationConfig) -> [Action] {
        guard let pod = state.pods[key], pod.spec.nodeName == nil, pod.metadata.deletionTimestamp == nil else { return [] }
        let owner = pod.metadata.controllerRef?.uid
        let pass = Pass(pod, owner: owner, in: state)
        let total = pass.total, feasible = pass.feasible, examined = pass.examined, rejections = pass.rejections
        let best = pass.best.map { (name: state.schedulingNodes[$0].name, sameOwner: pass.bestSameOwner) }

        if let best {
            let reason = Reason.scheduler(.assigned(pod: key, node: best.name, feasible: feasible, examined: examined, total: total,
                                                    sameOwnerThere: owner == nil ? nil : best.sameOwner))
            let event = EventRecord(object: ObjectRef(.pod, key), uid: pod.metadata.uid, reason: "Scheduled",
                                    message: ByteText.joined("Successfully assigned ", key.namespace, "/", key.name, " to ", best.name),
                                    source: .scheduler)
            return [Action(.bindPod(key, node: best.name), because: reason), Action(.recordEvent(event), because: reason)]
        }

        let message = failedSchedulingMessage(total: total, rejections: rejections)
        let reason = Reason.scheduler(total == 0 ? .noNodes(pod: key)
            : .unschedulable(pod: key, total: total, why: Dictionary(uniqueKeysWithValues: rejections.map { ($0.key.text, $0.value) })))
        let retry = Action(.requeue(.schedule(key), at: state.now + unschedulableRetry, retry: true), because: reason)
        // Woken again in the same instant (by its own status write): that attempt is already told.
        if let c = pod.status.condition("PodScheduled"), c.status == .false, c.message == message,
           c.lastTransitionTime == state.now { return [retry] }
        var status = pod.status
        status.setCondition("PodScheduled", .false, at: state.now, reason: "Unschedulable", message: message)
        var actions: [Action] = []
        if status != pod.status { actions.append(Action(.setPodStatus(key, status), because: reason)) }
        // Every failed attempt is an Event; repeats add to its count ("x3 over 10m").
        actions.append(Action(.recordEvent(EventRecord(object: ObjectRef(.pod, key), uid: pod.metadata.uid, type: "Warning",
                                                       reason: "FailedScheduling", message: message, source: .scheduler)),
                              because: reason))
        actions.append(retry)
        return actions
    }

    /// How many feasible nodes to find before scoring (`schedule_one.go numFeasibleNodesToFind`):
    /// all of them below 100 nodes; otherwise 50% − nodes/125 (at least 5%), and at least 100.
    static func numFeasibleNodesToFind(_ all: Int) -> Int {
        if all < minFeasibleNodesToFind { return all }
        let percentage = max(minFeasibleNodesPercentageToFind, 50 - all / 125)
        return max(minFeasibleNodesToFind, all * percentage / 100)
    }

    /// A node's allocatable resources, read once per node: millicores, bytes, pods.
    struct Allocatable: Sendable {
        var cpuMilli: Int64, memoryBytes: Int64, pods: Int
        init(cpuMilli: Int64, memoryBytes: Int64, pods: Int) {
            (self.cpuMilli, self.memoryBytes, self.pods) = (cpuMilli, memoryBytes, pods)
        }
        init(_ node: Node) {
            cpuMilli = node.status.allocatable["cpu"]?.milli ?? 0
            memoryBytes = (node.status.allocatable["memory"]?.milli ?? 0) / 1000
            pods = Int((node.status.allocatable["pods"]?.milli ?? 110_000) / 1000)
        }
    }

    /// Why `node` cannot take `pod`, or nil if it can. A node stops at the first filter that
    /// fails, except that NodeResourcesFit names every resource that is short.
    static func rejections(of pod: borrowing Pod, on node: borrowing SchedulingNode, usage: NodeLoad,
                           requests: PodRequests) -> [NodeRejection]? {
        if node.unschedulable && !tolerates(pod, Taint(key: Taint.unschedulableKey, effect: "NoSchedule")) {
            return [.unschedulable]
        }
        for taint in node.taints {
            if !tolerates(pod, taint) { return [.untoleratedTaint(key: taint.key, value: taint.value ?? "")] }
        }
        if node.notReadyUntainted {
            // A NotReady node is normally tainted by the node lifecycle controller; until then, the same answer.
            return [.untoleratedTaint(key: Taint.notReadyKey, value: "")]
        }
        if !pod.spec.nodeSelector.isEmpty, !pod.spec.nodeSelector.allSatisfy({ node.labels[$0.key] == $0.value }) {
            return [.nodeSelector]
        }
        let room = node.room
        let tooManyPods = usage.pods + 1 > room.pods
        let shortCPU = requests.cpuMilli > 0 && usage.cpuMilli + requests.cpuMilli > room.cpuMilli
        let shortMemory = requests.memoryBytes > 0 && usage.memoryBytes + requests.memoryBytes > room.memoryBytes
        guard tooManyPods || shortCPU || shortMemory else { return nil }
        var short: [NodeRejection] = []
        if tooManyPods { short.append(.tooManyPods) }
        if shortCPU { short.append(.insufficient("cpu")) }
        if shortMemory { short.append(.insufficient("memory")) }
        return short
    }

    /// `Node.isReady`, looking first where the kubelet keeps the Ready condition: last.
    static func isReady(_ node: Node) -> Bool {
        if let last = node.status.conditions.last, last.type == "Ready" { return last.status == .true }
        return node.isReady
    }

    static func tolerates(_ pod: borrowing Pod, _ taint: Taint) -> Bool {
        pod.spec.tolerations.contains { $0.tolerates(taint) }
    }

    /// Thousandths of cpu plus thousandths of memory in use once the pod is placed: lower is
    /// more room (`noderesources/least_allocated.go`, with non-zero requests).
    static func loadAfter(_ usage: NodeLoad, _ r: PodRequests, _ room: Allocatable) -> Int64 {
        (usage.nonZeroCPUMilli + r.nonZeroCPUMilli) * 1000 / max(1, room.cpuMilli)
            + (usage.nonZeroMemoryBytes + r.nonZeroMemoryBytes) * 1000 / max(1, room.memoryBytes)
    }

    /// `0/3 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 2 Insufficient cpu.
    /// preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.`
    /// Each part is "<count> <reason>", sorted as strings (`framework/types.go FitError.Error`).
    static func failedSchedulingMessage(total: Int, rejections: [NodeRejection: Int]) -> String {
        if total == 0 { return "no nodes available to schedule pods" }
        let parts = rejections.map { "\($0.value) \($0.key.text)" }.sorted().joined(separator: ", ")
        // Preemption could only help where resources are short (`preemption.go nodesWherePreemptionMightHelp`).
        let notHelpful = rejections.filter { !$0.key.resolvable }.reduce(0) { $0 + $1.value }
        let noVictims = max(0, total - notHelpful)
        var preemption: [String] = []
        if notHelpful > 0 { preemption.append("\(notHelpful) Preemption is not helpful for scheduling") }
        if noVictims > 0 { preemption.append("\(noVictims) No preemption victims found for incoming pod") }
        return "0/\(total) nodes are available: \(parts). preemption: 0/\(total) nodes are available: \(preemption.sorted().joined(separator: ", "))."
    }

}

/// Why a node was filtered out, in the FailedScheduling message's words.
public enum NodeRejection: Hashable, Sendable {
    case unschedulable
    case untoleratedTaint(key: String, value: String)
    case nodeSelector
    case tooManyPods
    case insufficient(String)

    public var text: String {
        switch self {
        case .unschedulable: return "node(s) were unschedulable"
        case .untoleratedTaint(let k, let v): return "node(s) had untolerated taint {\(k): \(v)}"
        case .nodeSelector: return "node(s) didn't match Pod's node affinity/selector"
        case .tooManyPods: return "Too many pods"
        case .insufficient(let r): return "Insufficient \(r)"
        }
    }

    /// Only a shortage of resources can be fixed by evicting other pods.
    public var resolvable: Bool {
        switch self { case .tooManyPods, .insufficient: return true; default: return false }
    }
}
