import KubeModel

/// Finding the `count` first pods under the deletion order without sorting them all: a
/// ReplicaSet of 75,000 pods deletes at most `burstReplicas` (500) a sync, so the victims are
/// kept in a bounded max-heap over one pass — O(n log count) — and only they are sorted.
/// The order being total (`PodDeletionRank`), this is the same answer a full sort would give.
extension PodDeletionRank {
    /// The `count` smallest keys, smallest first. Keys whose UIDs are not numbers yet
    /// (`Key.uidIsNumber`) must have been through `numberUIDs`.
    static func smallest(_ keys: [Key], count: Int) -> [Key] {
        if count >= keys.count { return keys.sorted() }
        var kept = SmallestKeys<Void>(capacity: count)
        for key in keys where kept.admits(key) { kept.insert(key, ()) }
        return kept.sorted().map(\.key)
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

/// The `capacity` smallest keys offered so far, each with what the caller needs to find
/// its pod again, in a binary max-heap: the root is the largest kept, the one a smaller
/// newcomer replaces. Callers ask `admits` first, so most pods cost one comparison.
struct SmallestKeys<Payload> {
    let capacity: Int
    private(set) var items: [(key: PodDeletionRank.Key, payload: Payload)] = []

    init(capacity: Int) {
        self.capacity = max(capacity, 0)
        items.reserveCapacity(self.capacity)
    }

    /// Whether `key` would be kept: there is room, or it is smaller than the largest kept.
    func admits(_ key: PodDeletionRank.Key) -> Bool {
        items.count < capacity || (capacity > 0 && key < items[0].key)
    }

    /// Keeps `key` (which `admits` allowed), dropping the largest kept when full.
    mutating func insert(_ key: PodDeletionRank.Key, _ payload: Payload) {
        if items.count < capacity {
            items.append((key, payload))
            var child = items.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard items[parent].key < items[child].key else { return }
                items.swapAt(parent, child)
                child = parent
            }
            return
        }
        items[0] = (key, payload)
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var largest = parent
            if left < items.count, items[largest].key < items[left].key { largest = left }
            if right < items.count, items[largest].key < items[right].key { largest = right }
            if largest == parent { return }
            items.swapAt(parent, largest)
            parent = largest
        }
    }

    /// What is kept, smallest key first.
    func sorted() -> [(key: PodDeletionRank.Key, payload: Payload)] {
        items.sorted { $0.key < $1.key }
    }
}
