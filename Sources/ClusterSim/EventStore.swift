import KubeModel

/// The cluster's Events. A repeat of the same reason and message on the same object bumps
/// `count` and `lastTimestamp` instead of adding a row, as client-go's event correlator does.
///
/// A 150,000-pod deployment leaves about five events per pod, so each is kept in a compact
/// form — the recorded fields, sharing the strings of the object they describe — and becomes
/// a full `Event` (metadata, generated name) only when someone reads it.
public struct EventStore: Sendable {
    /// One event as recorded: what it says, about what, and when.
    struct Stored: Sendable {
        var record: EventRecord
        var sourceHost: String?
        var first: Instant
        var last: Instant
        var count: Int32
        /// How many events were stored before this one: with `first`, what its name is made of.
        var sequence: Int32
    }

    private var stored: [Stored] = []
    /// Positions in `stored` of the events about each object UID, oldest first. Repeats are
    /// found here: an object has a handful of distinct events, so a scan beats a hash of the message.
    private var byObject: [String: [Int32]] = [:]

    public init() {}

    /// The events about one object (by UID), oldest first.
    public func about(uid: String) -> [Event] { (byObject[uid] ?? []).map { event(stored[Int($0)]) } }

    /// Every event, oldest first.
    public var all: [Event] { inNamespace(nil) }

    public func inNamespace(_ ns: String?) -> [Event] {
        stored.filter { ns == nil || Self.namespace($0.record) == ns }.map(event)
    }

    /// The event with this name, as `kubectl get event NAME` asks for it.
    public func named(_ name: String, in namespace: String) -> Event? {
        stored.lazy.filter { Self.namespace($0.record) == namespace && Self.name($0) == name }.first.map(event)
    }

    mutating func record(_ r: EventRecord, sourceHost: String?, at now: Instant) {
        if let positions = byObject[r.uid] {
            for i in positions.reversed() {
                let e = stored[Int(i)].record
                guard e.reason == r.reason, e.type == r.type, e.message == r.message else { continue }
                stored[Int(i)].count += 1
                stored[Int(i)].last = now
                return
            }
        }
        stored.append(Stored(record: r, sourceHost: sourceHost, first: now, last: now, count: 1, sequence: Int32(truncatingIfNeeded: stored.count)))
        byObject[r.uid, default: []].append(Int32(truncatingIfNeeded: stored.count - 1))
    }

    public var count: Int { stored.count }

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
        e.sourceHost = s.sourceHost
        e.lastTimestamp = s.last
        e.count = Int(s.count)
        return e
    }
}
