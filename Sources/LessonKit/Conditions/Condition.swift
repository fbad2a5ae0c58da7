import KubeModel

/// A condition on the cluster, written as a sentence a learner can read:
///
///     pod my-debug-pod is Running
///     3 pods labelled app=web are Running
///     deployment web uses image nginx:1.27 with 5 ready replicas
///     node {node of pod/my-debug-pod} is NotReady
///     pod my-debug-pod does not exist and 3 nodes are Ready
///
/// It holds when every clause holds. Goals, `expect:` and prediction checks all use it.
public struct Condition: Sendable, Equatable {
    public var clauses: [Clause]
}

public enum Clause: Sendable, Equatable {
    /// One named object and what must be true of it.
    case object(ObjectTarget, [Predicate])
    /// How many pods (or nodes) match, and are in a state.
    case count(CountTarget, Count, CountTest)
    /// The text the last command printed (stdout and stderr together).
    case output(contains: String, negated: Bool)
    /// Whether the last command failed.
    case commandFailed(Bool)
}

/// A name as written: literal, or a placeholder filled in from the cluster.
public enum Name: Sendable, Equatable {
    case literal(String)
    case placeholder(Placeholder)
    public var text: String {
        switch self {
        case .literal(let s): return s
        case .placeholder(let p): return p.text
        }
    }
}

public struct ObjectTarget: Sendable, Equatable {
    public var kind: Kind
    public var name: Name
    public var namespace: String
}

public enum Predicate: Sendable, Equatable {
    case exists(Bool)
    /// `is Running`, `is not Ready`: a state word (see `StateWords`).
    case state(String, negated: Bool)
    case onNode(Name)
    case image(String)
    case field(Field, Count)
    case label(key: String, value: String)
}

/// Numbers an object reports, as `kubectl get` shows them.
public enum Field: String, Sendable, CaseIterable {
    /// `spec.replicas`: how many are wanted.
    case replicas = "replicas"
    case ready = "ready replicas"
    case available = "available replicas"
    case updated = "updated replicas"
    /// `status.replicas`: how many exist (for a ReplicaSet, the CURRENT column).
    case current = "current replicas"
    /// A pod's restarts, summed over its containers (the RESTARTS column).
    case restarts = "restarts"
}

/// `3`, `at least 3`, `no` (zero), `more than 2`.
public struct Count: Sendable, Equatable {
    public enum Op: Sendable, Equatable { case exactly, atLeast, atMost, moreThan, fewerThan }
    public var op: Op
    public var n: Int
    public init(_ op: Op, _ n: Int) { self.op = op; self.n = n }

    public func matches(_ value: Int) -> Bool {
        switch op {
        case .exactly: return value == n
        case .atLeast: return value >= n
        case .atMost: return value <= n
        case .moreThan: return value > n
        case .fewerThan: return value < n
        }
    }

    public var text: String {
        switch op {
        case .exactly: return n == 0 ? "no" : String(n)
        case .atLeast: return "at least \(n)"
        case .atMost: return "at most \(n)"
        case .moreThan: return "more than \(n)"
        case .fewerThan: return "fewer than \(n)"
        }
    }
}

public struct CountTarget: Sendable, Equatable {
    /// `.pod` or `.node`.
    public var kind: Kind
    public var selector: LabelSelector?
    public var selectorText: String?
    public var node: Name?
    public var namespace: String
}

public enum CountTest: Sendable, Equatable {
    case exist
    case state(String, negated: Bool)
}

/// The state words each kind understands, and what they mean.
///
/// For pods, a word means what the STATUS column of `kubectl get pods` shows (`Running`,
/// `Terminating`, `CrashLoopBackOff`, `ContainerCreating` …), with three exceptions that read
/// the API instead: `Ready` (the Ready condition is True), `Pending` (the phase is Pending,
/// whatever reason the column gives) and `Scheduled` (bound to a node).
public enum StateWords {
    public static let pod = [
        "Running", "Pending", "Ready", "Scheduled", "Terminating", "Completed", "Succeeded", "Failed", "Unknown",
        "ContainerCreating", "CrashLoopBackOff", "Error", "ErrImagePull", "ImagePullBackOff", "OOMKilled",
        "NotReady", "PodInitializing", "Evicted",
    ]
    public static let node = ["Ready", "NotReady", "Cordoned", "SchedulingDisabled", "Schedulable"]
    public static let deployment = ["Available", "Complete", "Paused"]

    public static func words(for kind: Kind) -> [String] {
        switch kind {
        case .pod: return pod
        case .node: return node
        case .deployment: return deployment
        default: return []
        }
    }

    /// The spelling from the list that `word` means, ignoring case; nil if none.
    public static func canonical(_ word: String, for kind: Kind) -> String? {
        words(for: kind).first { $0.lowercased() == word.lowercased() }
    }
}
