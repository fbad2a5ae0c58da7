import ClusterSim
import Kubectl

/// What a lesson runs on: the tutorial session (or a headless one for playback). The lesson
/// reads the cluster and asks the host to run lines; it never prints and never touches the
/// terminal, so it can be played, tested and resumed anywhere.
public protocol LessonHost: AnyObject {
    /// The cluster as it is now.
    var simulation: Simulation { get }
    /// Puts a new cluster in place, with the files `kubectl -f` may read.
    func install(_ simulation: Simulation, files: FileSource)
    /// Runs a line as if typed at the prompt: kubectl, or a simulation command. With
    /// `narrate`, the controller decisions it sets off are told in prose.
    func execute(_ line: String, narrate: Bool) -> HostResult
}

public struct HostResult: Sendable, Equatable {
    public var output: String
    public var errorOutput: String
    public var failed: Bool
    public init(output: String = "", errorOutput: String = "", failed: Bool = false) {
        self.output = output; self.errorOutput = errorOutput; self.failed = failed
    }
    /// Everything printed, as the learner saw it.
    public var text: String { output + errorOutput }
}
