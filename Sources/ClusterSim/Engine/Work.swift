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
struct WorkQueue: Sendable {
    private struct Entry: Sendable { var due: Instant; var seq: UInt64; var work: Work }
    private var heap: [Entry] = []
    private var live: [Work: (due: Instant, retry: Bool)] = [:]
    private var seq: UInt64 = 0
    private(set) var nonRetryCount = 0

    var isEmpty: Bool { live.isEmpty }
    var count: Int { live.count }

    mutating func add(_ work: Work, at time: Instant, retry: Bool = false) {
        if let existing = live[work], existing.due <= time {
            // An earlier back-off timer absorbs the request, but the item now stands for real
            // work too: `settle` must run it rather than stop at it.
            if existing.retry && !retry {
                live[work] = (existing.due, false)
                nonRetryCount += 1
            }
            return
        }
        if let existing = live[work], !existing.retry { nonRetryCount -= 1 }
        live[work] = (time, retry)
        if !retry { nonRetryCount += 1 }
        seq += 1
        heap.append(Entry(due: time, seq: seq, work: work))
        siftUp(heap.count - 1)
    }

    /// The earliest live entry's due time.
    mutating func peekDue() -> Instant? {
        dropStale()
        return heap.first?.due
    }

    mutating func pop() -> (Work, Instant)? {
        dropStale()
        guard !heap.isEmpty else { return nil }
        let top = removeTop()
        if let entry = live.removeValue(forKey: top.work), !entry.retry { nonRetryCount -= 1 }
        return (top.work, top.due)
    }

    private mutating func dropStale() {
        while let top = heap.first, live[top.work]?.due != top.due { _ = removeTop() }
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
