import KubeModel

/// A `key=value` label pair, the unit of the label index.
public struct LabelPair: Hashable, Sendable {
    public var key: String
    public var value: String
    public init(_ key: String, _ value: String) { self.key = key; self.value = value }
}

/// Everything the cluster holds: API objects, the indexes over them, and the private
/// memory of node agents. Controllers read it; only the `Simulation` writes it.
///
/// Indexed so that no controller scans everything on a step: pods by node, by owner UID,
/// by label pair, and the set of unscheduled pods. Reads that want order sort what they
/// got, because Swift's `Dictionary` and `Set` iterate in a per-process random order.
public struct ClusterState: Sendable {
    public internal(set) var now: Instant { didSet { events.clock = now } }
    public internal(set) var namespaces: [String: Namespace] = [:]
    public internal(set) var nodes: [String: Node] = [:]
    public internal(set) var pods = PodTable()
    public internal(set) var replicaSets: [ObjectKey: ReplicaSet] = [:]
    public internal(set) var deployments: [ObjectKey: Deployment] = [:]
    public internal(set) var events = EventStore()
    public internal(set) var services: [ObjectKey: Service] = [:]
    public internal(set) var jobs: [ObjectKey: Job] = [:]
    public internal(set) var cronJobs: [ObjectKey: CronJob] = [:]
    public internal(set) var daemonSets: [ObjectKey: DaemonSet] = [:]
    public internal(set) var statefulSets: [ObjectKey: StatefulSet] = [:]
    public internal(set) var persistentVolumeClaims: [ObjectKey: PersistentVolumeClaim] = [:]
    /// StatefulSet pod templates by revision name (`web-5d5bd68b9b`): what ControllerRevisions
    /// keep, so a pod below the partition is recreated at its old revision.
    public internal(set) var statefulSetRevisions: [String: PodTemplateSpec] = [:]
    /// Jobs by the UID of the CronJob that controls them.
    public internal(set) var jobsByOwner: [String: Set<ObjectKey>] = [:]

    /// Node agents' own state (is the kubelet alive, which pod IPs are handed out).
    public internal(set) var nodeRuntime: [String: NodeRuntime] = [:]
    /// The kubelet's private memory of each pod it runs (timers, back-off); not API data.
    public internal(set) var podRuntime: [ObjectKey: PodRuntime] = [:]
    /// Files written into pods' emptyDir volumes (`kubectl exec … > /data/x`), by pod UID,
    /// then volume name, then path inside the volume.
    public internal(set) var volumeFiles: [String: [String: [String: String]]] = [:]

    public internal(set) var podsByNode: [String: Set<ObjectKey>] = [:]
    public internal(set) var podsByOwner: [String: Set<ObjectKey>] = [:]
    public internal(set) var replicaSetsByOwner: [String: Set<ObjectKey>] = [:]
    public internal(set) var podsByLabel: [LabelPair: Set<ObjectKey>] = [:]
    public internal(set) var unscheduledPods: Set<ObjectKey> = []
    /// Unscheduled pods the scheduler found no node for (`ClusterState+Unschedulable.swift`).
    public internal(set) var unschedulablePods: Set<ObjectKey> = []
    /// Pods and ReplicaSets with no controller, by namespace: the only candidates for
    /// adoption, so claiming never scans every object a selector matches.
    public internal(set) var orphanPods: [String: Set<ObjectKey>] = [:]
    public internal(set) var orphanReplicaSets: [String: Set<ObjectKey>] = [:]
    public internal(set) var objectsByUID: [String: ObjectRef] = [:]
    /// Requests of the unfinished pods bound to each node, and per-owner counts (the
    /// scheduler's cache, `NodeUsageTable.swift`).
    var usageTable = NodeUsageTable()
    /// Each node's usage by name (read through the table).
    public var nodeUsage: NodeUsageView { NodeUsageView(table: usageTable) }
    /// Active, ready and fully labelled pods per controller UID (`OwnerPodCounts.swift`).
    public internal(set) var ownerCounts: [String: OwnerPodCounts] = [:]
    /// Each ReplicaSet's pod-template labels by its UID, which every count of one of its pods
    /// reads (`fullyLabeledReplicas`): a lookup here, not a copy of the whole ReplicaSet.
    var templateLabelsByOwner: [String: [String: String]] = [:]
    /// What the scale-down order reads from each active pod of a ReplicaSet over its
    /// replicas, by its UID, then node name ("" for none) (`ClusterState+DeletionRank.swift`).
    var deletionRankFields: [String: DeletionRankTable] = [:]
    /// Node names in natural order, kept sorted as nodes come and go.
    public internal(set) var nodeNames: [String] = []
    /// The scheduler's summary of each node, in `nodeNames` order (`SchedulingNode.swift`).
    public internal(set) var schedulingNodes: [SchedulingNode] = []
    /// What the scheduler reads of every node it examines, parallel to `schedulingNodes`.
    var nodeFits: [NodeFit] = []

    var resourceVersion: Int64 = 1000
    /// The replicas all ReplicaSets ask for, together (`makeRoom`).
    var replicaSetReplicas = 0

    init(now: Instant) { self.now = now; events.clock = now }

    // MARK: reads

    /// The objects of one table in `namespace` (every namespace when nil), in key order —
    /// the order a list from the API server comes in.
    static func listed<T>(_ table: [ObjectKey: T], in namespace: String?) -> [T] {
        table.filter { namespace == nil || $0.key.namespace == namespace }.sorted { $0.key < $1.key }.map(\.value)
    }

    public func pods(onNode node: String) -> [Pod] {
        (podsByNode[node] ?? []).sorted().compactMap { pods[$0] }
    }
    public func pods(ownedBy uid: String) -> [Pod] {
        (podsByOwner[uid] ?? []).sorted().compactMap { pods[$0] }
    }
    public func replicaSets(ownedBy uid: String) -> [ReplicaSet] {
        (replicaSetsByOwner[uid] ?? []).sorted().compactMap { replicaSets[$0] }
    }
    /// Pods in `namespace` that no controller owns, sorted by key.
    public func orphanPods(in namespace: String) -> [Pod] {
        (orphanPods[namespace] ?? []).sorted().compactMap { pods[$0] }
    }
    /// ReplicaSets in `namespace` that no controller owns, sorted by key.
    public func orphanReplicaSets(in namespace: String) -> [ReplicaSet] {
        (orphanReplicaSets[namespace] ?? []).sorted().compactMap { replicaSets[$0] }
    }

    /// Pods in `namespace` (all namespaces when nil) whose labels match, sorted by key.
    /// Starts from the label index when the selector has an equality term.
    public func pods(in namespace: String?, matching selector: LabelSelector) -> [Pod] {
        let candidates: [ObjectKey]
        if let (k, v) = selector.indexableTerm {
            candidates = Array(podsByLabel[LabelPair(k, v)] ?? [])
        } else {
            candidates = Array(pods.keys)
        }
        return candidates
            .filter { namespace == nil || $0.namespace == namespace }
            .sorted()
            .compactMap { pods[$0] }
            .filter { selector.matches($0.metadata.labels) }
    }

    public func replicaSets(in namespace: String?) -> [ReplicaSet] {
        Self.listed(replicaSets, in: namespace)
    }
    public func deployments(in namespace: String?) -> [Deployment] {
        Self.listed(deployments, in: namespace)
    }
    public var sortedNodes: [Node] { nodes.values.sorted { NodeName.less($0.metadata.name, $1.metadata.name) } }

    /// The object with this UID, if it still exists (garbage collection and adoption ask this).
    public func exists(uid: String) -> Bool { objectsByUID[uid] != nil }

    // MARK: writes (the Simulation's API server calls these; they keep the indexes right)

    mutating func nextResourceVersion() -> String {
        resourceVersion += 1
        return String(resourceVersion)
    }

    mutating func putPod(_ pod: Pod) {
        guard let old = pods.updateValue(pod, forKey: pod.metadata.key) else { index(pod); return }
        reindex(from: old, to: pod)
    }

    /// Moves a rewritten pod in just the indexes and counters its change touches: a status
    /// write moves only counters, a bind only the node indexes, so neither rehashes the
    /// pod's labels and owner.
    private mutating func reindex(from old: Pod, to pod: Pod) {
        let key = pod.metadata.key
        trackUnschedulable(old: old, new: pod)
        let (oldNode, newNode) = (old.spec.nodeName, pod.spec.nodeName)
        if oldNode != newNode {
            if let oldNode { podsByNode[oldNode]?.remove(key) } else { unscheduledPods.remove(key) }
            if let newNode { podsByNode[newNode, default: []].insert(key) } else { unscheduledPods.insert(key) }
        }
        // Usage reads requests and, for spreading, the owner and whether the pod is being deleted (NodeUsage.add).
        let (was, isNow) = (NodeUsage.counts(old), NodeUsage.counts(pod))
        let (oldOwner, newOwner) = (old.metadata.controllerUID, pod.metadata.controllerUID)
        if oldNode != newNode || was != isNow || oldOwner != newOwner
            || (isNow && (old.spec.containers != pod.spec.containers || old.spec.initContainers != pod.spec.initContainers
                          || old.metadata.deletionTimestamp != pod.metadata.deletionTimestamp)) {
            if was, let oldNode { usageTable.add(old, onNode: oldNode, sign: -1) }
            if isNow, let newNode { usageTable.add(pod, onNode: newNode, sign: 1) }
        }
        let sameLabels = old.metadata.labels == pod.metadata.labels
        if oldOwner != newOwner || !sameLabels || old.isActive != pod.isActive || old.isReady != pod.isReady {
            countOwned(from: old, to: pod)
        }
        reindexDeletionRank(from: old, to: pod)
        if oldOwner != newOwner {
            if let oldOwner {
                Self.drop(key, from: &podsByOwner[oldOwner])
            } else {
                Self.drop(key, from: &orphanPods[key.namespace])
            }
            if let newOwner { podsByOwner[newOwner, default: []].insert(key) } else { orphanPods[key.namespace, default: []].insert(key) }
        }
        if !sameLabels {
            for (k, v) in old.metadata.labels where pod.metadata.labels[k] != v {
                Self.drop(key, from: &podsByLabel[LabelPair(k, v)])
            }
            for (k, v) in pod.metadata.labels where old.metadata.labels[k] != v {
                podsByLabel[LabelPair(k, v), default: []].insert(key)
            }
        }
        if old.metadata.uid != pod.metadata.uid {
            objectsByUID[old.metadata.uid] = nil
            objectsByUID[pod.metadata.uid] = ObjectRef(.pod, key)
        }
    }

    mutating func removePod(_ key: ObjectKey) {
        guard let old = pods.removeValue(forKey: key) else { return }
        unindex(old)
        podRuntime[key] = nil
    }

    private mutating func index(_ pod: Pod) {
        let key = pod.metadata.key
        if let node = pod.spec.nodeName { podsByNode[node, default: []].insert(key) } else { unscheduledPods.insert(key) }
        trackUnschedulable(old: nil, new: pod)
        if NodeUsage.counts(pod), let node = pod.spec.nodeName { usageTable.add(pod, onNode: node, sign: 1) }
        if let owner = pod.metadata.controllerUID { podsByOwner[owner, default: []].insert(key) }
        else { orphanPods[key.namespace, default: []].insert(key) }
        countOwned(pod, sign: 1)
        indexDeletionRank(pod, sign: 1)
        for (k, v) in pod.metadata.labels { podsByLabel[LabelPair(k, v), default: []].insert(key) }
        objectsByUID[pod.metadata.uid] = ObjectRef(.pod, key)
    }

    /// Takes a key out of one set of an index, and the set out when it empties: one lookup.
    static func drop(_ key: ObjectKey, from set: inout Set<ObjectKey>?) {
        guard set != nil else { return }
        set!.remove(key)
        if set!.isEmpty { set = nil }
    }

    private mutating func unindex(_ pod: Pod) {
        let key = pod.metadata.key
        if let node = pod.spec.nodeName { podsByNode[node]?.remove(key) } else { unscheduledPods.remove(key) }
        trackUnschedulable(old: pod, new: nil)
        if NodeUsage.counts(pod), let node = pod.spec.nodeName { usageTable.add(pod, onNode: node, sign: -1) }
        countOwned(pod, sign: -1)
        indexDeletionRank(pod, sign: -1)
        if let owner = pod.metadata.controllerUID {
            Self.drop(key, from: &podsByOwner[owner])
        } else {
            Self.drop(key, from: &orphanPods[key.namespace])
        }
        for (k, v) in pod.metadata.labels { Self.drop(key, from: &podsByLabel[LabelPair(k, v)]) }
        objectsByUID[pod.metadata.uid] = nil
    }

    mutating func putReplicaSet(_ rs: ReplicaSet) {
        let key = rs.metadata.key
        let old = replicaSets[key]
        replicaSetReplicas += rs.spec.replicas - (old?.spec.replicas ?? 0)
        if let old { unindexOwner(of: old) }
        replicaSets[key] = rs
        templateLabelsByOwner[rs.metadata.uid] = rs.spec.template.metadata.labels
        if let owner = rs.metadata.controllerRef { replicaSetsByOwner[owner.uid, default: []].insert(key) }
        else { orphanReplicaSets[key.namespace, default: []].insert(key) }
        objectsByUID[rs.metadata.uid] = ObjectRef(.replicaSet, key)
        if old?.spec.template.metadata.labels != rs.spec.template.metadata.labels || old?.metadata.uid != rs.metadata.uid {
            recountOwned(rs.metadata.uid)
        }
        refreshDeletionRank(for: rs)
        makeRoom()
        makeRoom(in: rs)
    }

    /// Grows the per-pod tables once, to hold the pods ReplicaSets are about to create, rather
    /// than doubling them again and again while they do: at 150,000 pods each doubling moves
    /// every entry into fresh memory. Counted over all ReplicaSets, so that a rolling update,
    /// whose new ReplicaSet grows as the old one shrinks, asks for no room it will not use.
    /// Only sizes change, never contents.
    private mutating func makeRoom() {
        // Never past `roomLimit`: a ReplicaSet may ask for two billion pods, and room for them
        // all at once would be an allocation no machine has. Beyond it tables double as usual.
        let coming = min(replicaSetReplicas, Self.roomLimit) - pods.count
        guard coming >= 1_024 else { return }
        pods.reserve(additional: coming)
        podRuntime.reserveCapacity(podRuntime.count + coming)
        objectsByUID.reserveCapacity(objectsByUID.count + coming)
        events.reserve(objects: coming)
    }

    /// The same for the sets that index a ReplicaSet's pods by owner and by label, once they
    /// exist (an empty set is never kept in an index).
    private mutating func makeRoom(in rs: ReplicaSet) {
        let uid = rs.metadata.uid
        let wanted = min(rs.spec.replicas, Self.roomLimit)
        guard let owned = podsByOwner[uid]?.count, wanted - owned >= 1_024 else { return }
        podsByOwner[uid]?.reserveCapacity(wanted)
        for (k, v) in rs.spec.template.metadata.labels {
            let pair = LabelPair(k, v)
            if let count = podsByLabel[pair]?.count { podsByLabel[pair]?.reserveCapacity(min(count + wanted - owned, Self.roomLimit)) }
        }
    }

    /// The most pods `makeRoom` sizes tables for: the 150,000 Kubernetes is tested to, with
    /// a margin, and still inside a power-of-two table that holds them.
    static let roomLimit = 180_000

    mutating func removeReplicaSet(_ key: ObjectKey) {
        guard let old = replicaSets.removeValue(forKey: key) else { return }
        replicaSetReplicas -= old.spec.replicas
        unindexOwner(of: old)
        objectsByUID[old.metadata.uid] = nil
    }

    private mutating func unindexOwner(of rs: ReplicaSet) {
        let key = rs.metadata.key
        templateLabelsByOwner[rs.metadata.uid] = nil
        if let owner = rs.metadata.controllerRef {
            Self.drop(key, from: &replicaSetsByOwner[owner.uid])
        } else {
            Self.drop(key, from: &orphanReplicaSets[key.namespace])
        }
    }

    mutating func putDeployment(_ d: Deployment) {
        deployments[d.metadata.key] = d
        objectsByUID[d.metadata.uid] = ObjectRef(.deployment, d.metadata.key)
    }

    mutating func removeDeployment(_ key: ObjectKey) {
        guard let old = deployments.removeValue(forKey: key) else { return }
        objectsByUID[old.metadata.uid] = nil
    }

    mutating func putNode(_ node: Node) {
        let name = node.metadata.name
        var lo = 0, hi = nodeNames.count
        while lo < hi { let mid = (lo + hi) / 2; if NodeName.less(nodeNames[mid], name) { lo = mid + 1 } else { hi = mid } }
        let scheduling = SchedulingNode(node)
        let fit = NodeFit(scheduling, slot: usageTable.slot(for: name))
        if nodes[name] == nil {
            nodeNames.insert(name, at: lo)
            schedulingNodes.insert(scheduling, at: lo)
            nodeFits.insert(fit, at: lo)
        } else {
            schedulingNodes[lo] = scheduling
            nodeFits[lo] = fit
        }
        nodes[node.metadata.name] = node
        objectsByUID[node.metadata.uid] = ObjectRef(.node, ObjectKey(cluster: node.metadata.name))
    }

    mutating func removeNode(_ name: String) {
        guard let old = nodes.removeValue(forKey: name) else { return }
        objectsByUID[old.metadata.uid] = nil
        nodeRuntime[name] = nil
        if let i = nodeNames.firstIndex(of: name) { nodeNames.remove(at: i); schedulingNodes.remove(at: i); nodeFits.remove(at: i) }
    }

    mutating func putService(_ svc: Service) {
        services[svc.metadata.key] = svc
        objectsByUID[svc.metadata.uid] = ObjectRef(.service, svc.metadata.key)
    }

    mutating func removeService(_ key: ObjectKey) {
        guard let old = services.removeValue(forKey: key) else { return }
        objectsByUID[old.metadata.uid] = nil
    }

    public func services(in namespace: String?) -> [Service] {
        Self.listed(services, in: namespace)
    }

    mutating func putNamespace(_ ns: Namespace) {
        namespaces[ns.metadata.name] = ns
        objectsByUID[ns.metadata.uid] = ObjectRef(.namespace, ObjectKey(cluster: ns.metadata.name))
    }

    mutating func removeNamespace(_ name: String) {
        guard let old = namespaces.removeValue(forKey: name) else { return }
        objectsByUID[old.metadata.uid] = nil
    }
}

/// Node names sort naturally (`node-2` before `node-10`), as people expect to read them.
public enum NodeName {
    /// `node-2` before `node-10`: names that differ only in a trailing number compare by it.
    /// Reads the bytes in place — 5,000 nodes are inserted in order at start-up.
    public static func less(_ a: String, _ b: String) -> Bool {
        let (sa, na) = split(a), (sb, nb) = split(b)
        if !a.utf8.prefix(sa).elementsEqual(b.utf8.prefix(sb)) { return a < b }
        if na != nb { return na < nb }
        return a < b
    }

    /// The length of the part before a trailing number of 1–9 ASCII digits, and that number
    /// (-1 and the whole length when there is none).
    private static func split(_ s: String) -> (stem: Int, number: Int) {
        var digits = 0, value = 0, scale = 1
        for byte in s.utf8.reversed() {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { break }
            digits += 1
            if digits >= 10 { return (s.utf8.count, -1) }
            value += Int(byte - UInt8(ascii: "0")) * scale
            scale *= 10
        }
        let count = s.utf8.count
        return digits == 0 ? (count, -1) : (count - digits, value)
    }
}
