import KubeModel

/// Which pods a shrinking ReplicaSet deletes first: `controller.ActivePodsWithRanks`
/// (`pkg/controller/controller_utils.go`), the earliest in this order going first.
/// 1. not yet scheduled; 2. Pending before Unknown before Running; 3. not Ready before Ready;
/// 4. lower pod-deletion-cost; 5. more pods of the same owner on its node ("doubled up");
/// 6. more recently Ready; 7. more restarts; 8. newer. Rules 6 and 8 compare
/// log2 buckets of age (LogarithmicScaleDown), ties broken by UID.
enum PodDeletionRank {
    static func victims(_ pods: [Pod], count: Int, state: ClusterState, now: Instant) -> [Pod] {
        if count >= pods.count { return pods }
        var onNode: [String: Int] = [:]
        for p in pods { if let n = p.spec.nodeName { onNode[n, default: 0] += 1 } }
        let sorted = pods.sorted { a, b in less(a, b, onNode: onNode, now: now) }
        return Array(sorted.prefix(count))
    }

    static func less(_ a: Pod, _ b: Pod, onNode: [String: Int], now: Instant) -> Bool {
        let aAssigned = a.spec.nodeName != nil, bAssigned = b.spec.nodeName != nil
        if aAssigned != bAssigned { return !aAssigned }
        let phaseRank: (Pod) -> Int = { p in
            switch p.status.phase { case .pending: return 0; case .unknown: return 1; case .running: return 2; default: return 3 }
        }
        if phaseRank(a) != phaseRank(b) { return phaseRank(a) < phaseRank(b) }
        if a.isReady != b.isReady { return !a.isReady }
        let cost: (Pod) -> Int = { Int($0.metadata.annotations["controller.kubernetes.io/pod-deletion-cost"] ?? "0") ?? 0 }
        if cost(a) != cost(b) { return cost(a) < cost(b) }
        let rankA = a.spec.nodeName.flatMap { onNode[$0] } ?? 0, rankB = b.spec.nodeName.flatMap { onNode[$0] } ?? 0
        if rankA != rankB { return rankA > rankB }
        if a.isReady && b.isReady {
            let ra = bucket(now, a.status.condition("Ready")?.lastTransitionTime)
            let rb = bucket(now, b.status.condition("Ready")?.lastTransitionTime)
            if ra != rb { return ra < rb }
        }
        let restarts: (Pod) -> Int = { $0.status.containerStatuses.map(\.restartCount).max() ?? 0 }
        if restarts(a) != restarts(b) { return restarts(a) > restarts(b) }
        let ca = bucket(now, a.metadata.creationTimestamp), cb = bucket(now, b.metadata.creationTimestamp)
        if ca != cb { return ca < cb }
        return a.metadata.uid < b.metadata.uid
    }

    /// floor(log2(age in ns)) — pods of similar age land in the same bucket.
    private static func bucket(_ now: Instant, _ t: Instant?) -> Int {
        guard let t else { return Int.max }
        let ns = max(1, (now - t)) * 1_000_000
        return 63 - Int(UInt64(ns).leadingZeroBitCount)
    }
}
