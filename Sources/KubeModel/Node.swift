public struct Taint: Hashable, Sendable {
    public var key: String
    public var value: String?
    public var effect: String
    public var timeAdded: Instant?
    public init(key: String, value: String? = nil, effect: String, timeAdded: Instant? = nil) {
        self.key = key; self.value = value; self.effect = effect; self.timeAdded = timeAdded
    }
    public static let unreachableKey = "node.kubernetes.io/unreachable"
    public static let notReadyKey = "node.kubernetes.io/not-ready"
    public static let unschedulableKey = "node.kubernetes.io/unschedulable"
}

public struct NodeCondition: Hashable, Sendable {
    public var type: String
    public var status: ConditionStatus
    public var reason: String
    public var message: String
    public var lastHeartbeatTime: Instant
    public var lastTransitionTime: Instant
    public init(type: String, status: ConditionStatus, reason: String, message: String,
                lastHeartbeatTime: Instant, lastTransitionTime: Instant) {
        self.type = type; self.status = status; self.reason = reason; self.message = message
        self.lastHeartbeatTime = lastHeartbeatTime; self.lastTransitionTime = lastTransitionTime
    }
}

public struct NodeSpec: Hashable, Sendable {
    public var unschedulable = false
    public var taints: [Taint] = []
    public var podCIDR: String? = nil
    public init() {}
}

public struct NodeStatus: Hashable, Sendable {
    public var capacity: [String: Quantity] = [:]
    public var allocatable: [String: Quantity] = [:]
    public var conditions: [NodeCondition] = []
    public var addresses: [(type: String, address: String)] = []
    public var kubeletVersion = "v1.32.0"
    public var osImage = "Debian GNU/Linux 12 (bookworm)"
    public var kernelVersion = "6.1.0-31-amd64"
    public var containerRuntimeVersion = "containerd://1.7.24"
    public init() {}

    public func condition(_ type: String) -> NodeCondition? { conditions.first { $0.type == type } }
    public var internalIP: String? { addresses.first { $0.type == "InternalIP" }?.address }

    public static func == (a: NodeStatus, b: NodeStatus) -> Bool {
        a.capacity == b.capacity && a.allocatable == b.allocatable && a.conditions == b.conditions
            && a.addresses.map(\.address) == b.addresses.map(\.address) && a.kubeletVersion == b.kubeletVersion
    }
    public func hash(into h: inout Hasher) { h.combine(conditions); h.combine(addresses.map(\.address)) }
}

public struct Node: Hashable, Sendable {
    public var metadata: ObjectMeta
    public var spec = NodeSpec()
    public var status = NodeStatus()
    public init(metadata: ObjectMeta) { self.metadata = metadata }

    /// True when the Ready condition is True.
    public var isReady: Bool { status.condition("Ready")?.status == .true }
}

public struct Namespace: Hashable, Sendable {
    public var metadata: ObjectMeta
    public var phase: String = "Active"
    public init(metadata: ObjectMeta) { self.metadata = metadata }
}

/// A core/v1 Event. Its message is data (as in the API), not simulation prose.
public struct Event: Hashable, Sendable {
    public var metadata: ObjectMeta
    public var involvedObject: ObjectRef
    public var involvedUID: String
    public var fieldPath: String? = nil
    public var reason: String
    public var message: String
    public var type: String          // Normal or Warning
    public var source: String        // component, e.g. default-scheduler
    public var sourceHost: String? = nil
    public var firstTimestamp: Instant
    public var lastTimestamp: Instant
    public var count: Int = 1
    public init(metadata: ObjectMeta, involvedObject: ObjectRef, involvedUID: String, reason: String,
                message: String, type: String, source: String, at time: Instant) {
        self.metadata = metadata; self.involvedObject = involvedObject; self.involvedUID = involvedUID
        self.reason = reason; self.message = message; self.type = type; self.source = source
        self.firstTimestamp = time; self.lastTimestamp = time
    }
}
