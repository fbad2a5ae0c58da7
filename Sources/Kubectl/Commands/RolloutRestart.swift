import ClusterSim
import KubeModel

extension Kubectl {
    static let rolloutRestartFlags: [FlagSpec] = [
        FlagSpec("selector", short: "l", help: "Selector (label query) to filter on."),
        FlagSpec("dry-run", help: "Must be \"none\", \"server\", or \"client\"."),
        FlagSpec("output", short: "o", help: "Output format."),
    ]

    /// `kubectl rollout restart deployment/x` (`KC/pkg/cmd/rollout/rollout_restart.go`,
    /// `polymorphichelpers/objectrestarter.go`): stamps the pod template with
    /// `kubectl.kubernetes.io/restartedAt: <now, RFC 3339>`, a template change, so a new
    /// ReplicaSet and revision roll out. Twice within the same second the patch is empty.
    func rolloutRestart(_ words: [String]) throws -> KubectlResult {
        let command = "rollout restart"
        let args = try ArgumentParser.parse(words, specs: Self.rolloutRestartFlags, command: command)
        if args.bool("help") { return help(command) }
        let (deployments, errors) = try rolloutTargets(args) {
            "error: \($0.kind.groupResource) \"\($0.metadata.name)\" restarting is not supported"
        }
        if deployments.isEmpty && errors.isEmpty {
            return KubectlResult(stderr: "No resources found in \(namespace(args)) namespace.\n")
        }
        var out = "", err = errors
        var refs: [ObjectRef] = []
        for var d in deployments {
            if d.spec.paused {
                err += "error: \(Kind.deployment.groupResource) \"\(d.metadata.name)\" can't restart paused deployment (run rollout resume first)\n"
                continue
            }
            let stamp = sim.now.rfc3339
            if d.spec.template.metadata.annotations[DeploymentKeys.restartedAt] == stamp {
                err += "error: failed to create patch for \(d.metadata.name): if restart has already been triggered within the past second, please wait before attempting to trigger another\n"
                continue
            }
            d.spec.template.metadata.annotations[DeploymentKeys.restartedAt] = stamp
            if args.value("dry-run") == "client" { out += "deployment.apps/\(d.metadata.name) restarted (dry run)\n"; continue }
            do { _ = try sim.update(.deployment(d)) } catch { err += KubectlError.server(error).text + "\n"; continue }
            refs.append(ObjectRef(.deployment, d.metadata.key))
            out += "deployment.apps/\(d.metadata.name) restarted\n"
        }
        if !refs.isEmpty { sim.recordUserAction(commandLine, objects: refs) }
        return KubectlResult(stdout: out, stderr: err, exitCode: err.isEmpty ? 0 : 1)
    }
}
