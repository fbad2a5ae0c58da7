import KubeModel

/// What the counted pods on one node request, as plain integers (a `NodeUsage` without the
/// per-owner counts), so the scheduler reads it without retaining anything.
struct NodeLoad: Hashable, Sendable {
    var pods = 0
    var cpuMilli: Int64 = 0
    var memoryBytes: Int64 = 0
    var nonZeroCPUMilli: Int64 = 0
    var nonZeroMemoryBytes: Int64 = 0

    mutating func add(_ r: PodRequests, sign: Int) {
        pods += sign
        cpuMilli += Int64(sign) * r.cpuMilli
        memoryBytes += Int64(sign) * r.memoryBytes
        nonZeroCPUMilli += Int64(sign) * r.nonZeroCPUMilli
        nonZeroMemoryBytes += Int64(sign) * r.nonZeroMemoryBytes
    }
}

/// The scheduler's cache (kube-scheduler's `NodeInfo` requested resources and the pod counts
/// its topology spreading reads), laid out for a pass over hundreds of nodes per pod.
///
/// Every node name gets a *slot*, a small integer that never changes for that name: when the
/// node is created, or when a pod is bound to a name no node has (the counts are by name, as
/// before: a removed node's pods still count against its name). Requests are in an array by
/// slot. Every controller that has counted pods gets an *owner id*, and per owner an array by
/// slot of how many of its pods are there, so spreading reads one integer per node with no
/// hashing. An owner's id and array are given back when its last counted pod leaves.
struct NodeUsageTable: Sendable {
    /// Slot by node name, and name by slot.
    private(set) var slotOf: [String: Int] = [:]
    private(set) var names: [String] = []
    /// Requests of the counted pods, by slot.
    private(set) var loads: [NodeLoad] = []
    /// Owner id by controller UID.
    private var ownerIDs: [String: Int] = [:]
    /// By owner id: the UID (empty when the id is free), the pods counted in all, and by slot
    /// (an array that may be shorter than `names`: missing slots count zero).
    private var owners: [OwnedPods] = []
    private var freeOwnerIDs: [Int] = []

    struct OwnedPods: Sendable {
        var uid: String
        var total = 0
        var bySlot: [Int32] = []
    }

    /// The slot of `node`, giving it one if it has none.
    mutating func slot(for node: String) -> Int {
        if let s = slotOf[node] { return s }
        let s = names.count
        slotOf[node] = s
        names.append(node)
        loads.append(NodeLoad())
        return s
    }

    /// Counts `pod`, bound to `node`, in (sign 1) or out (sign −1).
    mutating func add(_ pod: Pod, onNode node: String, sign: Int) {
        let s = slot(for: node)
        loads[s].add(PodRequests(pod), sign: sign)
        // Spreading counts only pods that stay: a Terminating pod still holds its requests,
        // but the topology spread plugin skips it ("Bypass terminating Pod (see #87621)",
        // `pkg/scheduler/framework/plugins/podtopologyspread/common.go countPodsMatchSelector`).
        if let owner = pod.metadata.controllerRef?.uid, pod.metadata.deletionTimestamp == nil {
            addOwned(owner, slot: s, sign: sign)
        }
    }

    private mutating func addOwned(_ uid: String, slot: Int, sign: Int) {
        let id: Int
        if let known = ownerIDs[uid] {
            id = known
        } else {
            guard sign > 0 else { return }
            if let free = freeOwnerIDs.popLast() { id = free; owners[id] = OwnedPods(uid: uid) }
            else { id = owners.count; owners.append(OwnedPods(uid: uid)) }
            ownerIDs[uid] = id
        }
        if owners[id].bySlot.count <= slot {
            owners[id].bySlot.append(contentsOf: repeatElement(0, count: names.count - owners[id].bySlot.count))
        }
        owners[id].bySlot[slot] += Int32(sign)
        owners[id].total += sign
        if owners[id].total <= 0 {
            owners[id] = OwnedPods(uid: "")
            ownerIDs[uid] = nil
            freeOwnerIDs.append(id)
        }
    }

    // MARK: reads

    /// How many counted pods of `uid`, not being deleted, are in each slot; empty if none.
    func ownedBySlot(_ uid: String) -> [Int32] {
        ownerIDs[uid].map { owners[$0].bySlot } ?? []
    }

    /// How many counted pods of `uid`, not being deleted, are on `node`.
    func owned(_ uid: String, onNode node: String) -> Int {
        guard let id = ownerIDs[uid], let s = slotOf[node] else { return 0 }
        let bySlot = owners[id].bySlot
        return s < bySlot.count ? Int(bySlot[s]) : 0
    }

    /// The usage of the node in `slot`, with its per-owner counts (walks the live owners).
    func usage(slot s: Int) -> NodeUsage {
        let l = loads[s]
        var u = NodeUsage()
        u.pods = l.pods; u.cpuMilli = l.cpuMilli; u.memoryBytes = l.memoryBytes
        u.nonZeroCPUMilli = l.nonZeroCPUMilli; u.nonZeroMemoryBytes = l.nonZeroMemoryBytes
        for owner in owners where s < owner.bySlot.count && owner.bySlot[s] > 0 {
            u.podsByOwner[owner.uid] = Int(owner.bySlot[s])
        }
        return u
    }
}

/// `ClusterState.nodeUsage`: each node's usage by name, for readers other than the scheduler.
public struct NodeUsageView: Sendable {
    let table: NodeUsageTable

    /// The usage on `node`, or nil if no node of that name, nor any pod bound to it, was ever seen.
    public subscript(node: String) -> NodeUsage? {
        table.slotOf[node].map { table.usage(slot: $0) }
    }

    /// Every name's usage (a whole-table walk: for tests and inspection).
    public var all: [String: NodeUsage] {
        var out: [String: NodeUsage] = [:]
        for (s, name) in table.names.enumerated() { out[name] = table.usage(slot: s) }
        return out
    }
}
