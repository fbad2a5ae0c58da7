/// Help texts, in kubectl's own layout.
enum Help {
    /// `kubectl` / `kubectl --help`: kubectl's groups, listing the commands kubetutor runs.
    static let root = """
    kubectl controls the Kubernetes cluster manager.

     Find more information at: https://kubernetes.io/docs/reference/kubectl/

    Basic Commands (Beginner):
      create          Create a resource from a file or from stdin
      run             Run a particular image on the cluster
      set             Set specific features on objects

    Basic Commands (Intermediate):
      get             Display one or many resources
      delete          Delete resources by file names, stdin, resources and names, or by resources and label selector

    Deploy Commands:
      rollout         Manage the rollout of a resource
      scale           Set a new size for a deployment, replica set, or replication controller

    Cluster Management Commands:
      cordon          Mark node as unschedulable
      uncordon        Mark node as schedulable
      drain           Drain node in preparation for maintenance

    Troubleshooting and Debugging Commands:
      describe        Show details of a specific resource or group of resources
      logs            Print the logs for a container in a pod
      exec            Execute a command in a container

    Advanced Commands:
      apply           Apply a configuration to a resource by file name or stdin

    Settings Commands:
      label           Update the labels on a resource
      annotate        Update the annotations on a resource

    Other Commands:
      api-resources   Print the supported API resources on the server
      version         Print the client and server version information

    Usage:
      kubectl [flags] [options]

    Use "kubectl <command> --help" for more information about a given command.
    Use "kubectl options" for a list of global command-line options (applies to all commands).

    """

    /// `kubectl options`: the global flags kubetutor understands.
    static let options = """
    The following options can be passed to any command:

        -h, --help=false:
    \thelp for this command

        -n, --namespace='':
    \tIf present, the namespace scope for this CLI request

    """
}

extension Kubectl {
    /// `kubectl COMMAND --help` for the commands of this file set.
    func help(_ command: String) -> KubectlResult {
        let page: String
        switch command {
        case "get": page = CommandHelp.get.render(flags: Self.getFlags)
        case "create": page = CommandHelp.create.render(flags: Self.createFileFlags, subcommands: ["deployment", "namespace"])
        case "create deployment": page = CommandHelp.createDeployment.render(flags: Self.createDeploymentFlags)
        case "create namespace": page = CommandHelp.createNamespace.render(flags: Self.createNamespaceFlags)
        case "run": page = CommandHelp.run.render(flags: Self.runFlags)
        case "delete": page = CommandHelp.delete.render(flags: Self.deleteFlags)
        case "describe": page = CommandHelp.describe.render(flags: Self.describeFlags)
        case "apply": page = CommandHelp.apply.render(flags: Self.applyFlags)
        case "label": page = CommandHelp.label.render(flags: Self.labelFlags)
        case "annotate": page = CommandHelp.annotate.render(flags: Self.labelFlags)
        case "cordon": page = CommandHelp.cordon.render(flags: Self.cordonFlags)
        case "uncordon": page = CommandHelp.uncordon.render(flags: Self.cordonFlags)
        case "drain": page = CommandHelp.drain.render(flags: Self.drainFlags)
        case "logs": page = CommandHelp.logs.render(flags: Self.logsFlags)
        case "exec": page = CommandHelp.exec.render(flags: Self.execFlags)
        case "version": page = CommandHelp.version.render(flags: Self.versionFlags)
        case "api-resources": page = CommandHelp.apiResources.render(flags: Self.apiResourcesFlags)
        case "scale": page = CommandHelp.scale.render(flags: Self.scaleFlags)
        case "set image": page = CommandHelp.setImage.render(flags: Self.setImageFlags)
        case "rollout status": page = CommandHelp.rolloutStatus.render(flags: Self.rolloutStatusFlags)
        case "rollout history": page = CommandHelp.rolloutHistory.render(flags: Self.rolloutHistoryFlags)
        case "rollout undo": page = CommandHelp.rolloutUndo.render(flags: Self.rolloutUndoFlags)
        case "rollout restart": page = CommandHelp.rolloutRestart.render(flags: Self.rolloutRestartFlags)
        case "rollout pause": page = CommandHelp.rolloutPause.render(flags: Self.rolloutPauseFlags)
        case "rollout resume": page = CommandHelp.rolloutResume.render(flags: Self.rolloutPauseFlags)
        default: page = Help.root
        }
        return KubectlResult(stdout: page)
    }
}
