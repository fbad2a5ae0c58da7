import KubeModel

/// client-go's `EventCorrelator` (`staging/src/k8s.io/client-go/tools/record/events_cache.go`),
/// which every component but the scheduler records through, with its default options:
///
/// 1. **Aggregation.** Events about one object from one source with the same type and reason
///    but different messages form a group. When a group has seen 10 different messages with
///    no gap over 10 minutes, each further new message goes into a single event
///    "(combined from similar events): <message>" instead of an event of its own
///    (`EventAggregator`, `maxEvents` 10, `maxIntervalInSeconds` 600).
/// 2. **Counting.** An event seen again bumps the count and last timestamp of the first
///    (`eventLogger`); the combined event is counted the same way, taking the newest message.
/// 3. **Spam filter.** Each source may write 25 events about an object at once, then one
///    every 5 minutes (`EventSourceObjectSpamFilter`, a token bucket with burst 25 and
///    1/300 per second). A held-back write is still counted: the next write carries the count.
///
/// The scheduler records through `events.k8s.io` (`tools/events`), which has no aggregation or
/// spam filter; its repeats only count up.
///
/// Where the sim differs: client-go drops an arbitrary message from a full group
/// (`PopAny`); the sim drops the oldest. Its caches are LRUs of 4,096 entries per recorder;
/// the sim never forgets.
extension EventStore {
    /// One object's events and what the recorders remember about them.
    struct ObjectEvents: Sendable {
        var ref: ObjectRef
        var uid: String
        /// Every event about the object, written or held back, oldest first.
        var positions: [Int32] = []
        /// Past `scanLimit` events, the position of each event of its own (not combined) by what makes it the same event.
        var index: [Identity: Int32]? = nil
        /// Groups that have seen a second message. A group that has only ever seen one
        /// message needs no record: its state is that message and when it was last seen.
        var groups: [AggregateGroup] = []
        /// Most objects hear from one source; others get `moreBuckets`.
        var bucket: SpamBucket? = nil
        var moreBuckets: [SpamBucket] = []
        static let scanLimit = 16
    }

    /// What makes two events about one object the same event (`getEventKey` less the object).
    /// Only events of their own are keyed so: a combined event is its group's
    /// (`EventAggregatorByReasonFunc`) and is found through the group (`combinedAt`).
    struct Identity: Hashable, Sendable {
        var source: ControllerID, host: String?, fieldPath: String?, type: String, reason: String, message: String

        init(_ r: EventRecord) {
            source = r.source; host = r.host; fieldPath = r.fieldPath; type = r.type; reason = r.reason; message = r.message
        }
        init(_ s: Stored) {
            source = s.source; host = s.host; fieldPath = s.fieldPath; type = s.type; reason = s.reason; message = s.message
        }
    }

    /// An aggregate group's record (`aggregateRecord`): the different messages seen since its
    /// window opened (`localKeys`), oldest first, and when it last saw an event.
    struct AggregateGroup: Sendable {
        var source: ControllerID, host: String?, type: String, reason: String
        var messages: [String]
        var last: Instant
        /// Where the group's combined event is stored, once it has one.
        var combinedAt: Int32? = nil

        func holds(_ r: EventRecord) -> Bool {
            source == r.source && reason == r.reason && type == r.type && host == r.host
        }
    }

    /// A source's token bucket for one object, in milliseconds of refill: a token is 300,000.
    struct SpamBucket: Sendable {
        var source: ControllerID, host: String?
        var credit: Int64
        var at: Instant
        static let cost: Int64 = 300_000
        static let capacity: Int64 = 25 * cost

        /// `TryAccept`: refills for the time passed, then takes a token if there is one.
        mutating func take(at now: Instant) -> Bool {
            credit = min(Self.capacity, credit + max(0, now - at))
            at = now
            guard credit >= Self.cost else { return false }
            credit -= Self.cost
            return true
        }
    }

    static let aggregateMaxEvents = 10
    static let aggregateInterval: Millis = .seconds(600)
    static let combinedPrefix = "(combined from similar events): "

    mutating func record(_ r: EventRecord, at now: Instant) {
        assert(r.type == "Normal" || r.type == "Warning", "a stored event keeps its type as one bit")
        let key = UIDKey(r.uid)
        let o: Int32
        if let known = byObject[key] { o = known } else {
            o = Int32(truncatingIfNeeded: objects.count)
            objects.append(ObjectEvents(ref: r.object, uid: r.uid))
            byObject[key] = o
        }
        Self.correlate(r, at: now, objectAt: o, object: &objects[Int(o)], stored: &stored, texts: &texts)
    }

    private static func correlate(_ r: EventRecord, at now: Instant, objectAt o: Int32, object: inout ObjectEvents,
                                  stored: inout ChunkedArray<Stored>, texts: inout SharedTexts) {
        let correlated = r.source != .scheduler
        let group = correlated ? aggregate(r, at: now, object: &object, stored: stored) : nil
        let combined = group != nil
        let seen = group.map { object.groups[$0].combinedAt } ?? find(r, in: object, stored: stored)
        let position: Int
        if let p = seen {
            position = Int(p)
            stored[position].observed += 1
            stored[position].seen = now
        } else {
            position = stored.count
            // Kept for good: its repeated texts share the copies already kept.
            stored.append(Stored(reason: r.reason, message: texts.shared(r.message), fieldPath: r.fieldPath.map { texts.shared($0) },
                                 host: r.host, first: now, last: now, seen: now, object: o, count: 0,
                                 sequence: Int32(truncatingIfNeeded: position), observed: 1, source: r.source,
                                 warning: r.type == "Warning", written: false, combined: combined))
            file(r, combined: combined, at: Int32(truncatingIfNeeded: position), in: &object, stored: stored)
            if let group { object.groups[group].combinedAt = Int32(truncatingIfNeeded: position) }
        }
        if correlated && !takeToken(r.source, host: r.host, at: now, object: &object) { return }
        stored[position].written = true
        stored[position].count = stored[position].observed
        stored[position].last = now
        if combined {
            stored[position].message = combinedPrefix + r.message
            stored[position].fieldPath = r.fieldPath
        }
    }

    /// `EventAggregate`: puts the message into its group and, when the event goes into the
    /// group's combined event, says which group.
    private static func aggregate(_ r: EventRecord, at now: Instant, object: inout ObjectEvents, stored: ChunkedArray<Stored>) -> Int? {
        if let g = object.groups.firstIndex(where: { $0.holds(r) }) {
            if now - object.groups[g].last > aggregateInterval { object.groups[g].messages.removeAll() }
            object.groups[g].last = now
            if !object.groups[g].messages.contains(r.message) { object.groups[g].messages.append(r.message) }
            guard object.groups[g].messages.count >= aggregateMaxEvents else { return nil }
            object.groups[g].messages.removeFirst()
            return g
        }
        // No record: every event of the group so far carried one message.
        var earlier: (message: String, seen: Instant)? = nil
        for p in object.positions {
            // Field by field, as `find` reads: handing the stored event to a function copied it.
            let s = Int(p)
            guard !stored[s].combined, stored[s].source == r.source, stored[s].reason == r.reason,
                  stored[s].type == r.type, stored[s].host == r.host else { continue }
            let seen = stored[s].seen
            if earlier == nil || seen > earlier!.seen { earlier = (stored[s].message, seen) }
        }
        guard let earlier, earlier.message != r.message else { return nil }
        let open = now - earlier.seen <= aggregateInterval
        object.groups.append(AggregateGroup(source: r.source, host: r.host, type: r.type, reason: r.reason,
                                            messages: open ? [earlier.message, r.message] : [r.message], last: now))
        return nil
    }

    /// The position of the (not combined) event the record is another sighting of, if the
    /// recorder has seen it. A combined event is found through its group.
    private static func find(_ r: EventRecord, in object: ObjectEvents, stored: ChunkedArray<Stored>) -> Int32? {
        if let index = object.index { return index[Identity(r)] }
        return object.positions.first { p in
            let s = Int(p)
            return !stored[s].combined && stored[s].source == r.source && stored[s].reason == r.reason
                && stored[s].type == r.type && stored[s].host == r.host
                && stored[s].message == r.message && stored[s].fieldPath == r.fieldPath
        }
    }

    private static func file(_ r: EventRecord, combined: Bool, at position: Int32, in object: inout ObjectEvents,
                             stored: ChunkedArray<Stored>) {
        object.positions.append(position)
        if object.index != nil {
            if !combined { object.index?[Identity(r)] = position }
        } else if object.positions.count > ObjectEvents.scanLimit {
            var index: [Identity: Int32] = [:]
            for p in object.positions where !stored[Int(p)].combined { index[Identity(stored[Int(p)])] = p }
            object.index = index
        }
    }

    /// The spam filter: whether the source may write about the object now.
    private static func takeToken(_ source: ControllerID, host: String?, at now: Instant, object: inout ObjectEvents) -> Bool {
        if object.bucket == nil {
            object.bucket = SpamBucket(source: source, host: host, credit: SpamBucket.capacity, at: now)
        }
        if object.bucket!.source == source && object.bucket!.host == host { return object.bucket!.take(at: now) }
        if let i = object.moreBuckets.firstIndex(where: { $0.source == source && $0.host == host }) {
            return object.moreBuckets[i].take(at: now)
        }
        var bucket = SpamBucket(source: source, host: host, credit: SpamBucket.capacity, at: now)
        let taken = bucket.take(at: now)
        object.moreBuckets.append(bucket)
        return taken
    }
}
