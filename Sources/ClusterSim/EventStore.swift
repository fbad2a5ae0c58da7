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
/// form — the recorded fields, the object they describe kept once for all its events — and becomes
/// a full `Event` (metadata, generated name) only when someone reads it.
public struct EventStore: Sendable {
    /// One event as the recorder knows it: what the API server holds (`written`, with the
    /// count and message of its last write) and what the recorder has seen since. The object
    /// it is about is kept once for all its events, in `objects`.
    struct Stored: Sendable {
        // Largest fields first: Swift lays fields out in the order written, and 750,000 of
        // these pad out to megabytes.
        var reason: String
        var message: String
        var fieldPath: String?
        var host: String?
        var first: Instant
        var last: Instant
        /// When the recorder saw it last.
        var seen: Instant
        /// Where its object is in `objects`.
        var object: Int32
        var count: Int32
        /// How many events were stored before this one: with `first`, what its name is made of.
        var sequence: Int32
        /// How often the recorder has seen it, written or not: the count of its next write.
        var observed: Int32
        var source: ControllerID
        /// The type as one bit: the cluster's components write only `Normal` and `Warning`
        /// (`v1.EventTypeNormal`, `v1.EventTypeWarning`). The API server would take others
        /// through core/v1 (`ValidateEventCreate` in `pkg/apis/core/validation/events.go`
        /// checks the type only for events.k8s.io/v1), but nothing here writes one.
        var warning: Bool
        /// False while the spam filter has held back every write of it.
        var written: Bool
        /// The "(combined from similar events)" event of its aggregate group.
        var combined: Bool

        var type: String { warning ? "Warning" : "Normal" }
    }

    var stored = ChunkedArray<Stored>()
    /// Every object events were recorded about, with the recorders' memory of it.
    var objects = ChunkedArray<ObjectEvents>()
    /// Where each object (by UID) is in `objects`.
    var byObject: [UIDKey: Int32] = [:]
    /// Recent event texts, so that the copies kept share storage (`SharedTexts.swift`).
    var texts = SharedTexts()
    /// The cluster's clock, kept here by `ClusterState` so that reads can leave out expired events.
    var clock = Instant(milliseconds: 0)

    /// How long the API server keeps an event after its last write: kube-apiserver's
    /// `--event-ttl`, 1h by default. Every create and update renews it (the event registry's
    /// `TTLFunc`, `pkg/registry/core/event/storage/storage.go`). A recorder that writes an
    /// expired event again finds it gone and creates it anew, with the name, first timestamp
    /// and count it remembers (`recordToSink` in client-go's `tools/record/event.go`): here,
    /// the stored event simply becomes visible again.
    static let ttl: Millis = .seconds(3_600)

    /// Whether the API server holds the event now: written, and not expired since.
    private func held(_ s: Stored) -> Bool { s.written && clock - s.last < Self.ttl }

    public init() {}

    /// Room for events about `additional` more objects without growing the tables.
    mutating func reserve(objects additional: Int) { byObject.reserveCapacity(byObject.count + additional) }

    /// The events about one object (by UID), oldest first.
    public func about(uid: String) -> [Event] {
        guard let o = byObject[UIDKey(uid)] else { return [] }
        return objects[Int(o)].positions.lazy.map { stored[Int($0)] }.filter(held).map(event)
    }

    /// Every event, oldest first.
    public var all: [Event] { inNamespace(nil) }

    public func inNamespace(_ ns: String?) -> [Event] {
        stored.filter { held($0) && (ns == nil || namespace($0) == ns) }.map(event)
    }

    /// The event with this name, as `kubectl get event NAME` asks for it.
    public func named(_ name: String, in namespace: String) -> Event? {
        stored.lazy.filter { self.held($0) && self.namespace($0) == namespace && self.name($0) == name }.first.map(event)
    }

    /// How many events the API server holds.
    public var count: Int { stored.lazy.filter(held).count }

    private func namespace(_ s: Stored) -> String {
        let ns = objects[Int(s.object)].ref.key.namespace
        return ns.isEmpty ? "default" : ns
    }

    /// client-go names events `<object>.<hex nanoseconds>`; the sequence keeps them unique.
    private func name(_ s: Stored) -> String {
        let nanos = UInt64(max(0, s.first.milliseconds)) &* 1_000_000 &+ UInt64(Int(s.sequence) % 1_000_000)
        return "\(objects[Int(s.object)].ref.key.name).\(String(nanos, radix: 16))"
    }

    private func event(_ s: Stored) -> Event {
        var meta = ObjectMeta(name: name(s), namespace: namespace(s))
        meta.creationTimestamp = s.first
        meta.uid = ""
        let object = objects[Int(s.object)]
        var e = Event(metadata: meta, involvedObject: object.ref, involvedUID: object.uid, reason: s.reason,
                      message: s.message, type: s.type, source: s.source.rawValue, at: s.first)
        e.fieldPath = s.fieldPath
        e.sourceHost = s.host
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
