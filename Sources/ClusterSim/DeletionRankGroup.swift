import KubeModel

/// One node's active pods of one controller, with `best`: for each part of the pods' rank
/// fields, the best value any of them has (lowest rules 1–4, newest ready and creation times
/// with a missing time as newest, most restarts, lowest UID). It is no pod's fields, but a
/// key built from it with the node's rank is at most the key of every pod on the node — the
/// key grows with each part separately and compares the parts in turn — so a scale-down can
/// pass over a node whose bound cannot beat the victims it already holds
/// (`ReplicaSetController+ScaleDown.swift`).
///
/// `holders` counts, for each part, the pods holding the best value, so a pod leaving
/// loosens the bound only when it was the last holder of some part; only then are the
/// node's few pods read again.
struct DeletionRankGroup: Hashable, Sendable {
    private(set) var pods: [ObjectKey: PodDeletionRank.Fields] = [:]
    private(set) var best: PodDeletionRank.Fields? = nil
    private var holders = Holders()

    private struct Holders: Hashable, Sendable {
        var rules1to4 = 0, readySince = 0, restarts = 0, created = 0, uid = 0
        /// Pods whose UID is not a canonical UUID: while any is here, `best.uidIsNumber` is false.
        var oddUIDs = 0
    }

    /// Puts or rewrites a pod's fields.
    mutating func insert(_ key: ObjectKey, _ fields: PodDeletionRank.Fields) {
        if let old = pods.updateValue(fields, forKey: key) {
            if old == fields { return }
            if release(old) { recompute(); return }
        }
        add(fields)
    }

    mutating func remove(_ key: ObjectKey) {
        guard let old = pods.removeValue(forKey: key) else { return }
        if pods.isEmpty { (best, holders) = (nil, Holders()); return }
        if release(old) { recompute() }
    }

    private mutating func add(_ f: PodDeletionRank.Fields) {
        guard var b = best else {
            best = f
            holders = Holders(rules1to4: 1, readySince: 1, restarts: 1, created: 1, uid: 1, oddUIDs: f.uidIsNumber ? 0 : 1)
            return
        }
        func keep<T: Equatable>(_ value: T, _ best: inout T, _ count: inout Int, better: (T, T) -> Bool) {
            if value == best { count += 1 } else if better(value, best) { (best, count) = (value, 1) }
        }
        keep(f.rules1to4, &b.rules1to4, &holders.rules1to4, better: <)
        keep(f.readySince, &b.readySince, &holders.readySince, better: Self.newer)
        keep(f.restarts, &b.restarts, &holders.restarts, better: >)
        var uid = UID(b)
        keep(UID(f), &uid, &holders.uid, better: <)
        (b.uidHigh, b.uidLow) = (uid.high, uid.low)
        keep(f.created, &b.created, &holders.created, better: Self.newer)
        if !f.uidIsNumber { holders.oddUIDs += 1 }
        b.uidIsNumber = holders.oddUIDs == 0
        best = b
    }

    /// Takes `f`'s share out of `holders`; true when some part of `best` lost its last holder.
    private mutating func release(_ f: PodDeletionRank.Fields) -> Bool {
        guard let b = best else { return false }
        var lastHolder = false
        func drop<T: Equatable>(_ value: T, _ best: T, _ count: inout Int) {
            guard value == best else { return }
            count -= 1
            if count == 0 { lastHolder = true }
        }
        drop(f.rules1to4, b.rules1to4, &holders.rules1to4)
        drop(f.readySince, b.readySince, &holders.readySince)
        drop(f.restarts, b.restarts, &holders.restarts)
        drop(f.created, b.created, &holders.created)
        drop(UID(f), UID(b), &holders.uid)
        if !f.uidIsNumber { holders.oddUIDs -= 1; best?.uidIsNumber = holders.oddUIDs == 0 }
        return lastHolder
    }

    /// A node holds at most a few hundred pods (`maxPodsPerNode`): rereading them is cheap.
    private mutating func recompute() {
        (best, holders) = (nil, Holders())
        for f in pods.values { add(f) }
    }

    /// The UID as its two words, compared in turn.
    private struct UID: Comparable {
        var high: UInt64, low: UInt64
        init(_ f: PodDeletionRank.Fields) { (high, low) = (f.uidHigh, f.uidLow) }
        static func < (a: UID, b: UID) -> Bool { (a.high, a.low) < (b.high, b.low) }
    }

    /// A missing time counts as newest (`afterOrZero`).
    private static func newer(_ a: Instant?, _ b: Instant?) -> Bool {
        guard let a else { return b != nil }
        guard let b else { return false }
        return a > b
    }
}
