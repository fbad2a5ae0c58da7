import KubeModel

/// Which pods a shrinking ReplicaSet deletes first: `getPodsToDelete` → `ActivePodsWithRanks.Less`
/// (`pkg/controller/replicaset/replica_set.go`, `pkg/controller/controller_utils.go`), earliest first:
/// 1. not yet scheduled; 2. Pending before Unknown before Running; 3. not Ready before Ready;
/// 4. lower `controller.kubernetes.io/pod-deletion-cost`; 5. higher rank = more active related
/// pods (of any ReplicaSet of the same Deployment) on its node; 6. both Ready: more recently
/// Ready; 7. more container restarts; 8. newer.
///
/// Rules 6 and 8 compare `floor(log2(age in ns))` buckets (LogarithmicScaleDown, on since
/// v1.22): when two different times fall in the same bucket the pod UIDs decide, so "newest
/// first" is only approximate — pods 70 s and 120 s old are both in bucket 36.
enum PodDeletionRank {
    static let deletionCostAnnotation = "controller.kubernetes.io/pod-deletion-cost"

    /// The `count` pods to delete; all of them when `count` covers every pod.
    /// Sorts compact keys, read once from each pod, rather than the pods themselves.
    static func victims(_ pods: [Pod], count: Int, related: [Pod], now: Instant) -> [Pod] {
        if count >= pods.count { return pods }
        var onNode: [String: Int] = [:]
        for p in related where p.isActive { onNode[p.spec.nodeName ?? "", default: 0] += 1 }
        return victims(pods, count: count, activeRelatedOnNode: onNode, now: now)
    }

    /// The same, given how many active related pods each node runs (keyed "" for none).
    static func victims(_ pods: [Pod], count: Int, activeRelatedOnNode onNode: [String: Int], now: Instant) -> [Pod] {
        if count >= pods.count { return pods }
        var keys: [Key] = []
        keys.reserveCapacity(pods.count)
        for (i, pod) in pods.enumerated() { keys.append(Key(pod, rank: onNode[pod.spec.nodeName ?? ""] ?? 0, index: i)) }
        keys.sort { a, b in
            if let r = less(a, b, now: now) { return r }
            return a.key < b.key // equal under every rule: any order, but a fixed one
        }
        return keys.prefix(count).map { pods[$0.index] }
    }

    /// What the rules read from one pod.
    struct Key {
        var assigned: Bool, phase: Int, ready: Bool, cost: Int, rank: Int
        var readySince: Instant?, restarts: Int, created: Instant?, uid: String, key: ObjectKey, index: Int
        init(_ p: Pod, rank: Int, index: Int) {
            assigned = p.spec.nodeName != nil
            phase = PodDeletionRank.phaseOrder(p)
            let readyCondition = p.status.condition("Ready")
            ready = readyCondition?.status == .true
            cost = PodDeletionRank.deletionCost(p)
            self.rank = rank
            readySince = readyCondition?.lastTransitionTime
            restarts = PodDeletionRank.maxRestarts(p)
            created = p.metadata.creationTimestamp
            uid = p.metadata.uid
            key = p.metadata.key
            self.index = index
        }
    }

    /// `ActivePodsWithRanks.Less`, or nil when the two pods are equal under every rule.
    static func less(_ a: Pod, rankA: Int, _ b: Pod, rankB: Int, now: Instant) -> Bool? {
        less(Key(a, rank: rankA, index: 0), Key(b, rank: rankB, index: 0), now: now)
    }

    static func less(_ a: Key, _ b: Key, now: Instant) -> Bool? {
        if a.assigned != b.assigned { return !a.assigned }
        if a.phase != b.phase { return a.phase < b.phase }
        if a.ready != b.ready { return !a.ready }
        if a.cost != b.cost { return a.cost < b.cost }
        if a.rank != b.rank { return a.rank > b.rank }
        if a.ready && b.ready, a.readySince != b.readySince {
            return logarithmicLess(a.readySince, b.readySince, a.uid, b.uid, now: now)
        }
        if a.restarts != b.restarts { return a.restarts > b.restarts }
        if a.created != b.created { return logarithmicLess(a.created, b.created, a.uid, b.uid, now: now) }
        return nil
    }

    /// `podPhaseToOrdinal`: Pending 0, Unknown 1, Running 2 (other phases are not active).
    static func phaseOrder(_ p: Pod) -> Int {
        switch p.status.phase { case .pending: return 0; case .unknown: return 1; case .running: return 2; default: return 3 }
    }

    static func deletionCost(_ p: Pod) -> Int { Int(p.metadata.annotations[deletionCostAnnotation] ?? "") ?? 0 }

    static func maxRestarts(_ p: Pod) -> Int { p.status.containerStatuses.map(\.restartCount).max() ?? 0 }

    /// Later (or unknown) time first, compared by log2 buckets; same bucket → lower UID first.
    /// (`afterOrZero` when a time is missing; `logarithmicRankDiff` otherwise.)
    private static func logarithmicLess(_ t1: Instant?, _ t2: Instant?, _ a: String, _ b: String, now: Instant) -> Bool {
        guard let t1, let t2 else { return t1 == nil }
        let r1 = bucket(now - t1), r2 = bucket(now - t2)
        if r1 == r2 { return a < b }
        return r1 < r2
    }

    /// floor(log2(age in ns)), −1 for no age.
    static func bucket(_ age: Millis) -> Int {
        guard age > 0 else { return -1 }
        let ns = UInt64(age) &* 1_000_000
        return 63 - ns.leadingZeroBitCount
    }
}
