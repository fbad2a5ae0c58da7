import KubeModel

/// Which pods a shrinking ReplicaSet deletes first: `getPodsToDelete` → `ActivePodsWithRanks.Less`
/// (`pkg/controller/replicaset/replica_set.go`, `pkg/controller/controller_utils.go`), earliest first:
/// 1. not yet scheduled; 2. Pending before Unknown before Running; 3. not Ready before Ready;
/// 4. lower `controller.kubernetes.io/pod-deletion-cost` (an int32; anything else counts as 0,
/// `deletionCost`); 5. higher rank = more active related pods (of any ReplicaSet of the same
/// Deployment) on its node; 6. both Ready: more recently Ready; 7. more container restarts;
/// 8. newer; and last, the lower UID.
///
/// Rules 6 and 8 compare `floor(log2(age in ns))` buckets (LogarithmicScaleDown, on since
/// v1.22), so "newest first" is only approximate — pods 70 s and 120 s old are both in
/// bucket 36 — and a missing time counts as newest (`afterOrZero`).
///
/// This is a strict total order; kube's `Less` is not one, and the two differ in exactly two
/// places. Kube's rule 6 orders two Ready pods whose ready times differ but share a bucket by
/// UID at once, yet sends two with *equal* ready times on to rules 7 and 8. That is not
/// transitive: with A and C Ready at the same instant and B Ready a moment later in the same
/// bucket, UIDs B < A and C < B, but A restarted more than C, kube has A < C < B < A, so what
/// `sort.Sort` returns depends on the input order and the sort algorithm. Here:
/// - at rule 6 the same bucket is a tie, whether or not the times are equal, and rules 7, 8
///   and the UID decide (kube: the UID decides when the times differ — the answers differ
///   only when restarts or creation buckets differ too);
/// - pods equal under rules 1–8 with equal creation times are ordered by UID (kube: neither
///   is less, so their order is whatever the sort leaves).
/// Everywhere else the two agree. Being total, the order makes the victims "the `count`
/// smallest", which any selection algorithm finds alike (`PodDeletionRank+Selection.swift`).
enum PodDeletionRank {
    static let deletionCostAnnotation = "controller.kubernetes.io/pod-deletion-cost"

    /// What the rules read from one pod that does not change with the clock or its
    /// neighbours: everything but the time buckets (which move with `now`) and rule 5's rank
    /// (which moves with the node's other pods). Plain numbers only, so a table of them is
    /// dense: the store keeps one for every active owned pod, grouped by node
    /// (`ClusterState+DeletionRank.swift`).
    struct Fields: Hashable, Sendable {
        /// Rules 1–4, packed as `Key.rules1to5` less the rank: assigned (1 bit), phase ordinal
        /// (2), Ready (1), deletion cost + 2³¹ (32).
        var rules1to4: UInt64
        /// When the pod became Ready; nil when it is not Ready or the time is missing.
        var readySince: Instant?
        var restarts: UInt32
        var created: Instant?
        var uidHigh: UInt64
        var uidLow: UInt64
        /// False when the UID is not a lowercase canonical UUID and needs `numberUIDs`.
        var uidIsNumber: Bool

        @inline(__always) init(_ pod: Pod) {
            self.init(pod, readingUID: true)
        }

        /// Without `readingUID` the UID words stay 0: for comparing two writes of one pod.
        @inline(__always) private init(_ pod: Pod, readingUID: Bool) {
            var ready = false
            readySince = nil
            if let c = pod.status.conditions.first(where: { $0.type == "Ready" }), c.status == .true {
                (ready, readySince) = (true, c.lastTransitionTime)
            }
            var w: UInt64 = pod.spec.nodeName == nil ? 0 : 1
            w = w << 2 | UInt64(PodDeletionRank.phaseOrder(pod.status.phase))
            w = w << 1 | (ready ? 1 : 0)
            rules1to4 = w << 32 | UInt64(UInt32(bitPattern: PodDeletionRank.deletionCost(pod.metadata.annotations)) ^ 0x8000_0000)
            restarts = UInt32(clamping: PodDeletionRank.maxRestarts(pod.status.containerStatuses))
            created = pod.metadata.creationTimestamp
            if !readingUID {
                (uidHigh, uidLow, uidIsNumber) = (0, 0, true)
            } else if let (high, low) = PodDeletionRank.uidWords(pod.metadata.uid) {
                (uidHigh, uidLow, uidIsNumber) = (high, low, true)
            } else {
                (uidHigh, uidLow, uidIsNumber) = (0, 0, false)
            }
        }

        /// Rule 3's bit: whether the pod is Ready.
        var isReady: Bool { rules1to4 >> 32 & 1 == 1 }

        /// Whether `Fields(old)` and `Fields(new)` differ, or one pod is active and the other
        /// not, found without reading the UID unless it changed.
        static func differ(_ old: Pod, _ new: Pod) -> Bool {
            old.isActive != new.isActive || Fields(old, readingUID: false) != Fields(new, readingUID: false)
                || old.metadata.uid != new.metadata.uid
        }
    }

    /// A pod's place in the order, packed so that comparing two pods compares four words:
    /// - `rules1to5`: `Fields.rules1to4`, then `maxRank − rank` (28 bits), so a higher rank
    ///   sorts first;
    /// - `rules6to8`: ready-time bucket (8 bits, only for Ready pods), `UInt32.max − restarts`
    ///   (32), creation-time bucket (8); a bucket is 0 for a missing time, else age bucket + 2;
    /// - `uidHigh`, `uidLow`: the UID as a number that orders as the UID strings do
    ///   (`uidWords`, or `PodDeletionRank.numberUIDs` for UIDs that are not canonical UUIDs).
    /// `index` says where the pod came from and takes no part in the order.
    struct Key: Comparable {
        var rules1to5: UInt64
        var rules6to8: UInt64
        var uidHigh: UInt64
        var uidLow: UInt64
        var index: Int
        var uidIsNumber: Bool

        static let maxRank = (1 << 28) - 1

        /// `rank` is rule 5's count for the pod's node; `now` places its times in buckets.
        init(_ f: Fields, rank: Int, now: Instant, index: Int) {
            rules1to5 = f.rules1to4 << 28 | UInt64(Self.maxRank - min(max(rank, 0), Self.maxRank))
            rules6to8 = PodDeletionRank.timeBucket(f.readySince, now: now) << 48 | UInt64(UInt32.max - f.restarts) << 8
                | PodDeletionRank.timeBucket(f.created, now: now)
            (uidHigh, uidLow, uidIsNumber) = (f.uidHigh, f.uidLow, f.uidIsNumber)
            self.index = index
        }

        init(_ pod: Pod, rank: Int, now: Instant, index: Int) {
            self.init(Fields(pod), rank: rank, now: now, index: index)
        }

        /// Rule 3's bit: whether the pod is Ready.
        var isReady: Bool { rules1to5 >> 60 & 1 == 1 }

        static func < (a: Key, b: Key) -> Bool {
            (a.rules1to5, a.rules6to8, a.uidHigh, a.uidLow) < (b.rules1to5, b.rules6to8, b.uidHigh, b.uidLow)
        }
        static func == (a: Key, b: Key) -> Bool {
            (a.rules1to5, a.rules6to8, a.uidHigh, a.uidLow) == (b.rules1to5, b.rules6to8, b.uidHigh, b.uidLow)
        }
    }

    /// `podPhaseToOrdinal`: Pending 0, Unknown 1, Running 2 (other phases are not active).
    static func phaseOrder(_ phase: PodPhase) -> Int {
        switch phase { case .pending: return 0; case .unknown: return 1; case .running: return 2; default: return 3 }
    }

    /// `helper.GetDeletionCostFromPodAnnotations` (`pkg/apis/core/helper/helpers.go`): a
    /// decimal int32 without "+" or leading zeros; anything else (which validation would
    /// refuse) counts as 0, as kube's `Less` ignores the parse error.
    static func deletionCost(_ annotations: [String: String]) -> Int32 {
        guard !annotations.isEmpty, let value = annotations[deletionCostAnnotation], let first = value.utf8.first else { return 0 }
        let validFirst = first == UInt8(ascii: "-") || (first == UInt8(ascii: "0") && value == "0")
            || (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(first)
        guard validFirst else { return 0 }
        return Int32(value) ?? 0
    }

    static func maxRestarts(_ statuses: [ContainerStatus]) -> Int {
        var most = 0
        for c in statuses where c.restartCount > most { most = c.restartCount }
        return most
    }

    /// Rules 6 and 8 as a number that sorts newest first: 0 for a missing time (`afterOrZero`:
    /// zero first), otherwise `bucket(now − t) + 2`.
    static func timeBucket(_ t: Instant?, now: Instant) -> UInt64 {
        guard let t else { return 0 }
        return UInt64(bucket(now - t) + 2)
    }

    /// floor(log2(age in ns)), −1 for no age (`logarithmicRankDiff`).
    static func bucket(_ age: Millis) -> Int {
        guard age > 0 else { return -1 }
        let ns = UInt64(age) &* 1_000_000
        return 63 - ns.leadingZeroBitCount
    }

    /// The UID as two 64-bit halves when it is a lowercase canonical UUID — what the API server
    /// generates (`SeededRandom.uuid`). Dashes sit at fixed places and `0-9` < `a-f` in ASCII,
    /// so the numbers order exactly as the strings do. Nil for any other shape.
    static func uidWords(_ uid: String) -> (UInt64, UInt64)? {
        var high: UInt64 = 0, low: UInt64 = 0, position = 0
        for c in uid.utf8 {
            defer { position += 1 }
            switch position {
            case 8, 13, 18, 23:
                guard c == UInt8(ascii: "-") else { return nil }
                continue
            case 36...:
                return nil
            default: break
            }
            let nibble: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = c - UInt8(ascii: "a") + 10
            default: return nil
            }
            if position < 19 { high = high << 4 | UInt64(nibble) } else { low = low << 4 | UInt64(nibble) }
        }
        return position == 36 ? (high, low) : nil
    }
}
