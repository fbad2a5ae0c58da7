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
    static func victims(_ pods: [Pod], count: Int, related: [Pod], now: Instant) -> [Pod] {
        if count >= pods.count { return pods }
        var onNode: [String: Int] = [:]
        for p in related where p.isActive { onNode[p.spec.nodeName ?? "", default: 0] += 1 }
        let ranked = pods.map { ($0, onNode[$0.spec.nodeName ?? ""] ?? 0) }
        let sorted = ranked.sorted { a, b in
            if let r = less(a.0, rankA: a.1, b.0, rankB: b.1, now: now) { return r }
            return a.0.metadata.key < b.0.metadata.key // equal under every rule: any order, but a fixed one
        }
        return sorted.prefix(count).map(\.0)
    }

    /// `ActivePodsWithRanks.Less`, or nil when the two pods are equal under every rule.
    static func less(_ a: Pod, rankA: Int, _ b: Pod, rankB: Int, now: Instant) -> Bool? {
        let aAssigned = a.spec.nodeName != nil, bAssigned = b.spec.nodeName != nil
        if aAssigned != bAssigned && a.spec.nodeName != b.spec.nodeName { return !aAssigned }
        if phaseOrder(a) != phaseOrder(b) { return phaseOrder(a) < phaseOrder(b) }
        if a.isReady != b.isReady { return !a.isReady }
        if deletionCost(a) != deletionCost(b) { return deletionCost(a) < deletionCost(b) }
        if rankA != rankB { return rankA > rankB }
        if a.isReady && b.isReady {
            let ta = a.status.condition("Ready")?.lastTransitionTime, tb = b.status.condition("Ready")?.lastTransitionTime
            if ta != tb { return logarithmicLess(ta, tb, a, b, now: now) }
        }
        let ra = maxRestarts(a), rb = maxRestarts(b)
        if ra != rb { return ra > rb }
        let ca = a.metadata.creationTimestamp, cb = b.metadata.creationTimestamp
        if ca != cb { return logarithmicLess(ca, cb, a, b, now: now) }
        return nil
    }

    /// `podPhaseToOrdinal`: Pending 0, Unknown 1, Running 2 (other phases are not active).
    private static func phaseOrder(_ p: Pod) -> Int {
        switch p.status.phase { case .pending: return 0; case .unknown: return 1; case .running: return 2; default: return 3 }
    }

    private static func deletionCost(_ p: Pod) -> Int { Int(p.metadata.annotations[deletionCostAnnotation] ?? "") ?? 0 }

    private static func maxRestarts(_ p: Pod) -> Int { p.status.containerStatuses.map(\.restartCount).max() ?? 0 }

    /// Later (or unknown) time first, compared by log2 buckets; same bucket → lower UID first.
    /// (`afterOrZero` when a time is missing; `logarithmicRankDiff` otherwise.)
    private static func logarithmicLess(_ t1: Instant?, _ t2: Instant?, _ a: Pod, _ b: Pod, now: Instant) -> Bool {
        guard let t1, let t2 else { return t1 == nil }
        let r1 = bucket(now - t1), r2 = bucket(now - t2)
        if r1 == r2 { return a.metadata.uid < b.metadata.uid }
        return r1 < r2
    }

    /// floor(log2(age in ns)), −1 for no age.
    static func bucket(_ age: Millis) -> Int {
        guard age > 0 else { return -1 }
        let ns = UInt64(age) &* 1_000_000
        return 63 - ns.leadingZeroBitCount
    }
}
