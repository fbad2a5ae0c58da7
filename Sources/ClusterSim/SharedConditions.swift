import KubeModel

/// Pods' condition lists, shared where equal (`SharedSlots`).
///
/// Each pod keeps five conditions, and pods that a burst started together hold equal lists —
/// the same statuses, changed at the same virtual millisecond. A pod whose list equals one
/// kept keeps that array instead of its own. Nothing changes but where the bytes are.
struct SharedConditions: Sendable {
    private var slots = SharedSlots<[PodCondition]>(count: 64)

    /// `list`, or an equal list seen before (shared storage).
    mutating func shared(_ list: [PodCondition]) -> [PodCondition] {
        guard !list.isEmpty else { return list }
        // A cheap hash of what differs between pods' lists (times and statuses).
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in list {
            h = (h ^ UInt64(bitPattern: c.lastTransitionTime?.milliseconds ?? -1)) &* 0x100_0000_01b3
            let shape = c.type.utf8.count &+ (c.reason?.utf8.count ?? 0) << 8 &+ (c.message?.utf8.count ?? 0) << 16
            h = (h ^ UInt64(shape) ^ UInt64(c.status.hashValueBits) << 40) &* 0x100_0000_01b3
        }
        return slots.shared(list, sketch: h)
    }
}

private extension ConditionStatus {
    var hashValueBits: Int {
        switch self { case .true: 1; case .false: 2; case .unknown: 3 }
    }
}
