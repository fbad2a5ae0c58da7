import Testing
import KubeModel
@testable import ClusterSim

/// The interned queue against the plain one it replaced (a dictionary of live entries keyed by
/// work, a heap of whole work items): same pops, same due times, same counts, for random
/// sequences of requests and pops — including the quirk that a stale heap entry whose time
/// equals a later request stands in for it.
@Suite struct WorkQueueTests {
    struct Model {
        struct Entry { var due: Instant; var seq: UInt64; var work: Work }
        var heap: [Entry] = []
        var live: [Work: (due: Instant, retry: Bool)] = [:]
        var seq: UInt64 = 0
        mutating func add(_ work: Work, at time: Instant, retry: Bool) {
            if let e = live[work], e.due <= time {
                if e.retry && !retry { live[work] = (e.due, false) }
                return
            }
            live[work] = (time, retry)
            seq += 1
            heap.append(Entry(due: time, seq: seq, work: work))
        }
        mutating func dropStale() {
            while let top = earliest(), live[heap[top].work]?.due != heap[top].due { heap.remove(at: top) }
        }
        func earliest() -> Int? { heap.indices.min { (heap[$0].due, heap[$0].seq) < (heap[$1].due, heap[$1].seq) } }
        mutating func pop() -> (Work, Instant)? {
            dropStale()
            guard let top = earliest() else { return nil }
            let e = heap.remove(at: top)
            live[e.work] = nil
            return (e.work, e.due)
        }
        mutating func peekDue() -> Instant? { dropStale(); return earliest().map { heap[$0].due } }
        var nonRetry: Int { live.values.filter { !$0.retry }.count }
    }

    /// Odd seeds sweep idle ids as soon as there is one, so freed ids are reused under the same
    /// random requests; even seeds keep the default.
    @Test(arguments: 1...40)
    func behavesLikeTheModel(seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        var queue = seed % 2 == 1 ? WorkQueue(sweepMinimum: 1) : WorkQueue(), model = Model()
        let items: [Work] = (0..<(seed % 2 == 1 ? 40 : 12)).map { i in
            i % 3 == 0 ? .kubelet(ObjectKey("default", "p\(i)")) : i % 3 == 1 ? .schedule(ObjectKey("default", "p\(i)")) : .nodeLifecycle("node-\(i)")
        }
        var now: Int64 = 0
        for step in 0..<600 {
            if rng.next() % 3 == 0 {
                let got = queue.pop(), want = model.pop()
                #expect(got?.0 == want?.0 && got?.1 == want?.1, "seed \(seed) step \(step): popped \(String(describing: got)), want \(String(describing: want))")
                if let t = got?.1 { now = max(now, t.milliseconds) }
            } else {
                let w = items[Int(rng.next() % UInt64(items.count))]
                let t = Instant(milliseconds: now + Int64(rng.next() % 5) * 1000)
                let retry = rng.next() % 4 == 0
                queue.add(w, at: t, retry: retry)
                model.add(w, at: t, retry: retry)
            }
            #expect(queue.count == model.live.count, "seed \(seed) step \(step)")
            #expect(queue.nonRetryCount == model.nonRetry, "seed \(seed) step \(step)")
            #expect(queue.peekDue() == model.peekDue(), "seed \(seed) step \(step)")
        }
        if seed % 2 == 1 { #expect(queue.sweeps > 0, "seed \(seed): no sweep happened") }
    }
}
