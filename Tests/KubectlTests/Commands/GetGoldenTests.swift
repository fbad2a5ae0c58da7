import Testing
@testable import Kubectl

/// `kubectl get` in every printer, as golden transcripts (REFERENCE §8.2, §8.3).
@Suite struct GetGoldenTests {
    /// Default and wide tables, labels, namespaces, headers, label columns.
    @Test func tablesForPodsDeploymentsReplicaSetsAndNodes() {
        let script = #"""
        kubectl create deployment web --image=nginx --replicas=3
        kubectl run nginx --image=nginx --port=80
        advance 2m
        kubectl get pods
        kubectl get pods -o wide
        kubectl get pods --show-labels
        kubectl get pods -A
        kubectl get pods --no-headers
        kubectl get pods -L app
        kubectl get deploy -o wide
        kubectl get rs -o wide
        kubectl get nodes -o wide
        kubectl get ns
        kubectl get svc
        kubectl get pods -n kube-system
        kubectl get nodes -l kubernetes.io/hostname=nope
        """#
        let expected = #"""
        $ kubectl create deployment web --image=nginx --replicas=3
        deployment.apps/web created
        $ kubectl run nginx --image=nginx --port=80
        pod/nginx created
        $ advance 2m
        $ kubectl get pods
        NAME                   READY   STATUS    RESTARTS   AGE
        nginx                  1/1     Running   0          2m
        web-58958686c9-f2w8n   1/1     Running   0          2m
        web-58958686c9-fnl87   1/1     Running   0          2m
        web-58958686c9-qmfhg   1/1     Running   0          2m
        $ kubectl get pods -o wide
        NAME                   READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES
        nginx                  1/1     Running   0          2m    10.244.1.2   node-1   <none>           <none>
        web-58958686c9-f2w8n   1/1     Running   0          2m    10.244.1.3   node-1   <none>           <none>
        web-58958686c9-fnl87   1/1     Running   0          2m    10.244.2.2   node-2   <none>           <none>
        web-58958686c9-qmfhg   1/1     Running   0          2m    10.244.3.2   node-3   <none>           <none>
        $ kubectl get pods --show-labels
        NAME                   READY   STATUS    RESTARTS   AGE   LABELS
        nginx                  1/1     Running   0          2m    run=nginx
        web-58958686c9-f2w8n   1/1     Running   0          2m    app=web,pod-template-hash=58958686c9
        web-58958686c9-fnl87   1/1     Running   0          2m    app=web,pod-template-hash=58958686c9
        web-58958686c9-qmfhg   1/1     Running   0          2m    app=web,pod-template-hash=58958686c9
        $ kubectl get pods -A
        NAMESPACE   NAME                   READY   STATUS    RESTARTS   AGE
        default     nginx                  1/1     Running   0          2m
        default     web-58958686c9-f2w8n   1/1     Running   0          2m
        default     web-58958686c9-fnl87   1/1     Running   0          2m
        default     web-58958686c9-qmfhg   1/1     Running   0          2m
        $ kubectl get pods --no-headers
        nginx                  1/1   Running   0     2m
        web-58958686c9-f2w8n   1/1   Running   0     2m
        web-58958686c9-fnl87   1/1   Running   0     2m
        web-58958686c9-qmfhg   1/1   Running   0     2m
        $ kubectl get pods -L app
        NAME                   READY   STATUS    RESTARTS   AGE   APP
        nginx                  1/1     Running   0          2m    
        web-58958686c9-f2w8n   1/1     Running   0          2m    web
        web-58958686c9-fnl87   1/1     Running   0          2m    web
        web-58958686c9-qmfhg   1/1     Running   0          2m    web
        $ kubectl get deploy -o wide
        NAME   READY   UP-TO-DATE   AVAILABLE   AGE   CONTAINERS   IMAGES   SELECTOR
        web    3/3     3            3           2m    nginx        nginx    app=web
        $ kubectl get rs -o wide
        NAME             DESIRED   CURRENT   READY   AGE   CONTAINERS   IMAGES   SELECTOR
        web-58958686c9   3         3         3       2m    nginx        nginx    app=web,pod-template-hash=58958686c9
        $ kubectl get nodes -o wide
        NAME     STATUS   ROLES    AGE   VERSION   INTERNAL-IP   EXTERNAL-IP   OS-IMAGE                         KERNEL-VERSION   CONTAINER-RUNTIME
        node-1   Ready    <none>   2m    v1.32.0   172.18.0.2    <none>        Debian GNU/Linux 12 (bookworm)   6.1.0-31-amd64   containerd://1.7.24
        node-2   Ready    <none>   2m    v1.32.0   172.18.0.3    <none>        Debian GNU/Linux 12 (bookworm)   6.1.0-31-amd64   containerd://1.7.24
        node-3   Ready    <none>   2m    v1.32.0   172.18.0.4    <none>        Debian GNU/Linux 12 (bookworm)   6.1.0-31-amd64   containerd://1.7.24
        $ kubectl get ns
        NAME              STATUS   AGE
        default           Active   2m
        kube-node-lease   Active   2m
        kube-public       Active   2m
        kube-system       Active   2m
        $ kubectl get svc
        NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
        kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   2m
        $ kubectl get pods -n kube-system
        No resources found in kube-system namespace.
        $ kubectl get nodes -l kubernetes.io/hostname=nope
        No resources found

        """#
        #expect(Transcript.run(script) == expected)
    }

    /// `get all` lists pods, then the kubernetes Service, then deployments and replica sets.
    @Test func severalKindsGetKindPrefixesAndBlankLines() {
        let script = #"""
        kubectl create deployment web --image=nginx --replicas=3
        kubectl run nginx --image=nginx --port=80
        advance 2m
        kubectl get all
        kubectl get deploy,rs
        kubectl get pod/nginx deploy/web
        kubectl get pods nope nginx
        kubectl get pods,deploy nginx
        """#
        let expected = #"""
        $ kubectl create deployment web --image=nginx --replicas=3
        deployment.apps/web created
        $ kubectl run nginx --image=nginx --port=80
        pod/nginx created
        $ advance 2m
        $ kubectl get all
        NAME                       READY   STATUS    RESTARTS   AGE
        pod/nginx                  1/1     Running   0          2m
        pod/web-58958686c9-f2w8n   1/1     Running   0          2m
        pod/web-58958686c9-fnl87   1/1     Running   0          2m
        pod/web-58958686c9-qmfhg   1/1     Running   0          2m

        NAME                 TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
        service/kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   2m

        NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
        deployment.apps/web   3/3     3            3           2m

        NAME                             DESIRED   CURRENT   READY   AGE
        replicaset.apps/web-58958686c9   3         3         3       2m
        $ kubectl get deploy,rs
        NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
        deployment.apps/web   3/3     3            3           2m

        NAME                             DESIRED   CURRENT   READY   AGE
        replicaset.apps/web-58958686c9   3         3         3       2m
        $ kubectl get pod/nginx deploy/web
        NAME        READY   STATUS    RESTARTS   AGE
        pod/nginx   1/1     Running   0          2m

        NAME                  READY   UP-TO-DATE   AVAILABLE   AGE
        deployment.apps/web   3/3     3            3           2m
        $ kubectl get pods nope nginx
        NAME    READY   STATUS    RESTARTS   AGE
        nginx   1/1     Running   0          2m
        Error from server (NotFound): pods "nope" not found
        [exit 1]
        $ kubectl get pods,deploy nginx
        NAME        READY   STATUS    RESTARTS   AGE
        pod/nginx   1/1     Running   0          2m
        Error from server (NotFound): deployments.apps "nginx" not found
        [exit 1]

        """#
        #expect(Transcript.run(script) == expected)
    }

    /// `-o name`, `-o yaml`, `-o json`, `-o jsonpath` and the List wrapper.
    @Test func machineFormats() {
        let script = #"""
        kubectl create deployment web --image=nginx --replicas=3
        kubectl run nginx --image=nginx --port=80
        advance 2m
        kubectl get pods -l app=web -o name
        kubectl get pod nginx -o yaml
        kubectl get svc kubernetes -o json
        kubectl get deploy web -o jsonpath={.spec.replicas}
        kubectl get pods -o jsonpath='{.items[*].metadata.name}'
        kubectl get pods -o jsonpath='{range .items[*]}{.metadata.name}{"\t"}{.spec.nodeName}{"\n"}{end}'
        kubectl get pod nginx -o jsonpath='{.status.podIP}'
        kubectl get services -o yaml
        kubectl get pods -n kube-system -o json
        kubectl get pod nope -o yaml
        """#
        let expected = #"""
        $ kubectl create deployment web --image=nginx --replicas=3
        deployment.apps/web created
        $ kubectl run nginx --image=nginx --port=80
        pod/nginx created
        $ advance 2m
        $ kubectl get pods -l app=web -o name
        pod/web-58958686c9-f2w8n
        pod/web-58958686c9-fnl87
        pod/web-58958686c9-qmfhg
        $ kubectl get pod nginx -o yaml
        apiVersion: v1
        kind: Pod
        metadata:
          creationTimestamp: "2025-03-03T09:00:00Z"
          labels:
            run: nginx
          name: nginx
          namespace: default
          resourceVersion: "1027"
          uid: 930e8897-a5a9-4d5e-895a-1c73202e8cee
        spec:
          containers:
          - image: nginx
            imagePullPolicy: Always
            name: nginx
            ports:
            - containerPort: 80
              protocol: TCP
            resources: {}
            terminationMessagePath: /dev/termination-log
            terminationMessagePolicy: File
            volumeMounts:
            - mountPath: /var/run/secrets/kubernetes.io/serviceaccount
              name: kube-api-access-pkl58
              readOnly: true
          dnsPolicy: ClusterFirst
          enableServiceLinks: true
          nodeName: node-1
          preemptionPolicy: PreemptLowerPriority
          priority: 0
          restartPolicy: Always
          schedulerName: default-scheduler
          securityContext: {}
          serviceAccount: default
          serviceAccountName: default
          terminationGracePeriodSeconds: 30
          tolerations:
          - effect: NoExecute
            key: node.kubernetes.io/not-ready
            operator: Exists
            tolerationSeconds: 300
          - effect: NoExecute
            key: node.kubernetes.io/unreachable
            operator: Exists
            tolerationSeconds: 300
          volumes:
          - name: kube-api-access-pkl58
            projected:
              defaultMode: 420
              sources:
              - serviceAccountToken:
                  expirationSeconds: 3607
                  path: token
              - configMap:
                  items:
                  - key: ca.crt
                    path: ca.crt
                  name: kube-root-ca.crt
              - downwardAPI:
                  items:
                  - fieldRef:
                      apiVersion: v1
                      fieldPath: metadata.namespace
                    path: namespace
        status:
          conditions:
          - lastProbeTime: null
            lastTransitionTime: "2025-03-03T09:00:00Z"
            status: "True"
            type: PodReadyToStartContainers
          - lastProbeTime: null
            lastTransitionTime: "2025-03-03T09:00:00Z"
            status: "True"
            type: Initialized
          - lastProbeTime: null
            lastTransitionTime: "2025-03-03T09:00:02Z"
            status: "True"
            type: Ready
          - lastProbeTime: null
            lastTransitionTime: "2025-03-03T09:00:02Z"
            status: "True"
            type: ContainersReady
          - lastProbeTime: null
            lastTransitionTime: "2025-03-03T09:00:00Z"
            status: "True"
            type: PodScheduled
          containerStatuses:
          - containerID: containerd://be081ea9b0c8133e67f616a72c6571ccd2b25b3dccc5703a73cf775bc79911e8
            image: docker.io/library/nginx:latest
            imageID: docker.io/library/nginx@sha256:e242d01719e64e0a1ab42ac1503064cc2c68647be9353bfe9a5160e5d20a15f0
            lastState: {}
            name: nginx
            ready: true
            restartCount: 0
            started: true
            state:
              running:
                startedAt: "2025-03-03T09:00:02Z"
            volumeMounts:
            - mountPath: /var/run/secrets/kubernetes.io/serviceaccount
              name: kube-api-access-pkl58
              readOnly: true
              recursiveReadOnly: Disabled
          hostIP: 172.18.0.2
          hostIPs:
          - ip: 172.18.0.2
          phase: Running
          podIP: 10.244.1.2
          podIPs:
          - ip: 10.244.1.2
          qosClass: BestEffort
          startTime: "2025-03-03T09:00:00Z"
        $ kubectl get svc kubernetes -o json
        {
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": {
                "creationTimestamp": "2025-03-03T09:00:00Z",
                "labels": {
                    "component": "apiserver",
                    "provider": "kubernetes"
                },
                "name": "kubernetes",
                "namespace": "default",
                "resourceVersion": "198",
                "uid": "e6457ba3-8744-41f1-8aa0-303540c88f14"
            },
            "spec": {
                "clusterIP": "10.96.0.1",
                "clusterIPs": [
                    "10.96.0.1"
                ],
                "internalTrafficPolicy": "Cluster",
                "ipFamilies": [
                    "IPv4"
                ],
                "ipFamilyPolicy": "SingleStack",
                "ports": [
                    {
                        "name": "https",
                        "port": 443,
                        "protocol": "TCP",
                        "targetPort": 6443
                    }
                ],
                "sessionAffinity": "None",
                "type": "ClusterIP"
            },
            "status": {
                "loadBalancer": {}
            }
        }
        $ kubectl get deploy web -o jsonpath={.spec.replicas}
        3$ kubectl get pods -o jsonpath='{.items[*].metadata.name}'
        nginx web-58958686c9-f2w8n web-58958686c9-fnl87 web-58958686c9-qmfhg$ kubectl get pods -o jsonpath='{range .items[*]}{.metadata.name}{"\t"}{.spec.nodeName}{"\n"}{end}'
        nginx	node-1
        web-58958686c9-f2w8n	node-1
        web-58958686c9-fnl87	node-2
        web-58958686c9-qmfhg	node-3
        $ kubectl get pod nginx -o jsonpath='{.status.podIP}'
        10.244.1.2$ kubectl get services -o yaml
        apiVersion: v1
        items:
        - apiVersion: v1
          kind: Service
          metadata:
            creationTimestamp: "2025-03-03T09:00:00Z"
            labels:
              component: apiserver
              provider: kubernetes
            name: kubernetes
            namespace: default
            resourceVersion: "198"
            uid: e6457ba3-8744-41f1-8aa0-303540c88f14
          spec:
            clusterIP: 10.96.0.1
            clusterIPs:
            - 10.96.0.1
            internalTrafficPolicy: Cluster
            ipFamilies:
            - IPv4
            ipFamilyPolicy: SingleStack
            ports:
            - name: https
              port: 443
              protocol: TCP
              targetPort: 6443
            sessionAffinity: None
            type: ClusterIP
          status:
            loadBalancer: {}
        kind: List
        metadata:
          resourceVersion: ""
        $ kubectl get pods -n kube-system -o json
        {
            "apiVersion": "v1",
            "items": [],
            "kind": "List",
            "metadata": {
                "resourceVersion": ""
            }
        }
        $ kubectl get pod nope -o yaml
        Error from server (NotFound): pods "nope" not found
        [exit 1]

        """#
        #expect(Transcript.run(script) == expected)
    }

    /// `--field-selector` per resource, with the server refusals; `--sort-by`.
    @Test func fieldSelectorsAndSorting() {
        let script = #"""
        kubectl create deployment web --image=nginx --replicas=3
        kubectl run nginx --image=nginx --port=80
        advance 2m
        kubectl get pods --field-selector spec.nodeName=node-1
        kubectl get pods -A --field-selector status.phase=Running,metadata.name=nginx -o name
        kubectl get pods --field-selector spec.nodeName!=node-1 -o name
        kubectl get events --field-selector involvedObject.name=nginx
        kubectl get pods --field-selector foo=bar
        kubectl get deploy --field-selector spec.replicas=3
        kubectl get pods --sort-by=.metadata.name -o name
        kubectl get pods --sort-by=.spec.nodeName -o name
        """#
        let expected = #"""
        $ kubectl create deployment web --image=nginx --replicas=3
        deployment.apps/web created
        $ kubectl run nginx --image=nginx --port=80
        pod/nginx created
        $ advance 2m
        $ kubectl get pods --field-selector spec.nodeName=node-1
        NAME                   READY   STATUS    RESTARTS   AGE
        nginx                  1/1     Running   0          2m
        web-58958686c9-f2w8n   1/1     Running   0          2m
        $ kubectl get pods -A --field-selector status.phase=Running,metadata.name=nginx -o name
        pod/nginx
        $ kubectl get pods --field-selector spec.nodeName!=node-1 -o name
        pod/web-58958686c9-fnl87
        pod/web-58958686c9-qmfhg
        $ kubectl get events --field-selector involvedObject.name=nginx
        LAST SEEN   TYPE     REASON      OBJECT      MESSAGE
        2m          Normal   Scheduled   pod/nginx   Successfully assigned default/nginx to node-1
        2m          Normal   Pulling     pod/nginx   Pulling image "nginx"
        117s        Normal   Pulled      pod/nginx   Successfully pulled image "nginx" in 2.418s (2.418s including waiting). Image size: 72188133 bytes.
        117s        Normal   Created     pod/nginx   Created container nginx
        117s        Normal   Started     pod/nginx   Started container nginx
        $ kubectl get pods --field-selector foo=bar
        Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "", field selector "foo=bar": field label not supported: foo
        [exit 1]
        $ kubectl get deploy --field-selector spec.replicas=3
        Error from server (BadRequest): Unable to find "apps/v1, Resource=deployments" that match label selector "", field selector "spec.replicas=3": "spec.replicas" is not a known field selector: only "metadata.name", "metadata.namespace"
        [exit 1]
        $ kubectl get pods --sort-by=.metadata.name -o name
        pod/nginx
        pod/web-58958686c9-f2w8n
        pod/web-58958686c9-fnl87
        pod/web-58958686c9-qmfhg
        $ kubectl get pods --sort-by=.spec.nodeName -o name
        pod/nginx
        pod/web-58958686c9-f2w8n
        pod/web-58958686c9-fnl87
        pod/web-58958686c9-qmfhg

        """#
        #expect(Transcript.run(script) == expected)
    }

    /// `get events` in API order (by event name), and `-o wide`.
    @Test func eventsAreListedByName() {
        let script = #"""
        kubectl create deployment web --image=nginx --replicas=2
        advance 10s
        kubectl get events
        kubectl get events -o wide
        """#
        let expected = #"""
        $ kubectl create deployment web --image=nginx --replicas=2
        deployment.apps/web created
        $ advance 10s
        $ kubectl get events
        LAST SEEN   TYPE     REASON              OBJECT                      MESSAGE
        10s         Normal   Scheduled           pod/web-58958686c9-b8q25    Successfully assigned default/web-58958686c9-b8q25 to node-2
        10s         Normal   Pulling             pod/web-58958686c9-b8q25    Pulling image "nginx"
        7s          Normal   Pulled              pod/web-58958686c9-b8q25    Successfully pulled image "nginx" in 2.418s (2.418s including waiting). Image size: 72188133 bytes.
        7s          Normal   Created             pod/web-58958686c9-b8q25    Created container nginx
        7s          Normal   Started             pod/web-58958686c9-b8q25    Started container nginx
        10s         Normal   Scheduled           pod/web-58958686c9-gjj8h    Successfully assigned default/web-58958686c9-gjj8h to node-1
        10s         Normal   Pulling             pod/web-58958686c9-gjj8h    Pulling image "nginx"
        7s          Normal   Pulled              pod/web-58958686c9-gjj8h    Successfully pulled image "nginx" in 2.418s (2.418s including waiting). Image size: 72188133 bytes.
        7s          Normal   Created             pod/web-58958686c9-gjj8h    Created container nginx
        7s          Normal   Started             pod/web-58958686c9-gjj8h    Started container nginx
        10s         Normal   SuccessfulCreate    replicaset/web-58958686c9   Created pod: web-58958686c9-gjj8h
        10s         Normal   SuccessfulCreate    replicaset/web-58958686c9   Created pod: web-58958686c9-b8q25
        10s         Normal   ScalingReplicaSet   deployment/web              Scaled up replica set web-58958686c9 to 2
        $ kubectl get events -o wide
        LAST SEEN   TYPE     REASON              OBJECT                      SUBOBJECT                SOURCE                  MESSAGE                                                                                               FIRST SEEN   COUNT   NAME
        10s         Normal   Scheduled           pod/web-58958686c9-b8q25                             default-scheduler       Successfully assigned default/web-58958686c9-b8q25 to node-2                                          10s          1       web-58958686c9-b8q25.18293f5d16a7a004
        10s         Normal   Pulling             pod/web-58958686c9-b8q25    spec.containers{nginx}   kubelet, node-2         Pulling image "nginx"                                                                                 10s          1       web-58958686c9-b8q25.18293f5d16a7a006
        7s          Normal   Pulled              pod/web-58958686c9-b8q25    spec.containers{nginx}   kubelet, node-2         Successfully pulled image "nginx" in 2.418s (2.418s including waiting). Image size: 72188133 bytes.   7s           1       web-58958686c9-b8q25.18293f5da6c7608a
        7s          Normal   Created             pod/web-58958686c9-b8q25    spec.containers{nginx}   kubelet, node-2         Created container nginx                                                                               7s           1       web-58958686c9-b8q25.18293f5da6c7608b
        7s          Normal   Started             pod/web-58958686c9-b8q25    spec.containers{nginx}   kubelet, node-2         Started container nginx                                                                               7s           1       web-58958686c9-b8q25.18293f5da6c7608c
        10s         Normal   Scheduled           pod/web-58958686c9-gjj8h                             default-scheduler       Successfully assigned default/web-58958686c9-gjj8h to node-1                                          10s          1       web-58958686c9-gjj8h.18293f5d16a7a003
        10s         Normal   Pulling             pod/web-58958686c9-gjj8h    spec.containers{nginx}   kubelet, node-1         Pulling image "nginx"                                                                                 10s          1       web-58958686c9-gjj8h.18293f5d16a7a005
        7s          Normal   Pulled              pod/web-58958686c9-gjj8h    spec.containers{nginx}   kubelet, node-1         Successfully pulled image "nginx" in 2.418s (2.418s including waiting). Image size: 72188133 bytes.   7s           1       web-58958686c9-gjj8h.18293f5da6c76087
        7s          Normal   Created             pod/web-58958686c9-gjj8h    spec.containers{nginx}   kubelet, node-1         Created container nginx                                                                               7s           1       web-58958686c9-gjj8h.18293f5da6c76088
        7s          Normal   Started             pod/web-58958686c9-gjj8h    spec.containers{nginx}   kubelet, node-1         Started container nginx                                                                               7s           1       web-58958686c9-gjj8h.18293f5da6c76089
        10s         Normal   SuccessfulCreate    replicaset/web-58958686c9                            replicaset-controller   Created pod: web-58958686c9-gjj8h                                                                     10s          1       web-58958686c9.18293f5d16a7a001
        10s         Normal   SuccessfulCreate    replicaset/web-58958686c9                            replicaset-controller   Created pod: web-58958686c9-b8q25                                                                     10s          1       web-58958686c9.18293f5d16a7a002
        10s         Normal   ScalingReplicaSet   deployment/web                                       deployment-controller   Scaled up replica set web-58958686c9 to 2                                                             10s          1       web.18293f5d16a7a000

        """#
        #expect(Transcript.run(script) == expected)
    }
}
