import KubeModel

/// The cluster's Events. A repeat of the same reason and message on the same object bumps
/// `count` and `lastTimestamp` instead of adding a row, as client-go's event correlator does.
public struct EventStore: Sendable {
    public private(set) var all: [Event] = []
    private var byAggregate: [String: Int] = [:]
    private var byObject: [String: [Int]] = [:]

    public init() {}

    /// The events about one object (by UID), oldest first.
    public func about(uid: String) -> [Event] { (byObject[uid] ?? []).map { all[$0] } }

    public func inNamespace(_ ns: String?) -> [Event] {
        all.filter { ns == nil || $0.metadata.namespace == ns }
    }

    mutating func record(_ event: Event) {
        let aggregate = "\(event.involvedUID)|\(event.reason)|\(event.type)|\(event.message)"
        if let i = byAggregate[aggregate] {
            all[i].count += 1
            all[i].lastTimestamp = event.lastTimestamp
            return
        }
        all.append(event)
        byAggregate[aggregate] = all.count - 1
        byObject[event.involvedUID, default: []].append(all.count - 1)
    }

    var count: Int { all.count }
}
