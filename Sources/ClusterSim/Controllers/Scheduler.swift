import KubeModel

/// The default scheduler (`pkg/scheduler/schedule_one.go`), reduced to what changes outcomes
/// here. Filters, in kube-scheduler's order: NodeUnschedulable (cordoned), TaintToleration,
/// NodeAffinity (nodeSelector), NodeResourcesFit (pods, cpu, memory against allocatable).
/// Scores: fewest pods of the same owner (the default topology spread), then the most room
/// left (LeastAllocated, counting pods without requests as 100m / 200 MB as kube-scheduler
/// does), then a tie-break hashed from the pod and node, where kube-scheduler picks at random.
///
/// It reads per-node counters (`ClusterState.nodeUsage`), never the pods on a node, and on
/// large clusters stops once it has found enough feasible nodes (`percentageOfNodesToScore`).
public enum Scheduler {
    /// kube-scheduler's `minFeasibleNodesToFind` and `minFeasibleNodesPercentageToFind`.
    static let minFeasibleNodesToFind = 100
    static let minFeasibleNodesPercentageToFind = 5
    /// Unschedulable pods are tried again at least this often (`podMaxInUnschedulablePodsDuration`),
    /// besides whenever a node or room appears.
    static let unschedulableRetry: Millis = .minutes(5)

    public static func reconcile(pod key: ObjectKey, in state: ClusterState, config: SimulationConfig) -> [Action] {
        guard let pod = state.pods[key], pod.spec.nodeName == nil, pod.metadata.deletionTimestamp == nil else { return [] }
        let names = state.nodeNames
        let total = names.count
        let requests = PodRequests(pod)
        let owner = pod.metadata.controllerRef?.uid
        let wanted = numFeasibleNodesToFind(total)
        let start = total == 0 ? 0 : Int(TemplateHash.fnv1a32(pod.metadata.uid) % UInt32(total))

        var rejections: [NodeRejection: Int] = [:]
        var best: (name: String, score: Score)? = nil
        var feasible = 0, examined = 0
        for step in 0..<total where feasible < wanted {
            let name = names[(start + step) % total]
            guard let node = state.nodes[name] else { continue }
            examined += 1
            let usage = state.nodeUsage[name] ?? NodeUsage()
            let why = Self.rejections(of: pod, on: node, usage: usage, requests: requests)
            if !why.isEmpty {
                for r in why { rejections[r, default: 0] += 1 }
                continue
            }
            feasible += 1
            let score = Score(sameOwner: owner.map { usage.podsByOwner[$0] ?? 0 } ?? 0,
                              used: loadAfter(usage, requests, node),
                              tie: TemplateHash.fnv1a32("\(pod.metadata.uid)/\(name)"), name: name)
            if best == nil || score < best!.score { best = (name, score) }
        }

        if let best {
            let reason = Reason.scheduler(.assigned(pod: key, node: best.name, feasible: feasible, examined: examined, total: total,
                                                    sameOwnerThere: owner == nil ? nil : best.score.sameOwner))
            let event = EventRecord(object: ObjectRef(.pod, key), uid: pod.metadata.uid, reason: "Scheduled",
                                    message: "Successfully assigned \(key.namespace)/\(key.name) to \(best.name)", source: .scheduler)
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

    /// Why `node` cannot take `pod`: nothing if it can. A node stops at the first filter that
    /// fails, except that NodeResourcesFit names every resource that is short.
    static func rejections(of pod: Pod, on node: Node, usage: NodeUsage, requests: PodRequests) -> [NodeRejection] {
        let tolerates = { (t: Taint) in pod.spec.tolerations.contains { $0.tolerates(t) } }
        if node.spec.unschedulable && !tolerates(Taint(key: Taint.unschedulableKey, effect: "NoSchedule")) {
            return [.unschedulable]
        }
        for taint in node.spec.taints where taint.effect == "NoSchedule" || taint.effect == "NoExecute" {
            if !tolerates(taint) { return [.untoleratedTaint(key: taint.key, value: taint.value ?? "")] }
        }
        if !node.isReady, !node.spec.taints.contains(where: { $0.key == Taint.notReadyKey || $0.key == Taint.unreachableKey }) {
            // A NotReady node is normally tainted by the node lifecycle controller; until then, the same answer.
            return [.untoleratedTaint(key: Taint.notReadyKey, value: "")]
        }
        if !pod.spec.nodeSelector.allSatisfy({ node.metadata.labels[$0.key] == $0.value }) { return [.nodeSelector] }
        var short: [NodeRejection] = []
        let maxPods = Int((node.status.allocatable["pods"]?.milli ?? 110_000) / 1000)
        if usage.pods + 1 > maxPods { short.append(.tooManyPods) }
        let cpu = node.status.allocatable["cpu"]?.milli ?? 0
        if requests.cpuMilli > 0, usage.cpuMilli + requests.cpuMilli > cpu { short.append(.insufficient("cpu")) }
        let memory = (node.status.allocatable["memory"]?.milli ?? 0) / 1000
        if requests.memoryBytes > 0, usage.memoryBytes + requests.memoryBytes > memory { short.append(.insufficient("memory")) }
        return short
    }

    /// Thousandths of cpu plus thousandths of memory in use once the pod is placed: lower is
    /// more room (`noderesources/least_allocated.go`, with non-zero requests).
    static func loadAfter(_ usage: NodeUsage, _ r: PodRequests, _ node: Node) -> Int64 {
        let cpu = max(1, node.status.allocatable["cpu"]?.milli ?? 1)
        let memory = max(1, (node.status.allocatable["memory"]?.milli ?? 1000) / 1000)
        return (usage.nonZeroCPUMilli + r.nonZeroCPUMilli) * 1000 / cpu
            + (usage.nonZeroMemoryBytes + r.nonZeroMemoryBytes) * 1000 / memory
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

    struct Score: Comparable {
        var sameOwner: Int
        var used: Int64
        var tie: UInt32
        var name: String
        static func < (a: Score, b: Score) -> Bool {
            (a.sameOwner, a.used, a.tie, a.name) < (b.sameOwner, b.used, b.tie, b.name)
        }
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
