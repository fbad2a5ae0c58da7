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
    public var subject: String {
        get { about.text }
        set { about = .text(newValue) }
    }
    public var reasons: [Reason]
    public var effects: [Effect]
    /// False for status bookkeeping that `step` passes over and narration leaves out.
    public var notable: Bool
    /// The subject as the work item that named it: most decisions are never read, and a
    /// 150,000-pod rollout makes 700,000 of them, so the text is made when asked for.
    var about: Subject

    enum Subject: Hashable, Sendable {
        case work(Work)
        case text(String)

        var text: String {
            switch self {
            case .text(let t): return t
            case .work(let work):
                switch work {
                case .schedule(let k), .kubelet(let k), .taintEviction(let k): return "pod/\(k.name)"
                case .replicaSet(let k): return "replicaset/\(k.name)"
                case .deployment(let k): return "deployment/\(k.name)"
                case .job(let k): return "job/\(k.name)"
                case .cronJob(let k): return "cronjob/\(k.name)"
                case .daemonSet(let k): return "daemonset/\(k.name)"
                case .statefulSet(let k): return "statefulset/\(k.name)"
                case .nodeLifecycle(let n): return "node/\(n)"
                case .garbageCollect(let uid): return "uid/\(uid)"
                }
            }
        }
    }

    init(sequence: Int, time: Instant, controller: ControllerID, about: Subject, reasons: [Reason], effects: [Effect], notable: Bool) {
        self.sequence = sequence; self.time = time; self.controller = controller; self.about = about
        self.reasons = reasons; self.effects = effects; self.notable = notable
    }

    public init(sequence: Int, time: Instant, controller: ControllerID, subject: String, reasons: [Reason], effects: [Effect], notable: Bool) {
        self.init(sequence: sequence, time: time, controller: controller, about: .text(subject), reasons: reasons, effects: effects, notable: notable)
    }

    // Two decisions are the same whatever form their subject is kept in.
    public static func == (a: Decision, b: Decision) -> Bool {
        a.sequence == b.sequence && a.time == b.time && a.controller == b.controller && a.subject == b.subject
            && a.reasons == b.reasons && a.effects == b.effects && a.notable == b.notable
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(sequence); hasher.combine(time); hasher.combine(controller); hasher.combine(subject)
        hasher.combine(reasons); hasher.combine(effects); hasher.combine(notable)
    }
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
