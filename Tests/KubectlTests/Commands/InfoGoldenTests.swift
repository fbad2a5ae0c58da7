import Testing
@testable import Kubectl

/// Help pages, version and api-resources. The help pages of commands whose every flag
/// kubetutor implements (`cordon`, `uncordon`, `version`, `drain`) are byte-identical to
/// kubectl v1.32's; the others list only the flags kubetutor accepts.
@Suite struct InfoGoldenTests {
    /// The root help, a command page, `help COMMAND`, and `-h` anywhere.
    @Test func rootHelpAndCommandHelp() {
        let script = #"""
        kubectl
        kubectl cordon --help
        kubectl help uncordon
        kubectl get pods -h
        """#
        let expected = #"""
        $ kubectl
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
        $ kubectl cordon --help
        Mark node as unschedulable.

        Examples:
          # Mark node "foo" as unschedulable
          kubectl cordon foo

        Options:
            --dry-run='none':
        	Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.

            -l, --selector='':
        	Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.

        Usage:
          kubectl cordon NODE [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).
        $ kubectl help uncordon
        Mark node as schedulable.

        Examples:
          # Mark node "foo" as schedulable
          kubectl uncordon foo

        Options:
            --dry-run='none':
        	Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.

            -l, --selector='':
        	Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.

        Usage:
          kubectl uncordon NODE [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).
        $ kubectl get pods -h
        Display one or many resources.

         Prints a table of the most important information about the specified resources. You can filter the list using a label selector and the --selector flag. If the desired resource type is namespaced you will only see results in the current namespace if you don't specify any namespace.

         By specifying the output as 'template' and providing a Go template as the value of the --template flag, you can filter the attributes of the fetched resources.

        Use "kubectl api-resources" for a complete list of supported resources.

        Examples:
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

        Options:
            -A, --all-namespaces=false:
        	If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.

            --field-selector='':
        	Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type.

            -f, --filename=[]:
        	Filename, directory, or URL to files identifying the resource to get from a server.

            --ignore-not-found=false:
        	If the requested object does not exist the command will return exit code 0.

            -L, --label-columns=[]:
        	Accepts a comma separated list of labels that are going to be presented as columns. Names are case-sensitive. You can also use multiple flag options like -L label1 -L label2...

            --no-headers=false:
        	When using the default or custom-column output format, don't print headers (default print headers).

            -o, --output='':
        	Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file, custom-columns, custom-columns-file, wide). See custom columns [https://kubernetes.io/docs/reference/kubectl/#custom-columns], golang template [http://golang.org/pkg/text/template/#pkg-overview] and jsonpath template [https://kubernetes.io/docs/reference/kubectl/jsonpath/].

            -R, --recursive=false:
        	Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.

            -l, --selector='':
        	Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.

            --show-kind=false:
        	If present, list the resource type for the requested object(s).

            --show-labels=false:
        	When printing, show all labels as the last column (default hide labels column)

            --sort-by='':
        	If non-empty, sort list types using this field specification.  The field specification is expressed as a JSONPath expression (e.g. '{.metadata.name}'). The field in the API resource specified by this JSONPath expression must be an integer or a string.

            -w, --watch=false:
        	After listing/getting the requested object, watch for changes.

        Usage:
          kubectl get [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file|custom-columns|custom-columns-file|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags] [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """#
        #expect(Transcript.run(script) == expected)
    }

    /// `version` in its three forms and the `api-resources` table.
    @Test func versionAndResources() {
        let script = #"""
        kubectl version --client
        kubectl version
        kubectl version --client -o yaml
        kubectl version --client -o json
        kubectl api-resources
        kubectl api-resources -o wide
        kubectl api-resources --namespaced=false -o name
        kubectl options
        """#
        let expected = #"""
        $ kubectl version --client
        Client Version: v1.32.4
        Kustomize Version: v5.5.0
        $ kubectl version
        Client Version: v1.32.4
        Kustomize Version: v5.5.0
        Server Version: v1.32.0
        $ kubectl version --client -o yaml
        clientVersion:
          buildDate: "2025-04-22T16:03:54Z"
          compiler: gc
          gitCommit: 59526cd4867447956156ae3a602fcbac10a2c335
          gitTreeState: clean
          gitVersion: v1.32.4
          goVersion: go1.23.8
          major: "1"
          minor: "32"
          platform: linux/amd64
        kustomizeVersion: v5.5.0

        $ kubectl version --client -o json
        {
          "clientVersion": {
            "major": "1",
            "minor": "32",
            "gitVersion": "v1.32.4",
            "gitCommit": "59526cd4867447956156ae3a602fcbac10a2c335",
            "gitTreeState": "clean",
            "buildDate": "2025-04-22T16:03:54Z",
            "goVersion": "go1.23.8",
            "compiler": "gc",
            "platform": "linux/amd64"
          },
          "kustomizeVersion": "v5.5.0"
        }
        $ kubectl api-resources
        NAME                     SHORTNAMES   APIVERSION            NAMESPACED   KIND
        endpoints                ep           v1                    true         Endpoints
        events                   ev           v1                    true         Event
        namespaces               ns           v1                    false        Namespace
        nodes                    no           v1                    false        Node
        persistentvolumeclaims   pvc          v1                    true         PersistentVolumeClaim
        pods                     po           v1                    true         Pod
        services                 svc          v1                    true         Service
        daemonsets               ds           apps/v1               true         DaemonSet
        deployments              deploy       apps/v1               true         Deployment
        replicasets              rs           apps/v1               true         ReplicaSet
        statefulsets             sts          apps/v1               true         StatefulSet
        cronjobs                 cj           batch/v1              true         CronJob
        jobs                                  batch/v1              true         Job
        endpointslices                        discovery.k8s.io/v1   true         EndpointSlice
        $ kubectl api-resources -o wide
        NAME                     SHORTNAMES   APIVERSION            NAMESPACED   KIND                    VERBS                                                        CATEGORIES
        endpoints                ep           v1                    true         Endpoints               create,delete,deletecollection,get,list,patch,update,watch   
        events                   ev           v1                    true         Event                   create,delete,get,list,patch,update,watch                    
        namespaces               ns           v1                    false        Namespace               create,delete,get,list,patch,update,watch                    
        nodes                    no           v1                    false        Node                    create,delete,get,list,patch,update,watch                    
        persistentvolumeclaims   pvc          v1                    true         PersistentVolumeClaim   create,delete,deletecollection,get,list,patch,update,watch   
        pods                     po           v1                    true         Pod                     create,delete,deletecollection,get,list,patch,update,watch   all
        services                 svc          v1                    true         Service                 create,delete,get,list,patch,update,watch                    all
        daemonsets               ds           apps/v1               true         DaemonSet               create,delete,deletecollection,get,list,patch,update,watch   all
        deployments              deploy       apps/v1               true         Deployment              create,delete,deletecollection,get,list,patch,update,watch   all
        replicasets              rs           apps/v1               true         ReplicaSet              create,delete,deletecollection,get,list,patch,update,watch   all
        statefulsets             sts          apps/v1               true         StatefulSet             create,delete,deletecollection,get,list,patch,update,watch   all
        cronjobs                 cj           batch/v1              true         CronJob                 create,delete,deletecollection,get,list,patch,update,watch   all
        jobs                                  batch/v1              true         Job                     create,delete,deletecollection,get,list,patch,update,watch   all
        endpointslices                        discovery.k8s.io/v1   true         EndpointSlice           create,delete,deletecollection,get,list,patch,update,watch   
        $ kubectl api-resources --namespaced=false -o name
        namespaces
        nodes
        $ kubectl options
        The following options can be passed to any command:

            -h, --help=false:
        	help for this command

            -n, --namespace='':
        	If present, the namespace scope for this CLI request

        """#
        #expect(Transcript.run(script) == expected)
    }

    /// Client dry runs of `run` and `create namespace` in every format (kubectl generators).
    @Test func dryRunForRunAndNamespace() {
        let script = #"""
        kubectl run nginx --image=nginx --dry-run=client -o yaml
        kubectl run nginx --image=nginx --dry-run=client -o json
        kubectl run web --image=nginx --port=80 --env=MODE=prod --labels=app=web,tier=front --restart=Never --dry-run=client -o yaml -- --verbose
        kubectl run b --image=busybox --command --dry-run=client -o yaml -- sleep 3600
        kubectl run nginx --image=nginx --dry-run=client -o name
        kubectl run nginx --image=nginx --dry-run=client
        kubectl create namespace dev --dry-run=client -o yaml
        kubectl create namespace dev --dry-run=client -o json
        kubectl create namespace dev --dry-run=client -o name
        kubectl create deployment web --image=nginx -n dev --dry-run=client -o yaml
        kubectl create deployment box --image=busybox --dry-run=client -o yaml -- sleep 3600
        kubectl create deployment web --image=nginx --dry-run=server
        kubectl get deploy
        """#
        let expected = #"""
        $ kubectl run nginx --image=nginx --dry-run=client -o yaml
        apiVersion: v1
        kind: Pod
        metadata:
          creationTimestamp: null
          labels:
            run: nginx
          name: nginx
        spec:
          containers:
          - image: nginx
            name: nginx
            resources: {}
          dnsPolicy: ClusterFirst
          restartPolicy: Always
        status: {}
        $ kubectl run nginx --image=nginx --dry-run=client -o json
        {
            "kind": "Pod",
            "apiVersion": "v1",
            "metadata": {
                "name": "nginx",
                "creationTimestamp": null,
                "labels": {
                    "run": "nginx"
                }
            },
            "spec": {
                "containers": [
                    {
                        "name": "nginx",
                        "image": "nginx",
                        "resources": {}
                    }
                ],
                "restartPolicy": "Always",
                "dnsPolicy": "ClusterFirst"
            },
            "status": {}
        }
        $ kubectl run web --image=nginx --port=80 --env=MODE=prod --labels=app=web,tier=front --restart=Never --dry-run=client -o yaml -- --verbose
        apiVersion: v1
        kind: Pod
        metadata:
          creationTimestamp: null
          labels:
            app: web
            tier: front
          name: web
        spec:
          containers:
          - args:
            - --verbose
            env:
            - name: MODE
              value: prod
            image: nginx
            name: web
            ports:
            - containerPort: 80
            resources: {}
          dnsPolicy: ClusterFirst
          restartPolicy: Never
        status: {}
        $ kubectl run b --image=busybox --command --dry-run=client -o yaml -- sleep 3600
        apiVersion: v1
        kind: Pod
        metadata:
          creationTimestamp: null
          labels:
            run: b
          name: b
        spec:
          containers:
          - command:
            - sleep
            - "3600"
            image: busybox
            name: b
            resources: {}
          dnsPolicy: ClusterFirst
          restartPolicy: Always
        status: {}
        $ kubectl run nginx --image=nginx --dry-run=client -o name
        pod/nginx
        $ kubectl run nginx --image=nginx --dry-run=client
        pod/nginx created (dry run)
        $ kubectl create namespace dev --dry-run=client -o yaml
        apiVersion: v1
        kind: Namespace
        metadata:
          creationTimestamp: null
          name: dev
        spec: {}
        status: {}
        $ kubectl create namespace dev --dry-run=client -o json
        {
            "kind": "Namespace",
            "apiVersion": "v1",
            "metadata": {
                "name": "dev",
                "creationTimestamp": null
            },
            "spec": {},
            "status": {}
        }
        $ kubectl create namespace dev --dry-run=client -o name
        namespace/dev
        $ kubectl create deployment web --image=nginx -n dev --dry-run=client -o yaml
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          creationTimestamp: null
          labels:
            app: web
          name: web
          namespace: dev
        spec:
          replicas: 1
          selector:
            matchLabels:
              app: web
          strategy: {}
          template:
            metadata:
              creationTimestamp: null
              labels:
                app: web
            spec:
              containers:
              - image: nginx
                name: nginx
                resources: {}
        status: {}
        $ kubectl create deployment box --image=busybox --dry-run=client -o yaml -- sleep 3600
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          creationTimestamp: null
          labels:
            app: box
          name: box
        spec:
          replicas: 1
          selector:
            matchLabels:
              app: box
          strategy: {}
          template:
            metadata:
              creationTimestamp: null
              labels:
                app: box
            spec:
              containers:
              - command:
                - sleep
                - "3600"
                image: busybox
                name: busybox
                resources: {}
        status: {}
        $ kubectl create deployment web --image=nginx --dry-run=server
        deployment.apps/web created (server dry run)
        $ kubectl get deploy
        No resources found in default namespace.

        """#
        #expect(Transcript.run(script) == expected)
    }
}
