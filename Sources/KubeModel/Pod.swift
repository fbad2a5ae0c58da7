public enum RestartPolicy: String, Hashable, Sendable, CaseIterable {
    case always = "Always", onFailure = "OnFailure", never = "Never"
}

public struct PodSpec: Hashable, Sendable {
    public var containers: [Container]
    public var initContainers: [Container] = []
    public var restartPolicy: RestartPolicy = .always
    public var nodeName: String? = nil
    public var nodeSelector: [String: String] = [:]
    public var terminationGracePeriodSeconds: Int64 = 30
    public var tolerations: [Toleration] = []
    public var volumes: [Volume] = []
    public var hostname: String? = nil
    public var subdomain: String? = nil
    public var serviceAccountName: String? = nil

    public init(containers: [Container]) { self.containers = containers }
}

public struct PodTemplateSpec: Hashable, Sendable {
    public var metadata: ObjectMeta
    public var spec: PodSpec
    public init(metadata: ObjectMeta, spec: PodSpec) { self.metadata = metadata; self.spec = spec }
}

public enum PodPhase: String, Hashable, Sendable, CaseIterable {
    case pending = "Pending", running = "Running", succeeded = "Succeeded", failed = "Failed", unknown = "Unknown"
}

public enum ConditionStatus: String, Hashable, Sendable { case `true` = "True", `false` = "False", unknown = "Unknown" }

public struct PodCondition: Hashable, Sendable {
    // The one-byte status last, after the optionals: in the order of the API it pads each
    // condition to 72 bytes, five of them in every pod.
    public var type: String
    public var reason: String? = nil
    public var message: String? = nil
    public var lastTransitionTime: Instant? = nil
    public var status: ConditionStatus
    public init(type: String, status: ConditionStatus, reason: String? = nil, message: String? = nil,
                lastTransitionTime: Instant? = nil) {
        self.type = type; self.status = status; self.reason = reason; self.message = message
        self.lastTransitionTime = lastTransitionTime
    }
}

public enum ContainerState: Hashable, Sendable {
    case waiting(reason: String, message: String? = nil)
    case running(startedAt: Instant)
    case terminated(exitCode: Int, reason: String?, startedAt: Instant?, finishedAt: Instant, message: String? = nil)

    public var isRunning: Bool { if case .running = self { return true } else { return false } }
    public var exitCode: Int? { if case .terminated(let c, _, _, _, _) = self { return c } else { return nil } }
}

public struct ContainerStatus: Hashable, Sendable {
    public var name: String
    public var image: String
    public var state: ContainerState
    public var lastState: ContainerState? = nil
    public var ready: Bool = false
    public var started: Bool = false
    public var restartCount: Int = 0
    public var containerID: String? = nil
    public init(name: String, image: String, state: ContainerState) {
        self.name = name; self.image = image; self.state = state
    }
}

public struct PodStatus: Hashable, Sendable {
    public var phase: PodPhase = .pending
    public var conditions: [PodCondition] = []
    public var reason: String? = nil
    public var message: String? = nil
    public var hostIP: String? = nil
    public var podIP: String? = nil
    public var startTime: Instant? = nil
    public var initContainerStatuses: [ContainerStatus] = []
    public var containerStatuses: [ContainerStatus] = []
    public init() {}

    public func condition(_ type: String) -> PodCondition? { conditions.first { $0.type == type } }

    /// Sets a condition, keeping its transition time when the status does not change.
    public mutating func setCondition(_ type: String, _ status: ConditionStatus, at now: Instant,
                                      reason: String? = nil, message: String? = nil) {
        if let i = conditions.firstIndex(where: { $0.type == type }) {
            if conditions[i].status != status { conditions[i].lastTransitionTime = now }
            conditions[i].status = status; conditions[i].reason = reason; conditions[i].message = message
        } else {
            conditions.append(PodCondition(type: type, status: status, reason: reason, message: message, lastTransitionTime: now))
        }
    }
}

public struct Pod: Hashable, Sendable {
    public var metadata: ObjectMeta
    public var spec: PodSpec
    public var status: PodStatus = PodStatus()
    public init(metadata: ObjectMeta, spec: PodSpec) { self.metadata = metadata; self.spec = spec }

    public var isReady: Bool { status.condition("Ready")?.status == .true }
    /// `controller.IsPodActive`: not finished and not being deleted.
    public var isActive: Bool {
        status.phase != .succeeded && status.phase != .failed && metadata.deletionTimestamp == nil
    }
    /// `podutil.IsPodAvailable`: Ready for at least minReadySeconds.
    public func isAvailable(minReadySeconds: Int, now: Instant) -> Bool {
        guard let ready = status.condition("Ready"), ready.status == .true else { return false }
        if minReadySeconds == 0 { return true }
        guard let t = ready.lastTransitionTime else { return false }
        return t + .seconds(Int64(minReadySeconds)) < now
    }
}
