import ClusterSim
import KubeModel
@testable import Shell

/// A transcript like script mode's (`$ COMMAND` then its output), for scenarios that need pods
/// kubectl cannot make yet (init containers, resource requests and limits): those are created
/// through the simulation's API, and the rest is typed as in a script.
struct KubeletTranscript {
    let session = Session(options: SessionOptions())
    var text = ""

    /// Creates a pod as `kubectl create -f` would, and notes it in the transcript.
    mutating func create(_ pod: Pod) {
        do {
            _ = try session.sim.create(.pod(pod))
            text += "# created pod/\(pod.metadata.name)\n"
        } catch {
            text += "# could not create pod/\(pod.metadata.name): \(error)\n"
        }
    }

    mutating func run(_ script: String) {
        for line in script.split(separator: "\n") where !line.isEmpty {
            text += "$ \(line)\n"
            let r = session.handle(line: String(line))
            text += r.output + r.errorOutput
        }
    }
}
