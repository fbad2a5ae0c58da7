import KubeModel

/// The kubelet's private memory of one pod: where each container is in its life and when the
/// next thing is due. Never shown by kubectl directly; the kubelet turns it into status, and
/// `kubectl logs` reads the output kept here.
public struct PodRuntime: Hashable, Sendable {
    /// When the kubelet took the pod and created its sandbox. Probe workers tick from here.
    public internal(set) var sandboxCreatedAt: Instant? = nil
    public internal(set) var podIP: String? = nil
    public internal(set) var initContainers: [ContainerRuntime] = []
    public internal(set) var containers: [ContainerRuntime] = []
    /// Set once the kubelet starts stopping the pod because it is being deleted.
    public internal(set) var termination: Termination? = nil
    /// The kubelet refused the pod (not enough room on the node): it never runs.
    public internal(set) var rejected = false
    /// When the taint eviction controller means to delete the pod (its timed work), so that
    /// taking the taint away can be announced as a cancellation.
    public internal(set) var evictionDue: Instant? = nil

    public init() {}

    public struct Termination: Hashable, Sendable {
        public var startedAt: Instant
        public var gracePeriodSeconds: Int64
    }

    /// The container, init containers included, named `name`.
    public func container(named name: String) -> ContainerRuntime? {
        containers.first { $0.name == name } ?? initContainers.first { $0.name == name }
    }

    /// What a container printed: the latest instance's output (running or exited), or with
    /// `previous` the one before it, up to `now`. Nil when there is no such instance, which
    /// `kubectl logs` reports as an error.
    public func logs(container name: String, previous: Bool = false, now: Instant) -> [LogLine]? {
        guard let c = container(named: name), let instance = previous ? c.previous : c.current else { return nil }
        return instance.output(upTo: now)
    }

    var all: [ContainerRuntime] { initContainers + containers }
}

/// One line of a container's output, with the moment it was written (`kubectl logs --timestamps`).
public struct LogLine: Hashable, Sendable {
    public var time: Instant
    public var text: String
}

/// A container as the kubelet tracks it across restarts.
public struct ContainerRuntime: Hashable, Sendable {
    public let name: String
    public let isInit: Bool
    /// An init container with `restartPolicy: Always`: it keeps running beside the app.
    public let isSidecar: Bool
    public internal(set) var stage: ContainerStage = .notStarted
    /// Restarts so far: the number of earlier instances.
    public internal(set) var restartCount = 0
    /// The latest container instance (running or exited) and the one before it.
    public internal(set) var current: ContainerInstance? = nil
    public internal(set) var previous: ContainerInstance? {
        get { previousBox?.value }
        set { previousBox = newValue.map(Frozen.init) }
    }
    /// Most containers never restart: the instance before lives in a box of its own, so the
    /// runtime of a container that never had one holds a pointer, not a whole empty instance.
    private var previousBox: Frozen<ContainerInstance>? = nil
    /// `flowcontrol.Backoff` entries: restarts (`kuberuntime_manager.go doBackOff`) and
    /// pulls (`images/image_manager.go`), both 10 s doubling to 300 s.
    var crashBackoff: Backoff? = nil
    var pullBackoff: Backoff? = nil
    var readiness: ProbeTrack? = nil
    var liveness: ProbeTrack? = nil
    /// The image, normalized once when the sandbox is made: every pull and start needs it.
    let image: ImageName

    init(name: String, isInit: Bool, isSidecar: Bool, image: ImageName) {
        self.name = name; self.isInit = isInit; self.isSidecar = isSidecar; self.image = image
    }

    /// The current instance's back-off delay, as the CrashLoopBackOff message says it.
    public var backoffDelay: Millis? { crashBackoff?.delay }
}

/// A container's image as its spec names it (`nginx`) and as the runtime reports it
/// (`docker.io/library/nginx:latest`, `ImageCatalogue.normalized`).
struct ImageName: Hashable, Sendable {
    var spec: String
    var normalized: String

    init(_ spec: String) { self.spec = spec; self.normalized = ImageCatalogue.normalized(spec) }
}

/// Where a container is in its life. Each timed stage carries the moment it ends.
public enum ContainerStage: Hashable, Sendable {
    /// Not begun: waiting for its turn (init containers run one at a time).
    case notStarted
    /// Pulling its image until `until`; `shown` is what the status keeps showing meanwhile
    /// (the previous instance's end on a restart), nil for a first start. Boxed (`indirect`):
    /// it is by far the largest stage, and every container's runtime is as big as its stage.
    indirect case pulling(until: Instant, outcome: PullOutcome, shown: ContainerState?)
    /// The pull failed (ErrImagePull); the kubelet looks again a moment later.
    case pullFailed(at: Instant, message: String)
    /// Waiting out the pull back-off (ImagePullBackOff).
    case pullBackOff(until: Instant)
    /// `imagePullPolicy: Never` and the node lacks the image (ErrImageNeverPull).
    case neverPull(message: String)
    case running
    /// The current instance has ended. `decideAt` is when the kubelet notices and decides
    /// whether to restart (nil once it has decided not to); `forceRestart` after a liveness kill.
    case exited(decideAt: Instant?, forceRestart: Bool)
    /// Waiting out the restart back-off (CrashLoopBackOff).
    case crashBackOff(until: Instant)
    /// Signalled to stop; the process ends at `until` (SIGKILL when `killed`).
    case stopping(until: Instant, killed: Bool, why: StopReason)

    public enum StopReason: Hashable, Sendable { case deletion, liveness, sidecarShutdown }
}

public enum PullOutcome: Hashable, Sendable {
    /// `reported` is the duration the Pulled event names.
    case success(reported: Millis, sizeBytes: Int64)
    case failure(message: String)
}

/// One container instance: a process started from the image, with its plan.
public struct ContainerInstance: Hashable, Sendable {
    /// `containerd://…`, unique per instance.
    public var id: String
    /// The image reference containerd reports (`docker.io/library/nginx:latest`).
    public var image: String
    public var startedAt: Instant
    public var finishedAt: Instant? = nil
    public var exitCode: Int? = nil
    public var reason: String? = nil
    public var message: String? = nil
    public var plan: ProcessPlan { planBox.value }
    /// Kept boxed: most containers run their image's server, and share its one plan.
    let planBox: Frozen<ProcessPlan>
    /// When and how it will end by itself (its own exit, or the OOM killer).
    var plannedEnd: PlannedEnd? = nil
    /// The last time the kubelet checked a `waitsFor` connection for this process.
    var lastPoll: Instant? = nil
    /// Readiness as the kubelet reports it, and since when.
    public internal(set) var ready = false

    struct PlannedEnd: Hashable, Sendable { var at: Instant; var code: Int; var reason: String }

    func output(upTo now: Instant) -> [LogLine] {
        let end = min(now, finishedAt ?? now)
        guard end >= startedAt else { return [] }
        return plan.output(upTo: end - startedAt).map { LogLine(time: startedAt + $0.offset, text: $0.text) }
    }
}

/// `k8s.io/client-go/util/flowcontrol.Backoff` for one key, without jitter.
struct Backoff: Hashable, Sendable {
    static let initial: Millis = .seconds(10)
    static let max: Millis = .seconds(300)
    var delay: Millis
    var lastUpdate: Instant

    /// An entry not updated for twice the maximum starts over.
    func expired(at eventTime: Instant) -> Bool { eventTime - lastUpdate > 2 * Self.max }

    /// `IsInBackOffSince(eventTime)`: still waiting, counting from `eventTime`.
    func inBackOff(since eventTime: Instant, now: Instant) -> Bool {
        !expired(at: eventTime) && now - eventTime < delay
    }

    /// `IsInBackOffSinceUpdate(now)`: still waiting, counting from the last update.
    func inBackOffSinceUpdate(now: Instant) -> Bool {
        !expired(at: now) && now - lastUpdate < delay
    }

    /// `Next(eventTime)`: the first failure (or one after a long quiet spell) waits 10 s,
    /// each further one twice as long, at most 300 s.
    static func next(_ entry: Backoff?, eventTime: Instant, now: Instant) -> Backoff {
        guard let entry, !entry.expired(at: eventTime) else { return Backoff(delay: initial, lastUpdate: now) }
        return Backoff(delay: Swift.min(entry.delay * 2, max), lastUpdate: now)
    }
}

/// A probe worker's memory (`pkg/kubelet/prober/worker.go`): the next tick and the runs of
/// equal results that the thresholds count.
struct ProbeTrack: Hashable, Sendable {
    var nextTick: Instant?
    var successRun = 0
    var failureRun = 0
}

extension ClusterState {
    /// What `kubectl logs` shows: the output of `container` of the pod (its first container
    /// when nil), or of the instance before with `previous`, up to now. Nil when the pod, the
    /// container or that instance does not exist.
    public func logs(of pod: ObjectKey, container: String? = nil, previous: Bool = false) -> [LogLine]? {
        guard let p = pods[pod], let name = container ?? p.spec.containers.first?.name else { return nil }
        return podRuntime[pod]?.logs(container: name, previous: previous, now: now)
    }
}
