import KubeModel

/// Pods' condition lists, shared where equal.
///
/// Each pod keeps five conditions, and pods that a burst started together hold equal lists —
/// the same statuses, changed at the same virtual millisecond. Like `SharedTexts`, one slot
/// per hash keeps the latest list; a pod whose list equals the slot's keeps the slot's array
/// instead of its own. Nothing changes but where the bytes are.
struct SharedConditions: Sendable {
    private static let slotCount = 64
    private var slots = [[PodCondition]?](repeating: nil, count: slotCount)

    /// `list`, or an equal list seen before (shared storage).
    mutating func shared(_ list: [PodCondition]) -> [PodCondition] {
        guard !list.isEmpty else { return list }
        // A cheap hash of what differs between pods' lists (times and statuses); `==` decides.
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in list {
            h = (h ^ UInt64(bitPattern: c.lastTransitionTime?.milliseconds ?? -1)) &* 0x100_0000_01b3
            let shape = c.type.utf8.count &+ (c.reason?.utf8.count ?? 0) << 8 &+ (c.message?.utf8.count ?? 0) << 16
            h = (h ^ UInt64(shape) ^ UInt64(c.status.hashValueBits) << 40) &* 0x100_0000_01b3
        }
        let i = Int(h % UInt64(Self.slotCount))
        if let kept = slots[i], kept == list { return kept }
        slots[i] = list
        return list
    }
}

private extension ConditionStatus {
    var hashValueBits: Int {
        switch self { case .true: 1; case .false: 2; case .unknown: 3 }
    }
}
