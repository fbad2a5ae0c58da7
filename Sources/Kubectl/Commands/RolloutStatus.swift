import ClusterSim
import KubeModel

extension Kubectl {
    static let rolloutStatusFlags: [FlagSpec] = [
        FlagSpec("watch", short: "w", .boolean, help: "Watch the status of the rollout until it's done."),
        FlagSpec("revision", help: "Pin to a specific revision for showing its status. Defaults to 0 (last revision)."),
        FlagSpec("timeout", help: "The length of time to wait before ending watch, zero means never."),
        FlagSpec("selector", short: "l", help: "Selector (label query) to filter on."),
    ]

    /// The longest a watch runs on simulated time when no `--timeout` is given. Real kubectl
    /// would wait forever; a script must not.
    static let rolloutWatchCap: Millis = .minutes(60)

    /// `kubectl rollout status deployment/x` (`KC/pkg/cmd/rollout/rollout_status.go`).
    ///
    /// kubectl evaluates the Deployment on every watch event and prints a line each time, so
    /// identical lines repeat. Here, with `rolloutWatch == .advanceClock` and `--watch` (the
    /// default), the simulated clock runs on, one controller step at a time, and a line is
    /// printed whenever the Deployment object changes — until the rollout is done (exit 0),
    /// its progress deadline is exceeded (exit 1), `--timeout` passes (exit 1), or nothing
    /// will change it any more (paused, or quiet for longer than its progress deadline, or an
    /// hour of simulated time): then a `kubetutor:` note on stderr says why it stopped (exit 1).
    /// With `--watch=false` or in `.snapshot` mode it prints the one line for now.
    func rolloutStatus(_ words: [String]) throws -> KubectlResult {
        let command = "rollout status"
        let args = try ArgumentParser.parse(words, specs: Self.rolloutStatusFlags, command: command)
        if args.bool("help") { return help(command) }
        let watch = args.has("watch") ? args.bool("watch") : true
        var revision = 0
        if let r = args.value("revision") {
            guard let n = Int(r) else { throw KubectlError.message("invalid argument \"\(r)\" for \"--revision\" flag: strconv.ParseInt: parsing \"\(r)\": invalid syntax") }
            if n < 0 { throw KubectlError.message("revision must be a positive integer: \(n)") }
            revision = n
        }
        var timeout: Millis? = nil
        if let t = args.value("timeout") {
            do { timeout = try GoDuration.parse(t) } catch { throw KubectlError.message("invalid argument \"\(t)\" for \"--timeout\" flag: \(error)") }
            if timeout == 0 { timeout = nil }
        }
        let (deployments, errors) = try rolloutTargets(args) { "error: no status viewer has been implemented for \(Self.groupKindString($0.kind))" }
        if deployments.isEmpty && errors.isEmpty {
            return KubectlResult(stderr: "No resources found in \(namespace(args)) namespace.\n")
        }
        var out = "", err = ""
        for d in deployments {
            if !watch || rolloutWatch == .snapshot {
                let s = Self.deploymentRolloutStatus(d, revision: revision)
                if let e = s.error { err += "error: \(e)\n"; return KubectlResult(stdout: out, stderr: err + errors, exitCode: 1) }
                out += s.line
                continue
            }
            var failure: String? = nil
            var paused = false
            let end = sim.watchDeployment(d.metadata.key, timeout: timeout ?? Self.rolloutWatchCap,
                                          quietLimit: .seconds(Int64(d.spec.progressDeadlineSeconds) + 2)) { current in
                let s = Self.deploymentRolloutStatus(current, revision: revision)
                if let e = s.error { failure = e; return true }
                out += s.line
                if s.done { return true }
                // Paused and observed as such: no rollout step will come.
                paused = current.spec.paused && current.status.observedGeneration >= current.metadata.generation
                return paused
            }
            if let failure { err += "error: \(failure)\n"; return KubectlResult(stdout: out, stderr: err + errors, exitCode: 1) }
            switch end {
            case .satisfied where paused:
                err += "kubetutor: deployment \"\(d.metadata.name)\" is paused, so its rollout will not go on until `kubectl rollout resume deployment/\(d.metadata.name)`; stopped watching.\n"
                return KubectlResult(stdout: out, stderr: err + errors, exitCode: 1)
            case .satisfied:
                continue
            case .deleted:
                err += "error: object has been deleted\n"
                return KubectlResult(stdout: out, stderr: err + errors, exitCode: 1)
            case .timedOut where timeout != nil:
                err += "error: timed out waiting for the condition\n"
                return KubectlResult(stdout: out, stderr: err + errors, exitCode: 1)
            case .timedOut, .quiet:
                err += "kubetutor: nothing is going to change deployment \"\(d.metadata.name)\" any more without you; stopped watching at \(sim.now.sinceEpochClock()).\n"
                return KubectlResult(stdout: out, stderr: err + errors, exitCode: 1)
            }
        }
        return KubectlResult(stdout: out, stderr: errors, exitCode: errors.isEmpty ? 0 : 1)
    }

    /// `DeploymentStatusViewer.Status` (`KC/pkg/polymorphichelpers/rollout_status.go`): the line
    /// for a Deployment as it is, whether the rollout is done, or why watching must stop.
    public static func deploymentRolloutStatus(_ d: Deployment, revision: Int) -> (line: String, done: Bool, error: String?) {
        let name = d.metadata.name
        if revision > 0 {
            let current = Int(d.metadata.annotations[DeploymentKeys.revision] ?? "0") ?? 0
            if revision != current {
                return ("", false, "desired revision (\(revision)) is different from the running revision (\(current))")
            }
        }
        guard d.metadata.generation <= d.status.observedGeneration else {
            return ("Waiting for deployment spec update to be observed...\n", false, nil)
        }
        if d.status.condition(DeploymentConditions.progressing)?.reason == DeploymentConditions.timedOut {
            return ("", false, "deployment \"\(name)\" exceeded its progress deadline")
        }
        let s = d.status
        if s.updatedReplicas < d.spec.replicas {
            return ("Waiting for deployment \"\(name)\" rollout to finish: \(s.updatedReplicas) out of \(d.spec.replicas) new replicas have been updated...\n", false, nil)
        }
        if s.replicas > s.updatedReplicas {
            return ("Waiting for deployment \"\(name)\" rollout to finish: \(s.replicas - s.updatedReplicas) old replicas are pending termination...\n", false, nil)
        }
        if s.availableReplicas < s.updatedReplicas {
            return ("Waiting for deployment \"\(name)\" rollout to finish: \(s.availableReplicas) of \(s.updatedReplicas) updated replicas are available...\n", false, nil)
        }
        return ("deployment \"\(name)\" successfully rolled out\n", true, nil)
    }
}
