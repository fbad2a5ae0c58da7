// Generated from `kubectl <command> --help` of kubectl v1.32.4: descriptions, examples,
// usage lines and flag texts, so `--help` reads as kubectl's does. The Options section
// is filtered at run time to the flags kubetutor implements.

extension CommandHelp {
    static let get = CommandHelp(
        description: #"""
        Display one or many resources.

         Prints a table of the most important information about the specified resources. You can filter the list using a label selector and the --selector flag. If the desired resource type is namespaced you will only see results in the current namespace if you don't specify any namespace.

         By specifying the output as 'template' and providing a Go template as the value of the --template flag, you can filter the attributes of the fetched resources.

        Use "kubectl api-resources" for a complete list of supported resources.
        """#,
        examples: #"""
          # List all pods in ps output format
          kubectl get pods
          
          # List all pods in ps output format with more information (such as node name)
          kubectl get pods -o wide
          
          # List a single replication controller with specified NAME in ps output format
          kubectl get replicationcontroller web
          
          # List deployments in JSON output format, in the "v1" version of the "apps" API group
          kubectl get deployments.v1.apps -o json
          
          # List a single pod in JSON output format
          kubectl get -o json pod web-pod-13je7
          
          # List a pod identified by type and name specified in "pod.yaml" in JSON output format
          kubectl get -f pod.yaml -o json
          
          # List resources from a directory with kustomization.yaml - e.g. dir/kustomization.yaml
          kubectl get -k dir/
          
          # Return only the phase value of the specified pod
          kubectl get -o template pod/web-pod-13je7 --template={{.status.phase}}
          
          # List resource information in custom columns
          kubectl get pod test-pod -o custom-columns=CONTAINER:.spec.containers[0].name,IMAGE:.spec.containers[0].image
          
          # List all replication controllers and services together in ps output format
          kubectl get rc,services
          
          # List one or more resources by their type and names
          kubectl get rc/web service/frontend pods/web-pod-13je7
          
          # List the 'status' subresource for a single pod
          kubectl get pod web-pod-13je7 --subresource status
          
          # List all deployments in namespace 'backend'
          kubectl get deployments.apps --namespace backend
          
          # List all pods existing in all namespaces
          kubectl get pods --all-namespaces
        """#,
        subcommands: [],
        options: [
            ("all-namespaces", #"-A, --all-namespaces=false:"#, #"""
        If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.
        """#),
            ("allow-missing-template-keys", #"--allow-missing-template-keys=true:"#, #"""
        If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.
        """#),
            ("chunk-size", #"--chunk-size=500:"#, #"""
        Return large lists in chunks rather than all at once. Pass 0 to disable. This flag is beta and may change in the future.
        """#),
            ("field-selector", #"--field-selector='':"#, #"""
        Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type.
        """#),
            ("filename", #"-f, --filename=[]:"#, #"""
        Filename, directory, or URL to files identifying the resource to get from a server.
        """#),
            ("ignore-not-found", #"--ignore-not-found=false:"#, #"""
        If the requested object does not exist the command will return exit code 0.
        """#),
            ("kustomize", #"-k, --kustomize='':"#, #"""
        Process the kustomization directory. This flag can't be used together with -f or -R.
        """#),
            ("label-columns", #"-L, --label-columns=[]:"#, #"""
        Accepts a comma separated list of labels that are going to be presented as columns. Names are case-sensitive. You can also use multiple flag options like -L label1 -L label2...
        """#),
            ("no-headers", #"--no-headers=false:"#, #"""
        When using the default or custom-column output format, don't print headers (default print headers).
        """#),
            ("output", #"-o, --output='':"#, #"""
        Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file, custom-columns, custom-columns-file, wide). See custom columns [https://kubernetes.io/docs/reference/kubectl/#custom-columns], golang template [http://golang.org/pkg/text/template/#pkg-overview] and jsonpath template [https://kubernetes.io/docs/reference/kubectl/jsonpath/].
        """#),
            ("output-watch-events", #"--output-watch-events=false:"#, #"""
        Output watch event objects when --watch or --watch-only is used. Existing objects are output as initial ADDED events.
        """#),
            ("raw", #"--raw='':"#, #"""
        Raw URI to request from the server.  Uses the transport specified by the kubeconfig file.
        """#),
            ("recursive", #"-R, --recursive=false:"#, #"""
        Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.
        """#),
            ("selector", #"-l, --selector='':"#, #"""
        Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.
        """#),
            ("server-print", #"--server-print=true:"#, #"""
        If true, have the server return the appropriate table output. Supports extension APIs and CRDs.
        """#),
            ("show-kind", #"--show-kind=false:"#, #"""
        If present, list the resource type for the requested object(s).
        """#),
            ("show-labels", #"--show-labels=false:"#, #"""
        When printing, show all labels as the last column (default hide labels column)
        """#),
            ("show-managed-fields", #"--show-managed-fields=false:"#, #"""
        If true, keep the managedFields when printing objects in JSON or YAML format.
        """#),
            ("sort-by", #"--sort-by='':"#, #"""
        If non-empty, sort list types using this field specification.  The field specification is expressed as a JSONPath expression (e.g. '{.metadata.name}'). The field in the API resource specified by this JSONPath expression must be an integer or a string.
        """#),
            ("subresource", #"--subresource='':"#, #"""
        If specified, gets the subresource of the requested object. This flag is beta and may change in the future.
        """#),
            ("template", #"--template='':"#, #"""
        Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].
        """#),
            ("watch", #"-w, --watch=false:"#, #"""
        After listing/getting the requested object, watch for changes.
        """#),
            ("watch-only", #"--watch-only=false:"#, #"""
        Watch for changes to the requested object(s), without listing/getting first.
        """#),
        ],
        usage: #"kubectl get [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file|custom-columns|custom-columns-file|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags] [options]"#)

    static let create = CommandHelp(
        description: #"""
        Create a resource from a file or from stdin.

         JSON and YAML formats are accepted.
        """#,
        examples: #"""
          # Create a pod using the data in pod.json
          kubectl create -f ./pod.json
          
          # Create a pod based on the JSON passed into stdin
          cat pod.json | kubectl create -f -
          
          # Edit the data in registry.yaml in JSON then create the resource using the edited data
          kubectl create -f registry.yaml --edit -o json
        """#,
        subcommands: [("clusterrole", #"""  clusterrole           Create a cluster role"""#), ("clusterrolebinding", #"""  clusterrolebinding    Create a cluster role binding for a particular cluster role"""#), ("configmap", #"""  configmap             Create a config map from a local file, directory or literal value"""#), ("cronjob", #"""  cronjob               Create a cron job with the specified name"""#), ("deployment", #"""  deployment            Create a deployment with the specified name"""#), ("ingress", #"""  ingress               Create an ingress with the specified name"""#), ("job", #"""  job                   Create a job with the specified name"""#), ("namespace", #"""  namespace             Create a namespace with the specified name"""#), ("poddisruptionbudget", #"""  poddisruptionbudget   Create a pod disruption budget with the specified name"""#), ("priorityclass", #"""  priorityclass         Create a priority class with the specified name"""#), ("quota", #"""  quota                 Create a quota with the specified name"""#), ("role", #"""  role                  Create a role with single rule"""#), ("rolebinding", #"""  rolebinding           Create a role binding for a particular role or cluster role"""#), ("secret", #"""  secret                Create a secret using a specified subcommand"""#), ("service", #"""  service               Create a service using a specified subcommand"""#), ("serviceaccount", #"""  serviceaccount        Create a service account with the specified name"""#), ("token", #"""  token                 Request a service account token"""#)],
        options: [
            ("allow-missing-template-keys", #"--allow-missing-template-keys=true:"#, #"""
        If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.
        """#),
            ("dry-run", #"--dry-run='none':"#, #"""
        Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.
        """#),
            ("edit", #"--edit=false:"#, #"""
        Edit the API resource before creating
        """#),
            ("field-manager", #"--field-manager='kubectl-create':"#, #"""
        Name of the manager used to track field ownership.
        """#),
            ("filename", #"-f, --filename=[]:"#, #"""
        Filename, directory, or URL to files to use to create the resource
        """#),
            ("kustomize", #"-k, --kustomize='':"#, #"""
        Process the kustomization directory. This flag can't be used together with -f or -R.
        """#),
            ("output", #"-o, --output='':"#, #"""
        Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).
        """#),
            ("raw", #"--raw='':"#, #"""
        Raw URI to POST to the server.  Uses the transport specified by the kubeconfig file.
        """#),
            ("recursive", #"-R, --recursive=false:"#, #"""
        Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.
        """#),
            ("save-config", #"--save-config=false:"#, #"""
        If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.
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
            ("validate", #"--validate='strict':"#, #"""
        Must be one of: strict (or true), warn, ignore (or false). "true" or "strict" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. "warn" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as "ignore" otherwise. "false" or "ignore" will not perform any schema validation, silently dropping any unknown or duplicate fields.
        """#),
            ("windows-line-endings", #"--windows-line-endings=false:"#, #"""
        Only relevant if --edit=true. Defaults to the line ending native to your platform.
        """#),
        ],
        usage: #"kubectl create -f FILENAME [options]"#)

    static let createDeployment = CommandHelp(
        description: #"""
        Create a deployment with the specified name.

        Aliases:
        deployment, deploy
        """#,
        examples: #"""
          # Create a deployment named my-dep that runs the busybox image
          kubectl create deployment my-dep --image=busybox
          
          # Create a deployment with a command
          kubectl create deployment my-dep --image=busybox -- date
          
          # Create a deployment named my-dep that runs the nginx image with 3 replicas
          kubectl create deployment my-dep --image=nginx --replicas=3
          
          # Create a deployment named my-dep that runs the busybox image and expose port 5701
          kubectl create deployment my-dep --image=busybox --port=5701
          
          # Create a deployment named my-dep that runs multiple containers
          kubectl create deployment my-dep --image=busybox:latest --image=ubuntu:latest --image=nginx
        """#,
        subcommands: [],
        options: [
            ("allow-missing-template-keys", #"--allow-missing-template-keys=true:"#, #"""
        If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.
        """#),
            ("dry-run", #"--dry-run='none':"#, #"""
        Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.
        """#),
            ("field-manager", #"--field-manager='kubectl-create':"#, #"""
        Name of the manager used to track field ownership.
        """#),
            ("image", #"--image=[]:"#, #"""
        Image names to run. A deployment can have multiple images set for multi-container pod.
        """#),
            ("output", #"-o, --output='':"#, #"""
        Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).
        """#),
            ("port", #"--port=-1:"#, #"""
        The containerPort that this deployment exposes.
        """#),
            ("replicas", #"-r, --replicas=1:"#, #"""
        Number of replicas to create. Default is 1.
        """#),
            ("save-config", #"--save-config=false:"#, #"""
        If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.
        """#),
            ("show-managed-fields", #"--show-managed-fields=false:"#, #"""
        If true, keep the managedFields when printing objects in JSON or YAML format.
        """#),
            ("template", #"--template='':"#, #"""
        Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].
        """#),
            ("validate", #"--validate='strict':"#, #"""
        Must be one of: strict (or true), warn, ignore (or false). "true" or "strict" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. "warn" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as "ignore" otherwise. "false" or "ignore" will not perform any schema validation, silently dropping any unknown or duplicate fields.
        """#),
        ],
        usage: #"kubectl create deployment NAME --image=image -- [COMMAND] [args...] [options]"#)

    static let createNamespace = CommandHelp(
        description: #"""
        Create a namespace with the specified name.

        Aliases:
        namespace, ns
        """#,
        examples: #"""
          # Create a new namespace named my-namespace
          kubectl create namespace my-namespace
        """#,
        subcommands: [],
        options: [
            ("allow-missing-template-keys", #"--allow-missing-template-keys=true:"#, #"""
        If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.
        """#),
            ("dry-run", #"--dry-run='none':"#, #"""
        Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.
        """#),
            ("field-manager", #"--field-manager='kubectl-create':"#, #"""
        Name of the manager used to track field ownership.
        """#),
            ("output", #"-o, --output='':"#, #"""
        Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).
        """#),
            ("save-config", #"--save-config=false:"#, #"""
        If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.
        """#),
            ("show-managed-fields", #"--show-managed-fields=false:"#, #"""
        If true, keep the managedFields when printing objects in JSON or YAML format.
        """#),
            ("template", #"--template='':"#, #"""
        Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].
        """#),
            ("validate", #"--validate='strict':"#, #"""
        Must be one of: strict (or true), warn, ignore (or false). "true" or "strict" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. "warn" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as "ignore" otherwise. "false" or "ignore" will not perform any schema validation, silently dropping any unknown or duplicate fields.
        """#),
        ],
        usage: #"kubectl create namespace NAME [--dry-run=server|client|none] [options]"#)

    static let run = CommandHelp(
        description: #"""
        Create and run a particular image in a pod.
        """#,
        examples: #"""
          # Start a nginx pod
          kubectl run nginx --image=nginx
          
          # Start a hazelcast pod and let the container expose port 5701
          kubectl run hazelcast --image=hazelcast/hazelcast --port=5701
          
          # Start a hazelcast pod and set environment variables "DNS_DOMAIN=cluster" and "POD_NAMESPACE=default" in the container
          kubectl run hazelcast --image=hazelcast/hazelcast --env="DNS_DOMAIN=cluster" --env="POD_NAMESPACE=default"
          
          # Start a hazelcast pod and set labels "app=hazelcast" and "env=prod" in the container
          kubectl run hazelcast --image=hazelcast/hazelcast --labels="app=hazelcast,env=prod"
          
          # Dry run; print the corresponding API objects without creating them
          kubectl run nginx --image=nginx --dry-run=client
          
          # Start a nginx pod, but overload the spec with a partial set of values parsed from JSON
          kubectl run nginx --image=nginx --overrides='{ "apiVersion": "v1", "spec": { ... } }'
          
          # Start a busybox pod and keep it in the foreground, don't restart it if it exits
          kubectl run -i -t busybox --image=busybox --restart=Never
          
          # Start the nginx pod using the default command, but use custom arguments (arg1 .. argN) for that command
          kubectl run nginx --image=nginx -- <arg1> <arg2> ... <argN>
          
          # Start the nginx pod using a different command and custom arguments
          kubectl run nginx --image=nginx --command -- <cmd> <arg1> ... <argN>
        """#,
        subcommands: [],
        options: [
            ("allow-missing-template-keys", #"--allow-missing-template-keys=true:"#, #"""
        If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.
        """#),
            ("annotations", #"--annotations=[]:"#, #"""
        Annotations to apply to the pod.
        """#),
            ("attach", #"--attach=false:"#, #"""
        If true, wait for the Pod to start running, and then attach to the Pod as if 'kubectl attach ...' were called.  Default false, unless '-i/--stdin' is set, in which case the default is true. With '--restart=Never' the exit code of the container process is returned.
        """#),
            ("cascade", #"--cascade='background':"#, #"""
        Must be "background", "orphan", or "foreground". Selects the deletion cascading strategy for the dependents (e.g. Pods created by a ReplicationController). Defaults to background.
        """#),
            ("command", #"--command=false:"#, #"""
        If true and extra arguments are present, use them as the 'command' field in the container, rather than the 'args' field which is the default.
        """#),
            ("dry-run", #"--dry-run='none':"#, #"""
        Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.
        """#),
            ("env", #"--env=[]:"#, #"""
        Environment variables to set in the container.
        """#),
            ("expose", #"--expose=false:"#, #"""
        If true, create a ClusterIP service associated with the pod.  Requires `--port`.
        """#),
            ("field-manager", #"--field-manager='kubectl-run':"#, #"""
        Name of the manager used to track field ownership.
        """#),
            ("filename", #"-f, --filename=[]:"#, #"""
        to use to replace the resource.
        """#),
            ("force", #"--force=false:"#, #"""
        If true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation.
        """#),
            ("grace-period", #"--grace-period=-1:"#, #"""
        Period of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion).
        """#),
            ("image", #"--image='':"#, #"""
        The image for the container to run.
        """#),
            ("image-pull-policy", #"--image-pull-policy='':"#, #"""
        The image pull policy for the container.  If left empty, this value will not be specified by the client and defaulted by the server.
        """#),
            ("kustomize", #"-k, --kustomize='':"#, #"""
        Process a kustomization directory. This flag can't be used together with -f or -R.
        """#),
            ("labels", #"-l, --labels='':"#, #"""
        Comma separated labels to apply to the pod. Will override previous values.
        """#),
            ("leave-stdin-open", #"--leave-stdin-open=false:"#, #"""
        If the pod is started in interactive mode or with stdin, leave stdin open after the first attach completes. By default, stdin will be closed after the first attach completes.
        """#),
            ("output", #"-o, --output='':"#, #"""
        Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).
        """#),
            ("override-type", #"--override-type='merge':"#, #"""
        The method used to override the generated object: json, merge, or strategic.
        """#),
            ("overrides", #"--overrides='':"#, #"""
        An inline JSON override for the generated object. If this is non-empty, it is used to override the generated object. Requires that the object supply a valid apiVersion field.
        """#),
            ("pod-running-timeout", #"--pod-running-timeout=1m0s:"#, #"""
        The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running
        """#),
            ("port", #"--port='':"#, #"""
        The port that this container exposes.
        """#),
            ("privileged", #"--privileged=false:"#, #"""
        If true, run the container in privileged mode.
        """#),
            ("quiet", #"-q, --quiet=false:"#, #"""
        If true, suppress prompt messages.
        """#),
            ("recursive", #"-R, --recursive=false:"#, #"""
        Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.
        """#),
            ("restart", #"--restart='Always':"#, #"""
        The restart policy for this Pod.  Legal values [Always, OnFailure, Never].
        """#),
            ("rm", #"--rm=false:"#, #"""
        If true, delete the pod after it exits.  Only valid when attaching to the container, e.g. with '--attach' or with '-i/--stdin'.
        """#),
            ("save-config", #"--save-config=false:"#, #"""
        If true, the configuration of current object will be saved in its annotation. Otherwise, the annotation will be unchanged. This flag is useful when you want to perform kubectl apply on this object in the future.
        """#),
            ("show-managed-fields", #"--show-managed-fields=false:"#, #"""
        If true, keep the managedFields when printing objects in JSON or YAML format.
        """#),
            ("stdin", #"-i, --stdin=false:"#, #"""
        Keep stdin open on the container in the pod, even if nothing is attached.
        """#),
            ("template", #"--template='':"#, #"""
        Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].
        """#),
            ("timeout", #"--timeout=0s:"#, #"""
        The length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object
        """#),
            ("tty", #"-t, --tty=false:"#, #"""
        Allocate a TTY for the container in the pod.
        """#),
            ("wait", #"--wait=false:"#, #"""
        If true, wait for resources to be gone before returning. This waits for finalizers.
        """#),
        ],
        usage: #"kubectl run NAME --image=image [--env="key=value"] [--port=port] [--dry-run=server|client] [--overrides=inline-json] [--command] -- [COMMAND] [args...] [options]"#)

    static let delete = CommandHelp(
        description: #"""
        Delete resources by file names, stdin, resources and names, or by resources and label selector.

         JSON and YAML formats are accepted. Only one type of argument may be specified: file names, resources and names, or resources and label selector.

         Some resources, such as pods, support graceful deletion. These resources define a default period before they are forcibly terminated (the grace period) but you may override that value with the --grace-period flag, or pass --now to set a grace-period of 1. Because these resources often represent entities in the cluster, deletion may not be acknowledged immediately. If the node hosting a pod is down or cannot reach the API server, termination may take significantly longer than the grace period. To force delete a resource, you must specify the --force flag. Note: only a subset of resources support graceful deletion. In absence of the support, the --grace-period flag is ignored.

         IMPORTANT: Force deleting pods does not wait for confirmation that the pod's processes have been terminated, which can leave those processes running until the node detects the deletion and completes graceful deletion. If your processes use shared storage or talk to a remote API and depend on the name of the pod to identify themselves, force deleting those pods may result in multiple processes running on different machines using the same identification which may lead to data corruption or inconsistency. Only force delete pods when you are sure the pod is terminated, or if your application can tolerate multiple copies of the same pod running at once. Also, if you force delete pods, the scheduler may place new pods on those nodes before the node has released those resources and causing those pods to be evicted immediately.

         Note that the delete command does NOT do resource version checks, so if someone submits an update to a resource right when you submit a delete, their update will be lost along with the rest of the resource.

         After a CustomResourceDefinition is deleted, invalidation of discovery cache may take up to 6 hours. If you don't want to wait, you might want to run "kubectl api-resources" to refresh the discovery cache.
        """#,
        examples: #"""
          # Delete a pod using the type and name specified in pod.json
          kubectl delete -f ./pod.json
          
          # Delete resources from a directory containing kustomization.yaml - e.g. dir/kustomization.yaml
          kubectl delete -k dir
          
          # Delete resources from all files that end with '.json'
          kubectl delete -f '*.json'
          
          # Delete a pod based on the type and name in the JSON passed into stdin
          cat pod.json | kubectl delete -f -
          
          # Delete pods and services with same names "baz" and "foo"
          kubectl delete pod,service baz foo
          
          # Delete pods and services with label name=myLabel
          kubectl delete pods,services -l name=myLabel
          
          # Delete a pod with minimal delay
          kubectl delete pod foo --now
          
          # Force delete a pod on a dead node
          kubectl delete pod foo --force
          
          # Delete all pods
          kubectl delete pods --all
          
          # Delete all pods only if the user confirms the deletion
          kubectl delete pods --all --interactive
        """#,
        subcommands: [],
        options: [
            ("all", #"--all=false:"#, #"""
        Delete all resources, in the namespace of the specified resource types.
        """#),
            ("all-namespaces", #"-A, --all-namespaces=false:"#, #"""
        If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.
        """#),
            ("cascade", #"--cascade='background':"#, #"""
        Must be "background", "orphan", or "foreground". Selects the deletion cascading strategy for the dependents (e.g. Pods created by a ReplicationController). Defaults to background.
        """#),
            ("dry-run", #"--dry-run='none':"#, #"""
        Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.
        """#),
            ("field-selector", #"--field-selector='':"#, #"""
        Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type.
        """#),
            ("filename", #"-f, --filename=[]:"#, #"""
        containing the resource to delete.
        """#),
            ("force", #"--force=false:"#, #"""
        If true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation.
        """#),
            ("grace-period", #"--grace-period=-1:"#, #"""
        Period of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion).
        """#),
            ("ignore-not-found", #"--ignore-not-found=false:"#, #"""
        Treat "resource not found" as a successful delete. Defaults to "true" when --all is specified.
        """#),
            ("interactive", #"-i, --interactive=false:"#, #"""
        If true, delete resource only when user confirms.
        """#),
            ("kustomize", #"-k, --kustomize='':"#, #"""
        Process a kustomization directory. This flag can't be used together with -f or -R.
        """#),
            ("now", #"--now=false:"#, #"""
        If true, resources are signaled for immediate shutdown (same as --grace-period=1).
        """#),
            ("output", #"-o, --output='':"#, #"""
        Output mode. Use "-o name" for shorter output (resource/name).
        """#),
            ("raw", #"--raw='':"#, #"""
        Raw URI to DELETE to the server.  Uses the transport specified by the kubeconfig file.
        """#),
            ("recursive", #"-R, --recursive=false:"#, #"""
        Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.
        """#),
            ("selector", #"-l, --selector='':"#, #"""
        Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.
        """#),
            ("timeout", #"--timeout=0s:"#, #"""
        The length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object
        """#),
            ("wait", #"--wait=true:"#, #"""
        If true, wait for resources to be gone before returning. This waits for finalizers.
        """#),
        ],
        usage: #"kubectl delete ([-f FILENAME] | [-k DIRECTORY] | TYPE [(NAME | -l label | --all)]) [options]"#)

    static let describe = CommandHelp(
        description: #"""
        Show details of a specific resource or group of resources.

         Print a detailed description of the selected resources, including related resources such as events or controllers. You may select a single object by name, all objects of that type, provide a name prefix, or label selector. For example:

                $ kubectl describe TYPE NAME_PREFIX
                
         will first check for an exact match on TYPE and NAME_PREFIX. If no such resource exists, it will output details for every resource that has a name prefixed with NAME_PREFIX.

        Use "kubectl api-resources" for a complete list of supported resources.
        """#,
        examples: #"""
          # Describe a node
          kubectl describe nodes kubernetes-node-emt8.c.myproject.internal
          
          # Describe a pod
          kubectl describe pods/nginx
          
          # Describe a pod identified by type and name in "pod.json"
          kubectl describe -f pod.json
          
          # Describe all pods
          kubectl describe pods
          
          # Describe pods by label name=myLabel
          kubectl describe pods -l name=myLabel
          
          # Describe all pods managed by the 'frontend' replication controller
          # (rc-created pods get the name of the rc as a prefix in the pod name)
          kubectl describe pods frontend
        """#,
        subcommands: [],
        options: [
            ("all-namespaces", #"-A, --all-namespaces=false:"#, #"""
        If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.
        """#),
            ("chunk-size", #"--chunk-size=500:"#, #"""
        Return large lists in chunks rather than all at once. Pass 0 to disable. This flag is beta and may change in the future.
        """#),
            ("filename", #"-f, --filename=[]:"#, #"""
        Filename, directory, or URL to files containing the resource to describe
        """#),
            ("kustomize", #"-k, --kustomize='':"#, #"""
        Process the kustomization directory. This flag can't be used together with -f or -R.
        """#),
            ("recursive", #"-R, --recursive=false:"#, #"""
        Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.
        """#),
            ("selector", #"-l, --selector='':"#, #"""
        Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.
        """#),
            ("show-events", #"--show-events=true:"#, #"""
        If true, display events related to the described object.
        """#),
        ],
        usage: #"kubectl describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME) [options]"#)

    static let apply = CommandHelp(
        description: #"""
        Apply a configuration to a resource by file name or stdin. The resource name must be specified. This resource will be created if it doesn't exist yet. To use 'apply', always create the resource initially with either 'apply' or 'create --save-config'.

         JSON and YAML formats are accepted.

         Alpha Disclaimer: the --prune functionality is not yet complete. Do not use unless you are aware of what the current state is. See https://issues.k8s.io/34274.
        """#,
        examples: #"""
          # Apply the configuration in pod.json to a pod
          kubectl apply -f ./pod.json
          
          # Apply resources from a directory containing kustomization.yaml - e.g. dir/kustomization.yaml
          kubectl apply -k dir/
          
          # Apply the JSON passed into stdin to a pod
          cat pod.json | kubectl apply -f -
          
          # Apply the configuration from all files that end with '.json'
          kubectl apply -f '*.json'
          
          # Note: --prune is still in Alpha
          # Apply the configuration in manifest.yaml that matches label app=nginx and delete all other resources that are not in the file and match label app=nginx
          kubectl apply --prune -f manifest.yaml -l app=nginx
          
          # Apply the configuration in manifest.yaml and delete all the other config maps that are not in the file
          kubectl apply --prune -f manifest.yaml --all --prune-allowlist=core/v1/ConfigMap
        """#,
        subcommands: [("edit-last-applied", #"""  edit-last-applied   Edit latest last-applied-configuration annotations of a resource/object"""#), ("set-last-applied", #"""  set-last-applied    Set the last-applied-configuration annotation on a live object to match the contents of a file"""#), ("view-last-applied", #"""  view-last-applied   View the latest last-applied-configuration annotations of a resource/object"""#)],
        options: [
            ("all", #"--all=false:"#, #"""
        Select all resources in the namespace of the specified resource types.
        """#),
            ("allow-missing-template-keys", #"--allow-missing-template-keys=true:"#, #"""
        If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.
        """#),
            ("cascade", #"--cascade='background':"#, #"""
        Must be "background", "orphan", or "foreground". Selects the deletion cascading strategy for the dependents (e.g. Pods created by a ReplicationController). Defaults to background.
        """#),
            ("dry-run", #"--dry-run='none':"#, #"""
        Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.
        """#),
            ("field-manager", #"--field-manager='kubectl-client-side-apply':"#, #"""
        Name of the manager used to track field ownership.
        """#),
            ("filename", #"-f, --filename=[]:"#, #"""
        The files that contain the configurations to apply.
        """#),
            ("force", #"--force=false:"#, #"""
        If true, immediately remove resources from API and bypass graceful deletion. Note that immediate deletion of some resources may result in inconsistency or data loss and requires confirmation.
        """#),
            ("force-conflicts", #"--force-conflicts=false:"#, #"""
        If true, server-side apply will force the changes against conflicts.
        """#),
            ("grace-period", #"--grace-period=-1:"#, #"""
        Period of time in seconds given to the resource to terminate gracefully. Ignored if negative. Set to 1 for immediate shutdown. Can only be set to 0 when --force is true (force deletion).
        """#),
            ("kustomize", #"-k, --kustomize='':"#, #"""
        Process a kustomization directory. This flag can't be used together with -f or -R.
        """#),
            ("openapi-patch", #"--openapi-patch=true:"#, #"""
        If true, use openapi to calculate diff when the openapi presents and the resource can be found in the openapi spec. Otherwise, fall back to use baked-in types.
        """#),
            ("output", #"-o, --output='':"#, #"""
        Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).
        """#),
            ("overwrite", #"--overwrite=true:"#, #"""
        Automatically resolve conflicts between the modified and live configuration by using values from the modified configuration
        """#),
            ("prune", #"--prune=false:"#, #"""
        Automatically delete resource objects, that do not appear in the configs and are created by either apply or create --save-config. Should be used with either -l or --all.
        """#),
            ("prune-allowlist", #"--prune-allowlist=[]:"#, #"""
        Overwrite the default allowlist with <group/version/kind> for --prune
        """#),
            ("recursive", #"-R, --recursive=false:"#, #"""
        Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.
        """#),
            ("selector", #"-l, --selector='':"#, #"""
        Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.
        """#),
            ("server-side", #"--server-side=false:"#, #"""
        If true, apply runs in the server instead of the client.
        """#),
            ("show-managed-fields", #"--show-managed-fields=false:"#, #"""
        If true, keep the managedFields when printing objects in JSON or YAML format.
        """#),
            ("subresource", #"--subresource='':"#, #"""
        If specified, apply will operate on the subresource of the requested object.  Only allowed when using --server-side. This flag is beta and may change in the future.
        """#),
            ("template", #"--template='':"#, #"""
        Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].
        """#),
            ("timeout", #"--timeout=0s:"#, #"""
        The length of time to wait before giving up on a delete, zero means determine a timeout from the size of the object
        """#),
            ("validate", #"--validate='strict':"#, #"""
        Must be one of: strict (or true), warn, ignore (or false). "true" or "strict" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. "warn" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as "ignore" otherwise. "false" or "ignore" will not perform any schema validation, silently dropping any unknown or duplicate fields.
        """#),
            ("wait", #"--wait=false:"#, #"""
        If true, wait for resources to be gone before returning. This waits for finalizers.
        """#),
        ],
        usage: #"kubectl apply (-f FILENAME | -k DIRECTORY) [options]"#)

    static let label = CommandHelp(
        description: #"""
        Update the labels on a resource.

          *  A label key and value must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 63 characters each.
          *  Optionally, the key can begin with a DNS subdomain prefix and a single '/', like example.com/my-app.
          *  If --overwrite is true, then existing labels can be overwritten, otherwise attempting to overwrite a label will result in an error.
          *  If --resource-version is specified, then updates will use this resource version, otherwise the existing resource-version will be used.
        """#,
        examples: #"""
          # Update pod 'foo' with the label 'unhealthy' and the value 'true'
          kubectl label pods foo unhealthy=true
          
          # Update pod 'foo' with the label 'status' and the value 'unhealthy', overwriting any existing value
          kubectl label --overwrite pods foo status=unhealthy
          
          # Update all pods in the namespace
          kubectl label pods --all status=unhealthy
          
          # Update a pod identified by the type and name in "pod.json"
          kubectl label -f pod.json status=unhealthy
          
          # Update pod 'foo' only if the resource is unchanged from version 1
          kubectl label pods foo status=unhealthy --resource-version=1
          
          # Update pod 'foo' by removing a label named 'bar' if it exists
          # Does not require the --overwrite flag
          kubectl label pods foo bar-
        """#,
        subcommands: [],
        options: [
            ("all", #"--all=false:"#, #"""
        Select all resources, in the namespace of the specified resource types
        """#),
            ("all-namespaces", #"-A, --all-namespaces=false:"#, #"""
        If true, check the specified action in all namespaces.
        """#),
            ("allow-missing-template-keys", #"--allow-missing-template-keys=true:"#, #"""
        If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.
        """#),
            ("dry-run", #"--dry-run='none':"#, #"""
        Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.
        """#),
            ("field-manager", #"--field-manager='kubectl-label':"#, #"""
        Name of the manager used to track field ownership.
        """#),
            ("field-selector", #"--field-selector='':"#, #"""
        Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type.
        """#),
            ("filename", #"-f, --filename=[]:"#, #"""
        Filename, directory, or URL to files identifying the resource to update the labels
        """#),
            ("kustomize", #"-k, --kustomize='':"#, #"""
        Process the kustomization directory. This flag can't be used together with -f or -R.
        """#),
            ("list", #"--list=false:"#, #"""
        If true, display the labels for a given resource.
        """#),
            ("local", #"--local=false:"#, #"""
        If true, label will NOT contact api-server but run locally.
        """#),
            ("output", #"-o, --output='':"#, #"""
        Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).
        """#),
            ("overwrite", #"--overwrite=false:"#, #"""
        If true, allow labels to be overwritten, otherwise reject label updates that overwrite existing labels.
        """#),
            ("recursive", #"-R, --recursive=false:"#, #"""
        Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.
        """#),
            ("resource-version", #"--resource-version='':"#, #"""
        If non-empty, the labels update will only succeed if this is the current resource-version for the object. Only valid when specifying a single resource.
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
        usage: #"kubectl label [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]"#)

    static let annotate = CommandHelp(
        description: #"""
        Update the annotations on one or more resources.

         All Kubernetes objects support the ability to store additional data with the object as annotations. Annotations are key/value pairs that can be larger than labels and include arbitrary string values such as structured JSON. Tools and system extensions may use annotations to store their own data.

         Attempting to set an annotation that already exists will fail unless --overwrite is set. If --resource-version is specified and does not match the current resource version on the server the command will fail.

        Use "kubectl api-resources" for a complete list of supported resources.
        """#,
        examples: #"""
          # Update pod 'foo' with the annotation 'description' and the value 'my frontend'
          # If the same annotation is set multiple times, only the last value will be applied
          kubectl annotate pods foo description='my frontend'
          
          # Update a pod identified by type and name in "pod.json"
          kubectl annotate -f pod.json description='my frontend'
          
          # Update pod 'foo' with the annotation 'description' and the value 'my frontend running nginx', overwriting any existing value
          kubectl annotate --overwrite pods foo description='my frontend running nginx'
          
          # Update all pods in the namespace
          kubectl annotate pods --all description='my frontend running nginx'
          
          # Update pod 'foo' only if the resource is unchanged from version 1
          kubectl annotate pods foo description='my frontend running nginx' --resource-version=1
          
          # Update pod 'foo' by removing an annotation named 'description' if it exists
          # Does not require the --overwrite flag
          kubectl annotate pods foo description-
        """#,
        subcommands: [],
        options: [
            ("all", #"--all=false:"#, #"""
        Select all resources, in the namespace of the specified resource types.
        """#),
            ("all-namespaces", #"-A, --all-namespaces=false:"#, #"""
        If true, check the specified action in all namespaces.
        """#),
            ("allow-missing-template-keys", #"--allow-missing-template-keys=true:"#, #"""
        If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.
        """#),
            ("dry-run", #"--dry-run='none':"#, #"""
        Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.
        """#),
            ("field-manager", #"--field-manager='kubectl-annotate':"#, #"""
        Name of the manager used to track field ownership.
        """#),
            ("field-selector", #"--field-selector='':"#, #"""
        Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type.
        """#),
            ("filename", #"-f, --filename=[]:"#, #"""
        Filename, directory, or URL to files identifying the resource to update the annotation
        """#),
            ("kustomize", #"-k, --kustomize='':"#, #"""
        Process the kustomization directory. This flag can't be used together with -f or -R.
        """#),
            ("list", #"--list=false:"#, #"""
        If true, display the annotations for a given resource.
        """#),
            ("local", #"--local=false:"#, #"""
        If true, annotation will NOT contact api-server but run locally.
        """#),
            ("output", #"-o, --output='':"#, #"""
        Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).
        """#),
            ("overwrite", #"--overwrite=false:"#, #"""
        If true, allow annotations to be overwritten, otherwise reject annotation updates that overwrite existing annotations.
        """#),
            ("recursive", #"-R, --recursive=false:"#, #"""
        Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.
        """#),
            ("resource-version", #"--resource-version='':"#, #"""
        If non-empty, the annotation update will only succeed if this is the current resource-version for the object. Only valid when specifying a single resource.
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
        usage: #"kubectl annotate [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]"#)

    static let cordon = CommandHelp(
        description: #"""
        Mark node as unschedulable.
        """#,
        examples: #"""
          # Mark node "foo" as unschedulable
          kubectl cordon foo
        """#,
        subcommands: [],
        options: [
            ("dry-run", #"--dry-run='none':"#, #"""
        Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.
        """#),
            ("selector", #"-l, --selector='':"#, #"""
        Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.
        """#),
        ],
        usage: #"kubectl cordon NODE [options]"#)

    static let uncordon = CommandHelp(
        description: #"""
        Mark node as schedulable.
        """#,
        examples: #"""
          # Mark node "foo" as schedulable
          kubectl uncordon foo
        """#,
        subcommands: [],
        options: [
            ("dry-run", #"--dry-run='none':"#, #"""
        Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.
        """#),
            ("selector", #"-l, --selector='':"#, #"""
        Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.
        """#),
        ],
        usage: #"kubectl uncordon NODE [options]"#)

    static let drain = CommandHelp(
        description: #"""
        Drain node in preparation for maintenance.

         The given node will be marked unschedulable to prevent new pods from arriving. 'drain' evicts the pods if the API server supports https://kubernetes.io/docs/concepts/workloads/pods/disruptions/ eviction https://kubernetes.io/docs/concepts/workloads/pods/disruptions/ . Otherwise, it will use normal DELETE to delete the pods. The 'drain' evicts or deletes all pods except mirror pods (which cannot be deleted through the API server).  If there are daemon set-managed pods, drain will not proceed without --ignore-daemonsets, and regardless it will not delete any daemon set-managed pods, because those pods would be immediately replaced by the daemon set controller, which ignores unschedulable markings.  If there are any pods that are neither mirror pods nor managed by a replication controller, replica set, daemon set, stateful set, or job, then drain will not delete any pods unless you use --force.  --force will also allow deletion to proceed if the managing resource of one or more pods is missing.

         'drain' waits for graceful termination. You should not operate on the machine until the command completes.

         When you are ready to put the node back into service, use kubectl uncordon, which will make the node schedulable again.

        https://kubernetes.io/images/docs/kubectl_drain.svg Workflowhttps://kubernetes.io/images/docs/kubectl_drain.svg
        """#,
        examples: #"""
          # Drain node "foo", even if there are pods not managed by a replication controller, replica set, job, daemon set, or stateful set on it
          kubectl drain foo --force
          
          # As above, but abort if there are pods not managed by a replication controller, replica set, job, daemon set, or stateful set, and use a grace period of 15 minutes
          kubectl drain foo --grace-period=900
        """#,
        subcommands: [],
        options: [
            ("chunk-size", #"--chunk-size=500:"#, #"""
        Return large lists in chunks rather than all at once. Pass 0 to disable. This flag is beta and may change in the future.
        """#),
            ("delete-emptydir-data", #"--delete-emptydir-data=false:"#, #"""
        Continue even if there are pods using emptyDir (local data that will be deleted when the node is drained).
        """#),
            ("disable-eviction", #"--disable-eviction=false:"#, #"""
        Force drain to use delete, even if eviction is supported. This will bypass checking PodDisruptionBudgets, use with caution.
        """#),
            ("dry-run", #"--dry-run='none':"#, #"""
        Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.
        """#),
            ("force", #"--force=false:"#, #"""
        Continue even if there are pods that do not declare a controller.
        """#),
            ("grace-period", #"--grace-period=-1:"#, #"""
        Period of time in seconds given to each pod to terminate gracefully. If negative, the default value specified in the pod will be used.
        """#),
            ("ignore-daemonsets", #"--ignore-daemonsets=false:"#, #"""
        Ignore DaemonSet-managed pods.
        """#),
            ("pod-selector", #"--pod-selector='':"#, #"""
        Label selector to filter pods on the node
        """#),
            ("selector", #"-l, --selector='':"#, #"""
        Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.
        """#),
            ("skip-wait-for-delete-timeout", #"--skip-wait-for-delete-timeout=0:"#, #"""
        If pod DeletionTimestamp older than N seconds, skip waiting for the pod.  Seconds must be greater than 0 to skip.
        """#),
            ("timeout", #"--timeout=0s:"#, #"""
        The length of time to wait before giving up, zero means infinite
        """#),
        ],
        usage: #"kubectl drain NODE [options]"#)

    static let logs = CommandHelp(
        description: #"""
        Print the logs for a container in a pod or specified resource. If the pod has only one container, the container name is optional.
        """#,
        examples: #"""
          # Return snapshot logs from pod nginx with only one container
          kubectl logs nginx
          
          # Return snapshot logs from pod nginx, prefixing each line with the source pod and container name
          kubectl logs nginx --prefix
          
          # Return snapshot logs from pod nginx, limiting output to 500 bytes
          kubectl logs nginx --limit-bytes=500
          
          # Return snapshot logs from pod nginx, waiting up to 20 seconds for it to start running.
          kubectl logs nginx --pod-running-timeout=20s
          
          # Return snapshot logs from pod nginx with multi containers
          kubectl logs nginx --all-containers=true
          
          # Return snapshot logs from all pods in the deployment nginx
          kubectl logs deployment/nginx --all-pods=true
          
          # Return snapshot logs from all containers in pods defined by label app=nginx
          kubectl logs -l app=nginx --all-containers=true
          
          # Return snapshot logs from all pods defined by label app=nginx, limiting concurrent log requests to 10 pods
          kubectl logs -l app=nginx --max-log-requests=10
          
          # Return snapshot of previous terminated ruby container logs from pod web-1
          kubectl logs -p -c ruby web-1
          
          # Begin streaming the logs from pod nginx, continuing even if errors occur
          kubectl logs nginx -f --ignore-errors=true
          
          # Begin streaming the logs of the ruby container in pod web-1
          kubectl logs -f -c ruby web-1
          
          # Begin streaming the logs from all containers in pods defined by label app=nginx
          kubectl logs -f -l app=nginx --all-containers=true
          
          # Display only the most recent 20 lines of output in pod nginx
          kubectl logs --tail=20 nginx
          
          # Show all logs from pod nginx written in the last hour
          kubectl logs --since=1h nginx
          
          # Show all logs with timestamps from pod nginx starting from August 30, 2024, at 06:00:00 UTC
          kubectl logs nginx --since-time=2024-08-30T06:00:00Z --timestamps=true
          
          # Show logs from a kubelet with an expired serving certificate
          kubectl logs --insecure-skip-tls-verify-backend nginx
          
          # Return snapshot logs from first container of a job named hello
          kubectl logs job/hello
          
          # Return snapshot logs from container nginx-1 of a deployment named nginx
          kubectl logs deployment/nginx -c nginx-1
        """#,
        subcommands: [],
        options: [
            ("all-containers", #"--all-containers=false:"#, #"""
        Get all containers' logs in the pod(s).
        """#),
            ("all-pods", #"--all-pods=false:"#, #"""
        Get logs from all pod(s). Sets prefix to true.
        """#),
            ("container", #"-c, --container='':"#, #"""
        Print the logs of this container
        """#),
            ("follow", #"-f, --follow=false:"#, #"""
        Specify if the logs should be streamed.
        """#),
            ("ignore-errors", #"--ignore-errors=false:"#, #"""
        If watching / following pod logs, allow for any errors that occur to be non-fatal
        """#),
            ("insecure-skip-tls-verify-backend", #"--insecure-skip-tls-verify-backend=false:"#, #"""
        Skip verifying the identity of the kubelet that logs are requested from.  In theory, an attacker could provide invalid log content back. You might want to use this if your kubelet serving certificates have expired.
        """#),
            ("limit-bytes", #"--limit-bytes=0:"#, #"""
        Maximum bytes of logs to return. Defaults to no limit.
        """#),
            ("max-log-requests", #"--max-log-requests=5:"#, #"""
        Specify maximum number of concurrent logs to follow when using by a selector. Defaults to 5.
        """#),
            ("pod-running-timeout", #"--pod-running-timeout=20s:"#, #"""
        The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running
        """#),
            ("prefix", #"--prefix=false:"#, #"""
        Prefix each log line with the log source (pod name and container name)
        """#),
            ("previous", #"-p, --previous=false:"#, #"""
        If true, print the logs for the previous instance of the container in a pod if it exists.
        """#),
            ("selector", #"-l, --selector='':"#, #"""
        Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.
        """#),
            ("since", #"--since=0s:"#, #"""
        Only return logs newer than a relative duration like 5s, 2m, or 3h. Defaults to all logs. Only one of since-time / since may be used.
        """#),
            ("since-time", #"--since-time='':"#, #"""
        Only return logs after a specific date (RFC3339). Defaults to all logs. Only one of since-time / since may be used.
        """#),
            ("tail", #"--tail=-1:"#, #"""
        Lines of recent log file to display. Defaults to -1 with no selector, showing all log lines otherwise 10, if a selector is provided.
        """#),
            ("timestamps", #"--timestamps=false:"#, #"""
        Include timestamps on each line in the log output
        """#),
        ],
        usage: #"kubectl logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER] [options]"#)

    static let exec = CommandHelp(
        description: #"""
        Execute a command in a container.
        """#,
        examples: #"""
          # Get output from running the 'date' command from pod mypod, using the first container by default
          kubectl exec mypod -- date
          
          # Get output from running the 'date' command in ruby-container from pod mypod
          kubectl exec mypod -c ruby-container -- date
          
          # Switch to raw terminal mode; sends stdin to 'bash' in ruby-container from pod mypod
          # and sends stdout/stderr from 'bash' back to the client
          kubectl exec mypod -c ruby-container -i -t -- bash -il
          
          # List contents of /usr from the first container of pod mypod and sort by modification time
          # If the command you want to execute in the pod has any flags in common (e.g. -i),
          # you must use two dashes (--) to separate your command's flags/arguments
          # Also note, do not surround your command and its flags/arguments with quotes
          # unless that is how you would execute it normally (i.e., do ls -t /usr, not "ls -t /usr")
          kubectl exec mypod -i -t -- ls -t /usr
          
          # Get output from running 'date' command from the first pod of the deployment mydeployment, using the first container by default
          kubectl exec deploy/mydeployment -- date
          
          # Get output from running 'date' command from the first pod of the service myservice, using the first container by default
          kubectl exec svc/myservice -- date
        """#,
        subcommands: [],
        options: [
            ("container", #"-c, --container='':"#, #"""
        Container name. If omitted, use the kubectl.kubernetes.io/default-container annotation for selecting the container to be attached or the first container in the pod will be chosen
        """#),
            ("filename", #"-f, --filename=[]:"#, #"""
        to use to exec into the resource
        """#),
            ("pod-running-timeout", #"--pod-running-timeout=1m0s:"#, #"""
        The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running
        """#),
            ("quiet", #"-q, --quiet=false:"#, #"""
        Only print output from the remote session
        """#),
            ("stdin", #"-i, --stdin=false:"#, #"""
        Pass stdin to the container
        """#),
            ("tty", #"-t, --tty=false:"#, #"""
        Stdin is a TTY
        """#),
        ],
        usage: #"kubectl exec (POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...] [options]"#)

    static let version = CommandHelp(
        description: #"""
        Print the client and server version information for the current context.
        """#,
        examples: #"""
          # Print the client and server versions for the current context
          kubectl version
        """#,
        subcommands: [],
        options: [
            ("client", #"--client=false:"#, #"""
        If true, shows client version only (no server required).
        """#),
            ("output", #"-o, --output='':"#, #"""
        One of 'yaml' or 'json'.
        """#),
        ],
        usage: #"kubectl version [flags] [options]"#)

    static let apiResources = CommandHelp(
        description: #"""
        Print the supported API resources on the server.
        """#,
        examples: #"""
          # Print the supported API resources
          kubectl api-resources
          
          # Print the supported API resources with more information
          kubectl api-resources -o wide
          
          # Print the supported API resources sorted by a column
          kubectl api-resources --sort-by=name
          
          # Print the supported namespaced resources
          kubectl api-resources --namespaced=true
          
          # Print the supported non-namespaced resources
          kubectl api-resources --namespaced=false
          
          # Print the supported API resources with a specific APIGroup
          kubectl api-resources --api-group=rbac.authorization.k8s.io
        """#,
        subcommands: [],
        options: [
            ("api-group", #"--api-group='':"#, #"""
        Limit to resources in the specified API group.
        """#),
            ("cached", #"--cached=false:"#, #"""
        Use the cached list of resources if available.
        """#),
            ("categories", #"--categories=[]:"#, #"""
        Limit to resources that belong to the specified categories.
        """#),
            ("namespaced", #"--namespaced=true:"#, #"""
        If false, non-namespaced resources will be returned, otherwise returning namespaced resources by default.
        """#),
            ("no-headers", #"--no-headers=false:"#, #"""
        When using the default or custom-column output format, don't print headers (default print headers).
        """#),
            ("output", #"-o, --output='':"#, #"""
        Output format. One of: (wide, name).
        """#),
            ("sort-by", #"--sort-by='':"#, #"""
        If non-empty, sort list of resources using specified field. The field can be either 'name' or 'kind'.
        """#),
            ("verbs", #"--verbs=[]:"#, #"""
        Limit to resources that support the specified verbs.
        """#),
        ],
        usage: #"kubectl api-resources [flags] [options]"#)

}
