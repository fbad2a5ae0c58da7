import KubeModel

/// Between nodes of equal score kube-scheduler picks one at random (`schedule_one.go
/// selectHost`, reservoir sampling); here the lowest FNV-1a hash of `<pod uid>/<node name>`
/// decides, so a replay places every pod the same way.
extension Scheduler {
    /// The hash state after `<pod uid>/`: hashed once per pod.
    static func tieBreakPrefix(_ uid: String) -> UInt32 { tieBreakPrefix(uidHash: TemplateHash.fnv1a32(uid)) }

    /// The same from the UID's own hash, which the pass has worked out already.
    static func tieBreakPrefix(uidHash: UInt32) -> UInt32 { TemplateHash.fnv1a32(byte: UInt8(ascii: "/"), from: uidHash) }

    static func tieBreak(_ prefix: UInt32, _ node: String) -> UInt32 { TemplateHash.fnv1a32(node, from: prefix) }
}

/// Up to 16 bytes of a node name packed in two words, first byte lowest, so that hashing it
/// reads no string (node names such as `node-4711` are short). `stem` is the part before the
/// trailing digits, at most 8 bytes: in a cluster of `node-N` every name has the same one.
/// The counts are bytes so that it packs into `NodeFit` with room to spare.
struct ShortName: Sendable {
    var low: UInt64 = 0, high: UInt64 = 0
    private var count8: UInt8 = 0, stemCount8: UInt8 = 0

    /// The empty name.
    init() {}

    init?(_ name: String) {
        var count = 0, digits = 0
        for b in name.utf8 {
            guard count < 16 else { return nil }
            if count < 8 { low |= UInt64(b) << (8 * count) } else { high |= UInt64(b) << (8 * (count - 8)) }
            count += 1
            digits = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) ? digits + 1 : 0
        }
        count8 = UInt8(count)
        stemCount8 = UInt8(min(8, count - digits))
    }

    var count: Int { Int(count8) }
    var stemCount: Int { Int(stemCount8) }

    /// The stem's bytes, the rest of the word zero.
    var stem: UInt64 { stemCount == 8 ? low : low & ((1 << (8 * stemCount)) - 1) }

    /// FNV-1a over bytes `from..<to` (to the end by default), starting from `state`: the low
    /// word's bytes, then the high word's, with no test per byte for which word it is in. Inlined:
    /// a pass hashes a name's digits for every tie, hundreds of times per pod.
    @inline(__always)
    func hash(_ state: UInt32, from: Int, to end: Int? = nil) -> UInt32 {
        let end = end ?? count
        var h = state, i = from
        if i < 8 {
            var word = low >> (8 * i)
            let stop = min(end, 8)
            while i < stop {
                h = TemplateHash.fnv1a32(byte: UInt8(truncatingIfNeeded: word), from: h)
                word >>= 8; i += 1
            }
        }
        if i < end {
            var word = high >> (8 * (i - 8))
            while i < end {
                h = TemplateHash.fnv1a32(byte: UInt8(truncatingIfNeeded: word), from: h)
                word >>= 8; i += 1
            }
        }
        return h
    }
}

/// One pod's tie-break hashes over the nodes of a pass. The hash runs over the name's bytes in
/// order, so the state after a stem (`node-`) is the same for every node that has it: it is
/// kept from one node to the next, and only the digits are hashed for each.
struct TieBreaker {
    let prefix: UInt32
    private var stem: UInt64 = 0, stemCount = -1, afterStem: UInt32 = 0

    init(uid: String) { prefix = Scheduler.tieBreakPrefix(uid) }

    /// From `TemplateHash.fnv1a32(uid)`.
    init(uidHash: UInt32) { prefix = Scheduler.tieBreakPrefix(uidHash: uidHash) }

    mutating func hash(_ fit: borrowing NodeFit, _ node: borrowing SchedulingNode) -> UInt32 {
        guard fit.packed else { return Scheduler.tieBreak(prefix, node.name) }
        let short = fit.shortName
        if short.stemCount != stemCount || short.stem != stem {
            (stem, stemCount) = (short.stem, short.stemCount)
            afterStem = short.hash(prefix, from: 0, to: stemCount)
        }
        return short.hash(afterStem, from: stemCount)
    }
}
