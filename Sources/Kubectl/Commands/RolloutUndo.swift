import ClusterSim
import KubeModel

extension Kubectl {
    static let rolloutUndoFlags: [FlagSpec] = [
        FlagSpec("to-revision", help: "The revision to rollback to. Default to 0 (last revision)."),
        FlagSpec("selector", short: "l", help: "Selector (label query) to filter on."),
        FlagSpec("output", short: "o", help: "Output format."),
    ]

    /// `kubectl rollout undo deployment/x [--to-revision=N]` (`KC/pkg/cmd/rollout/rollout_undo.go`,
    /// `KC/pkg/polymorphichelpers/rollback.go`): client-side — the deployment's template is
    /// replaced by the target ReplicaSet's; the controller then re-uses that ReplicaSet.
    func rolloutUndo(_ words: [String]) throws -> KubectlResult {
        let command = "rollout undo"
        let args = try ArgumentParser.parse(words, specs: Self.rolloutUndoFlags, command: command)
        if args.bool("help") { return help(command) }
        var toRevision = 0
        if let r = args.value("to-revision") {
            guard let n = Int(r) else { throw KubectlError.message("invalid argument \"\(r)\" for \"--to-revision\" flag: strconv.ParseInt: parsing \"\(r)\": invalid syntax") }
            toRevision = n
        }
        let (deployments, errors) = try rolloutTargets(args) { "error: no rollbacker has been implemented for \"\(Self.groupKindString($0.kind))\"" }
        if deployments.isEmpty && errors.isEmpty {
            return KubectlResult(stderr: "No resources found in \(namespace(args)) namespace.\n")
        }
        var out = "", err = ""
        var refs: [ObjectRef] = []
        for d in deployments {
            let name = "deployment.apps/\(d.metadata.name)"
            if d.metadata.annotations[DeploymentKeys.lastApplied] != nil {
                err += "Warning: resource deployments/\(d.metadata.name) was previously managed with 'kubectl apply'. "
                    + "Rolling back will not update the kubectl.kubernetes.io/last-applied-configuration annotation, "
                    + "which may cause unexpected behavior on future 'kubectl apply' operations. "
                    + "Consider using 'kubectl apply' with your previous configuration file instead.\n"
            }
            do {
                switch try sim.rollbackDeployment(d.metadata.key, toRevision: toRevision) {
                case .rolledBack:
                    out += "\(name) rolled back\n"
                    refs.append(ObjectRef(.deployment, d.metadata.key))
                case .skipped(let requested):
                    out += "\(name) skipped rollback (current template already matches revision \(requested))\n"
                }
            } catch {
                err += Self.rollbackErrorText(error) + "\n"
                if !refs.isEmpty { sim.recordUserAction(commandLine, objects: refs) }
                return KubectlResult(stdout: out, stderr: err + errors, exitCode: 1)
            }
        }
        if !refs.isEmpty { sim.recordUserAction(commandLine, objects: refs) }
        return KubectlResult(stdout: out, stderr: err + errors, exitCode: errors.isEmpty ? 0 : 1)
    }

    /// kubectl's words for each way a rollback can be refused.
    static func rollbackErrorText(_ e: RollbackError) -> String {
        switch e {
        case .server(let api): return KubectlError.server(api).text
        case .revisionNotFound(let n): return "error: unable to find specified revision \(n) in history"
        case .noRolloutHistory(let name): return "error: no rollout history found for deployment \"\(name)\""
        case .paused: return "error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again"
        }
    }
}
