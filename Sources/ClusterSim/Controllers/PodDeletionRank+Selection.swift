import KubeModel

/// Finding the `count` first pods under the deletion order without sorting them all: a
/// ReplicaSet of 75,000 pods deletes at most `burstReplicas` (500) a sync, so the victims are
/// kept in a bounded max-heap over one pass — O(n log count) — and only they are sorted.
/// The order being total (`PodDeletionRank`), this is the same answer a full sort would give.
extension PodDeletionRank {
    /// The `count` smallest keys, smallest first. Keys whose UIDs are not numbers yet
    /// (`Key.uidIsNumber`) must have been through `numberUIDs`.
    static func smallest(_ keys: [Key], count: Int) -> [Key] {
        guard count > 0 else { return [] }
        if count >= keys.count { return keys.sorted() }
        var heap = MaxHeap(capacity: count)
        for key in keys {
            if heap.items.count < count { heap.push(key) } else if key < heap.items[0] { heap.replaceTop(key) }
        }
        return heap.items.sorted()
    }

    /// Gives every key an order-preserving UID number when any UID is not a canonical UUID
    /// (hand-made pods in tests and lessons): its place among all the UIDs, read through
    /// `uid(index)`, sorted as strings (equal strings by `index`, so the order stays total).
    static func numberUIDs(_ keys: inout [Key], uid: (Int) -> String) {
        guard keys.contains(where: { !$0.uidIsNumber }) else { return }
        let uids = keys.map { (uid: uid($0.index), index: $0.index) }
        let order = keys.indices.sorted { (uids[$0].uid, uids[$0].index) < (uids[$1].uid, uids[$1].index) }
        for (place, i) in order.enumerated() {
            keys[i].uidHigh = 0
            keys[i].uidLow = UInt64(place)
            keys[i].uidIsNumber = true
        }
    }

    /// Which of `pods` to delete, as indices into it, first victim first: all of them, in
    /// their order, when `count` covers every pod; else the `count` first under the order.
    /// `rank(node)` is rule 5's count for a pod's node, asked only for scheduled pods:
    /// unscheduled pods all share one rank (they come first by rule 1 anyway).
    static func victims(_ pods: [Pod], count: Int, now: Instant, rank: (String) -> Int) -> [Int] {
        if count >= pods.count { return Array(pods.indices) }
        var keys: [Key] = []
        keys.reserveCapacity(pods.count)
        for (i, pod) in pods.enumerated() {
            keys.append(Key(pod, rank: pod.spec.nodeName.map(rank) ?? 0, now: now, index: i))
        }
        numberUIDs(&keys) { pods[$0].metadata.uid }
        return smallest(keys, count: count).map(\.index)
    }
}

/// A binary max-heap of at most `capacity` keys: the root is the largest kept so far, the
/// one a smaller newcomer replaces.
struct MaxHeap {
    var items: [PodDeletionRank.Key] = []

    init(capacity: Int) { items.reserveCapacity(capacity) }

    mutating func push(_ key: PodDeletionRank.Key) {
        items.append(key)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[parent] < items[child] else { return }
            items.swapAt(parent, child)
            child = parent
        }
    }

    mutating func replaceTop(_ key: PodDeletionRank.Key) {
        items[0] = key
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var largest = parent
            if left < items.count, items[largest] < items[left] { largest = left }
            if right < items.count, items[largest] < items[right] { largest = right }
            if largest == parent { return }
            items.swapAt(parent, largest)
            parent = largest
        }
    }
}
