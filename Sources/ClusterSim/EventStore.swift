import KubeModel

/// The cluster's Events, as the recorders of the components write them.
///
/// Every component but the scheduler records through client-go's `EventCorrelator`
/// (`tools/record/events_cache.go`, `EventStore+Correlator.swift`): a repeat bumps `count`,
/// ten different messages for the same reason within ten minutes become one
/// "(combined from similar events)" event, and a spam filter lets each source write at most
/// 25 events about one object, then one every five minutes.
///
/// A 150,000-pod deployment leaves about five events per pod, so each is kept in a compact
/// form — the recorded fields, sharing the strings of the object they describe — and becomes
/// a full `Event` (metadata, generated name) only when someone reads it.
public struct EventStore: Sendable {
    /// One event as the recorder knows it: what the API server holds (`written`, with the
    /// count and message of its last write) and what the recorder has seen since.
    struct Stored: Sendable {
        var record: EventRecord
        var first: Instant
        var last: Instant
        var count: Int32
        /// How many events were stored before this one: with `first`, what its name is made of.
        var sequence: Int32
        /// How often the recorder has seen it, written or not: the count of its next write.
        var observed: Int32
        /// When the recorder saw it last.
        var seen: Instant
        /// False while the spam filter has held back every write of it.
        var written: Bool
        /// The "(combined from similar events)" event of its aggregate group.
        var combined: Bool
    }

    var stored = ChunkedArray<Stored>()
    /// The events about each object UID, oldest first, with the recorders' memory of them.
    var byObject: [UIDKey: ObjectEvents] = [:]

    public init() {}

    /// The events about one object (by UID), oldest first.
    public func about(uid: String) -> [Event] {
        (byObject[UIDKey(uid)]?.positions ?? []).lazy.map { stored[Int($0)] }.filter(\.written).map(event)
    }

    /// Every event, oldest first.
    public var all: [Event] { inNamespace(nil) }

    public func inNamespace(_ ns: String?) -> [Event] {
        stored.filter { $0.written && (ns == nil || Self.namespace($0.record) == ns) }.map(event)
    }

    /// The event with this name, as `kubectl get event NAME` asks for it.
    public func named(_ name: String, in namespace: String) -> Event? {
        stored.lazy.filter { $0.written && Self.namespace($0.record) == namespace && Self.name($0) == name }.first.map(event)
    }

    /// How many events the API server holds.
    public var count: Int { stored.lazy.filter(\.written).count }

    private static func namespace(_ r: EventRecord) -> String { r.object.key.namespace.isEmpty ? "default" : r.object.key.namespace }

    /// client-go names events `<object>.<hex nanoseconds>`; the sequence keeps them unique.
    private static func name(_ s: Stored) -> String {
        let nanos = UInt64(max(0, s.first.milliseconds)) &* 1_000_000 &+ UInt64(Int(s.sequence) % 1_000_000)
        return "\(s.record.object.key.name).\(String(nanos, radix: 16))"
    }

    private func event(_ s: Stored) -> Event {
        var meta = ObjectMeta(name: Self.name(s), namespace: Self.namespace(s.record))
        meta.creationTimestamp = s.first
        meta.uid = ""
        let r = s.record
        var e = Event(metadata: meta, involvedObject: r.object, involvedUID: r.uid, reason: r.reason,
                      message: r.message, type: r.type, source: r.source.rawValue, at: s.first)
        e.fieldPath = r.fieldPath
        e.sourceHost = s.record.host
        e.lastTimestamp = s.last
        e.count = Int(s.count)
        return e
    }
}

/// An object UID as a dictionary key. UIDs are random, so their first eight bytes tell them
/// apart as well as all 36 do: hashing those alone makes each of the ~750,000 event writes of
/// a 150,000-pod rollout hash one word instead of a whole string.
struct UIDKey: Hashable, Sendable {
    let uid: String
    private let head: UInt64

    init(_ uid: String) {
        self.uid = uid
        var head: UInt64 = 0
        var copy = uid
        copy.withUTF8 { bytes in
            for i in 0..<min(8, bytes.count) { head |= UInt64(bytes[i]) << (8 * UInt64(i)) }
        }
        self.head = head
    }

    func hash(into hasher: inout Hasher) { hasher.combine(head) }
    static func == (a: UIDKey, b: UIDKey) -> Bool { a.head == b.head && a.uid == b.uid }
}
