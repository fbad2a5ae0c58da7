public struct ContainerPort: Hashable, Sendable {
    public var name: String?
    public var containerPort: Int
    public var `protocol`: String?
    public init(containerPort: Int, name: String? = nil, protocol: String? = nil) {
        self.containerPort = containerPort; self.name = name; self.protocol = `protocol`
    }
}

public struct EnvVar: Hashable, Sendable {
    public var name: String
    public var value: String?
    public init(name: String, value: String?) { self.name = name; self.value = value }
}

public struct ResourceRequirements: Hashable, Sendable {
    public var requests: [String: Quantity] = [:]
    public var limits: [String: Quantity] = [:]
    public init(requests: [String: Quantity] = [:], limits: [String: Quantity] = [:]) {
        self.requests = requests; self.limits = limits
    }
    public var isEmpty: Bool { requests.isEmpty && limits.isEmpty }
    /// The scheduler's view: an unset request defaults to the limit (`pkg/apis/core/v1/defaults.go`).
    public func effectiveRequest(_ name: String) -> Int64 { (requests[name] ?? limits[name])?.milli ?? 0 }
}

public struct VolumeMount: Hashable, Sendable {
    public var name: String
    public var mountPath: String
    public var readOnly: Bool?
    public init(name: String, mountPath: String, readOnly: Bool? = nil) {
        self.name = name; self.mountPath = mountPath; self.readOnly = readOnly
    }
}

/// A probe. Only the handler's shape matters to the simulation: whether the container
/// answers is decided by the image catalogue, not by running anything.
public struct Probe: Hashable, Sendable {
    public enum Handler: Hashable, Sendable {
        case httpGet(path: String, port: IntOrString)
        case tcpSocket(port: IntOrString)
        case exec(command: [String])
    }
    public var handler: Handler
    public var initialDelaySeconds: Int = 0
    public var periodSeconds: Int = 10
    public var timeoutSeconds: Int = 1
    public var successThreshold: Int = 1
    public var failureThreshold: Int = 3
    public init(handler: Handler) { self.handler = handler }
}

public struct Container: Hashable, Sendable {
    public var name: String
    public var image: String
    public var command: [String] = []
    public var args: [String] = []
    public var ports: [ContainerPort] = []
    public var env: [EnvVar] = []
    public var resources = ResourceRequirements()
    public var volumeMounts: [VolumeMount] = []
    public var readinessProbe: Probe? = nil
    public var livenessProbe: Probe? = nil
    public var imagePullPolicy: String? = nil
    /// Set on an init container to make it a sidecar (`restartPolicy: Always`).
    public var restartPolicy: String? = nil

    public init(name: String, image: String) { self.name = name; self.image = image }
}

public struct Volume: Hashable, Sendable {
    public enum Source: Hashable, Sendable {
        case emptyDir
        case hostPath(String)
        case persistentVolumeClaim(claimName: String)
        case other(String)
    }
    public var name: String
    public var source: Source
    public init(name: String, source: Source) { self.name = name; self.source = source }
}

public struct Toleration: Hashable, Sendable {
    public var key: String?
    public var `operator`: String?
    public var value: String?
    public var effect: String?
    public var tolerationSeconds: Int64?
    public init(key: String? = nil, operator: String? = nil, value: String? = nil,
                effect: String? = nil, tolerationSeconds: Int64? = nil) {
        self.key = key; self.operator = `operator`; self.value = value; self.effect = effect
        self.tolerationSeconds = tolerationSeconds
    }

    /// `v1helper.TolerationsTolerateTaint`.
    public func tolerates(_ taint: Taint) -> Bool {
        if let effect, !effect.isEmpty, effect != taint.effect { return false }
        if (`operator` ?? "Equal") == "Exists" { return key == nil || key == "" || key == taint.key }
        return key == taint.key && (value ?? "") == (taint.value ?? "")
    }
}
