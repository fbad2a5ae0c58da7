import KubeModel

/// What applying an action did, in terms a person can follow (the created pod's real name).
public enum Effect: Hashable, Sendable {
    case created(ObjectRef)
    case markedForDeletion(ObjectRef)
    case removed(ObjectRef)
    case updated(ObjectRef)
    case bound(ObjectRef, node: String)
    case recordedEvent(ObjectRef, reason: String)
}

/// One controller decision: a reconcile that asked for at least one change, with the
/// reasons it gave and what happened.
public struct Decision: Hashable, Sendable {
    public var sequence: Int
    public var time: Instant
    public var controller: ControllerID
    /// The object the controller was reconciling (`node/node-2`, `replicaset/web-5d59…`).
    public var subject: String
    public var reasons: [Reason]
    public var effects: [Effect]
    /// False for status bookkeeping that `step` passes over and narration leaves out.
    public var notable: Bool
}

/// The log of decisions, bounded so a 150,000-pod cluster does not keep every one.
public struct DecisionLog: Sendable {
    public let capacity: Int
    private var ring: [Decision] = []
    private var start = 0
    public private(set) var total = 0

    public init(capacity: Int = 20_000) { self.capacity = capacity }

    mutating func append(_ d: Decision) {
        total += 1
        if ring.count < capacity { ring.append(d) } else { ring[start] = d; start = (start + 1) % capacity }
    }

    /// The retained decisions, oldest first.
    public var entries: [Decision] { Array(ring[start...] + ring[..<start]) }
    public var last: Decision? { ring.isEmpty ? nil : ring[(start + ring.count - 1) % ring.count] }
}
