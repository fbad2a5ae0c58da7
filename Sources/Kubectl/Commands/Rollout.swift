import ClusterSim
import KubeModel

/// How `kubectl rollout status` waits, since nothing may block here.
public enum RolloutWatchMode: Sendable, Equatable {
    /// Print what kubectl would print for the cluster as it is now, then stop (as
    /// `--watch=false` does). For interactive sessions, where the clock is the learner's.
    case snapshot
    /// kubectl's watch: let simulated time run, printing a line for every change of the
    /// Deployment, until the rollout is done, fails, or nothing more can happen.
    case advanceClock
}

extension Kubectl {
    static let rolloutHelp = """
    Manage the rollout of one or many resources.

     Valid resource types include:

      *  deployments
      *  daemonsets
      *  statefulsets

    Examples:
      # Rollback to the previous deployment
      kubectl rollout undo deployment/abc

      # Check the rollout status of a daemonset
      kubectl rollout status daemonset/foo

      # Restart a deployment
      kubectl rollout restart deployment/abc

      # Restart deployments with the 'app=nginx' label
      kubectl rollout restart deployment --selector=app=nginx

    Available Commands:
      history       View rollout history
      pause         Mark the provided resource as paused
      restart       Restart a resource
      resume        Resume a paused resource
      status        Show the status of the rollout
      undo          Undo a previous rollout

    Usage:
      kubectl rollout SUBCOMMAND [options]

    Use "kubectl rollout <command> --help" for more information about a given command.
    Use "kubectl options" for a list of global command-line options (applies to all commands).

    """

    /// `kubectl rollout SUBCOMMAND` (`KC/pkg/cmd/rollout/rollout.go`). Without a subcommand
    /// kubectl prints its help (on stderr, exit 1, via `DefaultSubCommandRun`); here the help
    /// goes to stdout and is not a failure — a learner asked for it, nothing went wrong.
    func rollout(_ words: [String]) throws -> KubectlResult {
        guard let sub = words.first else { return KubectlResult(stdout: Self.rolloutHelp) }
        let rest = Array(words.dropFirst())
        switch sub {
        case "status": return try rolloutStatus(rest)
        case "history": return try rolloutHistory(rest)
        case "undo": return try rolloutUndo(rest)
        case "restart": return try rolloutRestart(rest)
        case "pause": return try rolloutPause(rest, pause: true)
        case "resume": return try rolloutPause(rest, pause: false)
        case "-h", "--help", "help": return KubectlResult(stdout: Self.rolloutHelp)
        default: throw KubectlError.message("unknown command \"\(sub)\"\nSee 'kubectl rollout -h' for help and examples")
        }
    }

    /// The flags of each rollout subcommand (for help and Tab completion).
    static func rolloutFlags(sub: String?) -> [FlagSpec] {
        switch sub {
        case "status": return rolloutStatusFlags
        case "history": return rolloutHistoryFlags
        case "undo": return rolloutUndoFlags
        case "restart": return rolloutRestartFlags
        case "pause", "resume": return rolloutPauseFlags
        default: return []
        }
    }

    /// The deployments a rollout subcommand names (`TYPE NAME`, `TYPE/NAME`, or a type alone
    /// for all of them). Other kinds get kubectl's "not implemented" wording from `unsupported`.
    func rolloutTargets(_ args: Arguments, unsupported: (KubeObject) -> String) throws -> (deployments: [Deployment], errors: String) {
        guard !args.positionals.isEmpty else { throw KubectlError.message("required resource not specified") }
        let targets = try resolveTargets(args, namespace: namespace(args), requireNames: false)
        var deployments: [Deployment] = []
        var errors = targets.errors
        for object in targets.objects {
            if case .deployment(let d) = object { deployments.append(d) } else { errors += unsupported(object) + "\n" }
        }
        return (deployments, errors)
    }

    /// `schema.GroupKind.String()`: `ReplicaSet.apps`, `Pod`.
    static func groupKindString(_ kind: Kind) -> String {
        let group = kind.apiVersion.contains("/") ? String(kind.apiVersion.split(separator: "/")[0]) : ""
        return group.isEmpty ? kind.rawValue : "\(kind.rawValue).\(group)"
    }
}
