// Generated from `kubectl <command> --help` of kubectl v1.32: the rollout and scaling
// commands' pages, filtered at run time to the flags kubetutor implements.

extension CommandHelp {
    static let scale = CommandHelp(
        description: #"""
        Set a new size for a deployment, replica set, replication controller, or stateful set.

         Scale also allows users to specify one or more preconditions for the scale action.

         If --current-replicas or --resource-version is specified, it is validated before the scale is attempted, and it is guaranteed that the precondition holds true when the scale is sent to the server.
        """#,
        examples: #"""
          # Scale a replica set named 'foo' to 3
          kubectl scale --replicas=3 rs/foo
          
          # Scale a resource identified by type and name specified in "foo.yaml" to 3
          kubectl scale --replicas=3 -f foo.yaml
          
          # If the deployment named mysql's current size is 2, scale mysql to 3
          kubectl scale --current-replicas=2 --replicas=3 deployment/mysql
          
          # Scale multiple replication controllers
          kubectl scale --replicas=5 rc/example1 rc/example2 rc/example3
          
          # Scale stateful set named 'web' to 3
          kubectl scale --replicas=3 statefulset/web
        """#,
        subcommands: [],
        options: [
            ("all", #"--all=false:"#, #"""
        Select all resources in the namespace of the specified resource types
        """#),
            ("allow-missing-template-keys", #"--allow-missing-template-keys=true:"#, #"""
        If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.
        """#),
            ("current-replicas", #"--current-replicas=-1:"#, #"""
        Precondition for current size. Requires that the current size of the resource match this value in order to scale. -1 (default) for no condition.
        """#),
            ("dry-run", #"--dry-run='none':"#, #"""
        Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.
        """#),
            ("filename", #"-f, --filename=[]:"#, #"""
        Filename, directory, or URL to files identifying the resource to set a new size
        """#),
            ("kustomize", #"-k, --kustomize='':"#, #"""
        Process the kustomization directory. This flag can't be used together with -f or -R.
        """#),
            ("output", #"-o, --output='':"#, #"""
        Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).
        """#),
            ("recursive", #"-R, --recursive=false:"#, #"""
        Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.
        """#),
            ("replicas", #"--replicas=0:"#, #"""
        The new desired number of replicas. Required.
        """#),
            ("resource-version", #"--resource-version='':"#, #"""
        Precondition for resource version. Requires that the current resource version match this value in order to scale.
        """#),
            ("selector", #"-l, --selector='':"#, #"""
        Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.
        """#),
            ("show-managed-fields", #"--show-managed-fields=false:"#, #"""
        If true, keep the managedFields when printing objects in JSON or YAML format.
        """#),
            ("template", #"--template='':"#, #"""
        Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].
        """#),
            ("timeout", #"--timeout=0s:"#, #"""
        The length of time to wait before giving up on a scale operation, zero means don't wait. Any other values should contain a corresponding time unit (e.g. 1s, 2m, 3h).
        """#),
        ],
        usage: #"kubectl scale [--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME) [options]"#)

    static let setImage = CommandHelp(
        description: #"""
        Update existing container image(s) of resources.

         Possible resources include (case insensitive):

                pod (po), replicationcontroller (rc), deployment (deploy), daemonset (ds), statefulset (sts), cronjob (cj), replicaset (rs)
        """#,
        examples: #"""
          # Set a deployment's nginx container image to 'nginx:1.9.1', and its busybox container image to 'busybox'
          kubectl set image deployment/nginx busybox=busybox nginx=nginx:1.9.1
          
          # Update all deployments' and rc's nginx container's image to 'nginx:1.9.1'
          kubectl set image deployments,rc nginx=nginx:1.9.1 --all
          
          # Update image of all containers of daemonset abc to 'nginx:1.9.1'
          kubectl set image daemonset abc *=nginx:1.9.1
          
          # Print result (in yaml format) of updating nginx container image from local file, without hitting the server
          kubectl set image -f path/to/file.yaml nginx=nginx:1.9.1 --local -o yaml
        """#,
        subcommands: [],
        options: [
            ("all", #"--all=false:"#, #"""
        Select all resources, in the namespace of the specified resource types
        """#),
            ("allow-missing-template-keys", #"--allow-missing-template-keys=true:"#, #"""
        If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.
        """#),
            ("dry-run", #"--dry-run='none':"#, #"""
        Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.
        """#),
            ("field-manager", #"--field-manager='kubectl-set':"#, #"""
        Name of the manager used to track field ownership.
        """#),
            ("filename", #"-f, --filename=[]:"#, #"""
        Filename, directory, or URL to files identifying the resource to get from a server.
        """#),
            ("kustomize", #"-k, --kustomize='':"#, #"""
        Process the kustomization directory. This flag can't be used together with -f or -R.
        """#),
            ("local", #"--local=false:"#, #"""
        If true, set image will NOT contact api-server but run locally.
        """#),
            ("output", #"-o, --output='':"#, #"""
        Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).
        """#),
            ("recursive", #"-R, --recursive=false:"#, #"""
        Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.
        """#),
            ("selector", #"-l, --selector='':"#, #"""
        Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.
        """#),
            ("show-managed-fields", #"--show-managed-fields=false:"#, #"""
        If true, keep the managedFields when printing objects in JSON or YAML format.
        """#),
            ("template", #"--template='':"#, #"""
        Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].
        """#),
        ],
        usage: #"kubectl set image (-f FILENAME | TYPE NAME) CONTAINER_NAME_1=CONTAINER_IMAGE_1 ... CONTAINER_NAME_N=CONTAINER_IMAGE_N [options]"#)

    static let rolloutStatus = CommandHelp(
        description: #"""
        Show the status of the rollout.

         By default 'rollout status' will watch the status of the latest rollout until it's done. If you don't want to wait for the rollout to finish then you can use --watch=false. Note that if a new rollout starts in-between, then 'rollout status' will continue watching the latest revision. If you want to pin to a specific revision and abort if it is rolled over by another revision, use --revision=N where N is the revision you need to watch for.
        """#,
        examples: #"""
          # Watch the rollout status of a deployment
          kubectl rollout status deployment/nginx
        """#,
        subcommands: [],
        options: [
            ("filename", #"-f, --filename=[]:"#, #"""
        Filename, directory, or URL to files identifying the resource to get from a server.
        """#),
            ("kustomize", #"-k, --kustomize='':"#, #"""
        Process the kustomization directory. This flag can't be used together with -f or -R.
        """#),
            ("recursive", #"-R, --recursive=false:"#, #"""
        Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.
        """#),
            ("revision", #"--revision=0:"#, #"""
        Pin to a specific revision for showing its status. Defaults to 0 (last revision).
        """#),
            ("selector", #"-l, --selector='':"#, #"""
        Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.
        """#),
            ("timeout", #"--timeout=0s:"#, #"""
        The length of time to wait before ending watch, zero means never. Any other values should contain a corresponding time unit (e.g. 1s, 2m, 3h).
        """#),
            ("watch", #"-w, --watch=true:"#, #"""
        Watch the status of the rollout until it's done.
        """#),
        ],
        usage: #"kubectl rollout status (TYPE NAME | TYPE/NAME) [flags] [options]"#)

    static let rolloutHistory = CommandHelp(
        description: #"""
        View previous rollout revisions and configurations.
        """#,
        examples: #"""
          # View the rollout history of a deployment
          kubectl rollout history deployment/abc
          
          # View the details of daemonset revision 3
          kubectl rollout history daemonset/abc --revision=3
        """#,
        subcommands: [],
        options: [
            ("allow-missing-template-keys", #"--allow-missing-template-keys=true:"#, #"""
        If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.
        """#),
            ("filename", #"-f, --filename=[]:"#, #"""
        Filename, directory, or URL to files identifying the resource to get from a server.
        """#),
            ("kustomize", #"-k, --kustomize='':"#, #"""
        Process the kustomization directory. This flag can't be used together with -f or -R.
        """#),
            ("output", #"-o, --output='':"#, #"""
        Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).
        """#),
            ("recursive", #"-R, --recursive=false:"#, #"""
        Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.
        """#),
            ("revision", #"--revision=0:"#, #"""
        See the details, including podTemplate of the revision specified
        """#),
            ("selector", #"-l, --selector='':"#, #"""
        Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.
        """#),
            ("show-managed-fields", #"--show-managed-fields=false:"#, #"""
        If true, keep the managedFields when printing objects in JSON or YAML format.
        """#),
            ("template", #"--template='':"#, #"""
        Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].
        """#),
        ],
        usage: #"kubectl rollout history (TYPE NAME | TYPE/NAME) [flags] [options]"#)

    static let rolloutUndo = CommandHelp(
        description: #"""
        Roll back to a previous rollout.
        """#,
        examples: #"""
          # Roll back to the previous deployment
          kubectl rollout undo deployment/abc
          
          # Roll back to daemonset revision 3
          kubectl rollout undo daemonset/abc --to-revision=3
          
          # Roll back to the previous deployment with dry-run
          kubectl rollout undo --dry-run=server deployment/abc
        """#,
        subcommands: [],
        options: [
            ("allow-missing-template-keys", #"--allow-missing-template-keys=true:"#, #"""
        If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.
        """#),
            ("dry-run", #"--dry-run='none':"#, #"""
        Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.
        """#),
            ("filename", #"-f, --filename=[]:"#, #"""
        Filename, directory, or URL to files identifying the resource to get from a server.
        """#),
            ("kustomize", #"-k, --kustomize='':"#, #"""
        Process the kustomization directory. This flag can't be used together with -f or -R.
        """#),
            ("output", #"-o, --output='':"#, #"""
        Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).
        """#),
            ("recursive", #"-R, --recursive=false:"#, #"""
        Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.
        """#),
            ("selector", #"-l, --selector='':"#, #"""
        Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.
        """#),
            ("show-managed-fields", #"--show-managed-fields=false:"#, #"""
        If true, keep the managedFields when printing objects in JSON or YAML format.
        """#),
            ("template", #"--template='':"#, #"""
        Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].
        """#),
            ("to-revision", #"--to-revision=0:"#, #"""
        The revision to rollback to. Default to 0 (last revision).
        """#),
        ],
        usage: #"kubectl rollout undo (TYPE NAME | TYPE/NAME) [flags] [options]"#)

    static let rolloutRestart = CommandHelp(
        description: #"""
        Restart a resource.

                Resource rollout will be restarted.
        """#,
        examples: #"""
          # Restart all deployments in the test-namespace namespace
          kubectl rollout restart deployment -n test-namespace
          
          # Restart a deployment
          kubectl rollout restart deployment/nginx
          
          # Restart a daemon set
          kubectl rollout restart daemonset/abc
          
          # Restart deployments with the app=nginx label
          kubectl rollout restart deployment --selector=app=nginx
        """#,
        subcommands: [],
        options: [
            ("allow-missing-template-keys", #"--allow-missing-template-keys=true:"#, #"""
        If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.
        """#),
            ("field-manager", #"--field-manager='kubectl-rollout':"#, #"""
        Name of the manager used to track field ownership.
        """#),
            ("filename", #"-f, --filename=[]:"#, #"""
        Filename, directory, or URL to files identifying the resource to get from a server.
        """#),
            ("kustomize", #"-k, --kustomize='':"#, #"""
        Process the kustomization directory. This flag can't be used together with -f or -R.
        """#),
            ("output", #"-o, --output='':"#, #"""
        Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).
        """#),
            ("recursive", #"-R, --recursive=false:"#, #"""
        Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.
        """#),
            ("selector", #"-l, --selector='':"#, #"""
        Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.
        """#),
            ("show-managed-fields", #"--show-managed-fields=false:"#, #"""
        If true, keep the managedFields when printing objects in JSON or YAML format.
        """#),
            ("template", #"--template='':"#, #"""
        Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].
        """#),
        ],
        usage: #"kubectl rollout restart RESOURCE [options]"#)

    static let rolloutPause = CommandHelp(
        description: #"""
        Mark the provided resource as paused.

         Paused resources will not be reconciled by a controller. Use "kubectl rollout resume" to resume a paused resource. Currently only deployments support being paused.
        """#,
        examples: #"""
          # Mark the nginx deployment as paused
          # Any current state of the deployment will continue its function; new updates
          # to the deployment will not have an effect as long as the deployment is paused
          kubectl rollout pause deployment/nginx
        """#,
        subcommands: [],
        options: [
            ("allow-missing-template-keys", #"--allow-missing-template-keys=true:"#, #"""
        If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.
        """#),
            ("field-manager", #"--field-manager='kubectl-rollout':"#, #"""
        Name of the manager used to track field ownership.
        """#),
            ("filename", #"-f, --filename=[]:"#, #"""
        Filename, directory, or URL to files identifying the resource to get from a server.
        """#),
            ("kustomize", #"-k, --kustomize='':"#, #"""
        Process the kustomization directory. This flag can't be used together with -f or -R.
        """#),
            ("output", #"-o, --output='':"#, #"""
        Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).
        """#),
            ("recursive", #"-R, --recursive=false:"#, #"""
        Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.
        """#),
            ("selector", #"-l, --selector='':"#, #"""
        Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.
        """#),
            ("show-managed-fields", #"--show-managed-fields=false:"#, #"""
        If true, keep the managedFields when printing objects in JSON or YAML format.
        """#),
            ("template", #"--template='':"#, #"""
        Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].
        """#),
        ],
        usage: #"kubectl rollout pause RESOURCE [options]"#)

    static let rolloutResume = CommandHelp(
        description: #"""
        Resume a paused resource.

         Paused resources will not be reconciled by a controller. By resuming a resource, we allow it to be reconciled again. Currently only deployments support being resumed.
        """#,
        examples: #"""
          # Resume an already paused deployment
          kubectl rollout resume deployment/nginx
        """#,
        subcommands: [],
        options: [
            ("allow-missing-template-keys", #"--allow-missing-template-keys=true:"#, #"""
        If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.
        """#),
            ("field-manager", #"--field-manager='kubectl-rollout':"#, #"""
        Name of the manager used to track field ownership.
        """#),
            ("filename", #"-f, --filename=[]:"#, #"""
        Filename, directory, or URL to files identifying the resource to get from a server.
        """#),
            ("kustomize", #"-k, --kustomize='':"#, #"""
        Process the kustomization directory. This flag can't be used together with -f or -R.
        """#),
            ("output", #"-o, --output='':"#, #"""
        Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).
        """#),
            ("recursive", #"-R, --recursive=false:"#, #"""
        Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.
        """#),
            ("selector", #"-l, --selector='':"#, #"""
        Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.
        """#),
            ("show-managed-fields", #"--show-managed-fields=false:"#, #"""
        If true, keep the managedFields when printing objects in JSON or YAML format.
        """#),
            ("template", #"--template='':"#, #"""
        Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].
        """#),
        ],
        usage: #"kubectl rollout resume RESOURCE [options]"#)

}
