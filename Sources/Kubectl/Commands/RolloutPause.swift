import ClusterSim
import KubeModel

extension Kubectl {
    static let rolloutPauseFlags: [FlagSpec] = [
        FlagSpec("selector", short: "l", help: "Selector (label query) to filter on."),
        FlagSpec("output", short: "o", help: "Output format."),
    ]

    /// `kubectl rollout pause|resume deployment/x` (`KC/pkg/cmd/rollout/rollout_pause.go`,
    /// `rollout_resume.go`, `polymorphichelpers/objectpauser.go`, `objectresumer.go`): flips
    /// spec.paused. The pauser refuses a deployment already paused (`is already paused`) and
    /// the resumer one that is not (`is not paused`); kubectl reports those as
    /// `error: deployments.apps "x" is already paused` — the `already paused` printer branch
    /// of rollout_pause.go is only reached by an empty patch, which a Deployment never gives.
    func rolloutPause(_ words: [String], pause: Bool) throws -> KubectlResult {
        let command = pause ? "rollout pause" : "rollout resume"
        let args = try ArgumentParser.parse(words, specs: Self.rolloutPauseFlags, command: command)
        if args.bool("help") { return help(command) }
        let (deployments, errors) = try rolloutTargets(args) {
            "error: \($0.kind.groupResource) \"\($0.metadata.name)\" \(pause ? "pausing" : "resuming") is not supported"
        }
        if deployments.isEmpty && errors.isEmpty {
            return KubectlResult(stderr: "No resources found in \(namespace(args)) namespace.\n")
        }
        var out = "", err = errors
        var refs: [ObjectRef] = []
        for var d in deployments {
            if d.spec.paused == pause {
                err += "error: \(Kind.deployment.groupResource) \"\(d.metadata.name)\" \(pause ? "is already paused" : "is not paused")\n"
                continue
            }
            d.spec.paused = pause
            do { _ = try sim.update(.deployment(d)) } catch { err += KubectlError.server(error).text + "\n"; continue }
            refs.append(ObjectRef(.deployment, d.metadata.key))
            out += "deployment.apps/\(d.metadata.name) \(pause ? "paused" : "resumed")\n"
        }
        if !refs.isEmpty { sim.recordUserAction(commandLine, objects: refs) }
        return KubectlResult(stdout: out, stderr: err, exitCode: err.isEmpty ? 0 : 1)
    }
}
