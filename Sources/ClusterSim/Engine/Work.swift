import KubeModel

/// One unit of controller work: which controller should look at which object.
/// Like an informer's work queue, it holds keys, not objects: the controller re-reads
/// what exists when the item comes due (level-triggered).
public enum Work: Hashable, Sendable, Comparable {
    case schedule(ObjectKey)          // scheduler: place this pod
    case kubelet(ObjectKey)           // the kubelet of the pod's node: run this pod
    case replicaSet(ObjectKey)        // ReplicaSet controller
    case deployment(ObjectKey)        // Deployment controller
    case nodeLifecycle(String)        // node lifecycle controller: check this node's heartbeat
    case taintEviction(ObjectKey)     // taint eviction controller: this pod on a tainted node
    case garbageCollect(String)       // garbage collector: dependents of this (deleted) owner UID
    case job(ObjectKey)               // Job controller
    case cronJob(ObjectKey)           // CronJob controller
    case daemonSet(ObjectKey)         // DaemonSet controller
    case statefulSet(ObjectKey)       // StatefulSet controller

    public var controller: ControllerID {
        switch self {
        case .schedule: return .scheduler
        case .kubelet: return .kubelet
        case .replicaSet: return .replicaSet
        case .deployment: return .deployment
        case .nodeLifecycle: return .nodeLifecycle
        case .taintEviction: return .taintEviction
        case .garbageCollect: return .garbageCollector
        case .job: return .job
        case .cronJob: return .cronJob
        case .daemonSet: return .daemonSet
        case .statefulSet: return .statefulSet
        }
    }

    private var order: (Int, String) {
        switch self {
        case .schedule(let k): return (0, k.description)
        case .kubelet(let k): return (1, k.description)
        case .replicaSet(let k): return (2, k.description)
        case .deployment(let k): return (3, k.description)
        case .nodeLifecycle(let n): return (4, n)
        case .taintEviction(let k): return (5, k.description)
        case .garbageCollect(let u): return (6, u)
        case .job(let k): return (7, k.description)
        case .cronJob(let k): return (8, k.description)
        case .daemonSet(let k): return (9, k.description)
        case .statefulSet(let k): return (10, k.description)
        }
    }
    public static func < (a: Work, b: Work) -> Bool { a.order < b.order }
}

/// The components that make decisions, named as they sign their Events.
public enum ControllerID: String, Hashable, Sendable, CaseIterable {
    case scheduler = "default-scheduler"
    case kubelet = "kubelet"
    case replicaSet = "replicaset-controller"
    case deployment = "deployment-controller"
    case nodeLifecycle = "node-controller"
    case taintEviction = "taint-eviction-controller"
    case garbageCollector = "garbage-collector"
    case job = "job-controller"
    case cronJob = "cronjob-controller"
    case daemonSet = "daemonset-controller"
    case statefulSet = "statefulset-controller"
}

/// A binary min-heap of work by due time, first-in-first-out among equals, with at most one
/// live entry per work item (re-adding keeps the earlier due time). Each entry remembers
/// whether it is a retry timer (a back-off), so `settle` can tell waiting from working
/// without scanning the queue.
///
/// Work items are interned: the heap holds plain integers (due, sequence, id), so sifting
/// retains nothing and the live entry of an item is found by index, not by hashing its key.
/// An id is given back once its item is neither live nor referred to by any heap entry.
/// The item just popped keeps its id until the next pop: a controller usually asks for its
/// own item again while it runs (the kubelet's next timer), and giving the id back and
/// interning the item anew would cost two more hashes of its key and a dictionary delete.
struct WorkQueue: Sendable {
    private struct Entry: Sendable { var due: Instant; var seq: UInt64; var id: Int32 }
    private struct Slot: Sendable {
        var work: Work
        var live = false
        var due = Instant(milliseconds: 0)
        var retry = false
        /// Heap entries (live or stale) that name this id.
        var entries: Int32 = 0
        /// Unused, but still in `ids` until the next sweep.
        var idle = false
    }
    private var heap: [Entry] = []
    private var ids: [Work: Int32] = [:]
    private var slots: [Slot] = []
    private var freeIDs: [Int32] = []
    /// Ids that are unused but not yet taken out of `ids` (see `releaseIfUnused`).
    private var idleCount = 0
    /// The fewest idle ids worth a sweep (small in tests, so sweeps happen there too).
    private let sweepMinimum: Int

    /// How many sweeps there have been.
    private(set) var sweeps = 0

    init(sweepMinimum: Int = 4096) { self.sweepMinimum = sweepMinimum }
    /// The id of the item `pop` returned last, given back at the next pop if still unused.
    private var popped: Int32? = nil
    private var seq: UInt64 = 0
    private(set) var count = 0
    private(set) var nonRetryCount = 0

    var isEmpty: Bool { count == 0 }

    mutating func add(_ work: Work, at time: Instant, retry: Bool = false) {
        let id = intern(work)
        let i = Int(id)
        if slots[i].live, slots[i].due <= time {
            // An earlier back-off timer absorbs the request, but the item now stands for real
            // work too: `settle` must run it rather than stop at it.
            if slots[i].retry && !retry {
                slots[i].retry = false
                nonRetryCount += 1
            }
            return
        }
        if slots[i].live { if !slots[i].retry { nonRetryCount -= 1 } } else { count += 1 }
        slots[i].live = true
        slots[i].due = time
        slots[i].retry = retry
        if !retry { nonRetryCount += 1 }
        seq += 1
        slots[i].entries += 1
        heap.append(Entry(due: time, seq: seq, id: id))
        siftUp(heap.count - 1)
    }

    /// The earliest live entry's due time.
    mutating func peekDue() -> Instant? {
        dropStale()
        return heap.first?.due
    }

    mutating func pop() -> (Work, Instant)? {
        if let last = popped { popped = nil; releaseIfUnused(last) }
        dropStale()
        guard !heap.isEmpty else { return nil }
        let top = removeTop()
        let i = Int(top.id)
        let work = slots[i].work
        if slots[i].live {
            slots[i].live = false
            count -= 1
            if !slots[i].retry { nonRetryCount -= 1 }
        }
        slots[i].entries -= 1
        popped = top.id
        return (work, top.due)
    }

    private mutating func intern(_ work: Work) -> Int32 {
        if let id = ids[work] {
            if slots[Int(id)].idle { slots[Int(id)].idle = false; idleCount -= 1 }
            return id
        }
        let id: Int32
        if let free = freeIDs.popLast() { id = free; slots[Int(id)] = Slot(work: work) }
        else { id = Int32(slots.count); slots.append(Slot(work: work)) }
        ids[work] = id
        return id
    }

    /// A heap entry naming `id` is gone; the id is free once nothing names it and it is not live.
    private mutating func release(_ id: Int32) {
        slots[Int(id)].entries -= 1
        releaseIfUnused(id)
    }

    /// An unused id stays in `ids`, idle, and is taken out with the other idle ones once they
    /// are half the table. A 150,000-pod start interns and frees two items per pod, and deleting
    /// each from a table that large was a cache miss apiece; a sweep walks the table in order,
    /// and an item asked for again before it (a kubelet's next run) finds its id still there.
    private mutating func releaseIfUnused(_ id: Int32) {
        let i = Int(id)
        guard slots[i].entries == 0, !slots[i].live, !slots[i].idle, id != popped else { return }
        slots[i].idle = true
        idleCount += 1
        if idleCount >= max(sweepMinimum, ids.count / 2) { sweep() }
    }

    private mutating func sweep() {
        ids = ids.filter { !slots[Int($0.value)].idle }
        for i in slots.indices where slots[i].idle {
            slots[i].idle = false
            freeIDs.append(Int32(i))
        }
        idleCount = 0
        sweeps += 1
    }

    private mutating func dropStale() {
        while let top = heap.first {
            let slot = slots[Int(top.id)]
            if slot.live && slot.due == top.due { return }
            _ = removeTop()
            release(top.id)
        }
    }
    private static func less(_ a: Entry, _ b: Entry) -> Bool { a.due != b.due ? a.due < b.due : a.seq < b.seq }

    private mutating func removeTop() -> Entry {
        let top = heap[0]
        let last = heap.removeLast()
        if !heap.isEmpty { heap[0] = last; siftDown(0) }
        return top
    }
    private mutating func siftUp(_ i: Int) {
        var i = i
        while i > 0 {
            let p = (i - 1) / 2
            if Self.less(heap[i], heap[p]) { heap.swapAt(i, p); i = p } else { break }
        }
    }
    private mutating func siftDown(_ i: Int) {
        var i = i
        while true {
            let l = 2 * i + 1, r = l + 1
            var m = i
            if l < heap.count, Self.less(heap[l], heap[m]) { m = l }
            if r < heap.count, Self.less(heap[r], heap[m]) { m = r }
            if m == i { return }
            heap.swapAt(i, m); i = m
        }
    }
}
