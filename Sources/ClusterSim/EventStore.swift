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
    /// The events about each object UID, oldest first.
    private var byObject: [String: ObjectEvents] = [:]

    /// One object's events. Most objects have a handful, and a repeat is found by a scan;
    /// a ReplicaSet creating 150,000 pods has as many, and they get a table.
    struct ObjectEvents: Sendable {
        var positions: [Int32] = []
        var index: [Aggregate: Int32]? = nil
        static let scanLimit = 16
    }

    /// What makes two events the same one, counted twice (client-go's `getEventKey`, less the
    /// parts every event of one object shares).
    struct Aggregate: Hashable, Sendable {
        var reason: String, type: String, message: String
        init(_ r: EventRecord) { reason = r.reason; type = r.type; message = r.message }
    }

    public init() {}

    /// The events about one object (by UID), oldest first.
    public func about(uid: String) -> [Event] { (byObject[uid]?.positions ?? []).map { event(stored[Int($0)]) } }

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
        let position = Int32(truncatingIfNeeded: stored.count)
        let earlier = Self.file(r, at: position, in: &byObject[r.uid, default: ObjectEvents()], stored: stored)
        if let i = earlier.map(Int.init) {
            stored[i].count += 1
            stored[i].last = now
        } else {
            stored.append(Stored(record: r, sourceHost: sourceHost, first: now, last: now, count: 1, sequence: position))
        }
    }

    /// Finds an earlier event with the same reason, type and message among one object's, or
    /// files the new one under `position`; one lookup of the object either way.
    private static func file(_ r: EventRecord, at position: Int32, in object: inout ObjectEvents, stored: [Stored]) -> Int32? {
        if object.index != nil {
            let aggregate = Aggregate(r)
            if let i = object.index?[aggregate] { return i }
            object.index?[aggregate] = position
            object.positions.append(position)
            return nil
        }
        if let i = object.positions.first(where: { p in
            let e = stored[Int(p)].record
            return e.reason == r.reason && e.type == r.type && e.message == r.message
        }) { return i }
        object.positions.append(position)
        if object.positions.count > ObjectEvents.scanLimit {
            var index: [Aggregate: Int32] = [:]
            for p in object.positions.dropLast() { index[Aggregate(stored[Int(p)].record)] = p }
            index[Aggregate(r)] = position
            object.index = index
        }
        return nil
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
