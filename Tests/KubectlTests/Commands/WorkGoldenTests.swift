import Testing
@testable import Kubectl

/// label/annotate, cordon/uncordon/drain, logs and exec, as golden transcripts (REFERENCE §6.2, §8.4).
@Suite struct WorkGoldenTests {
    /// Add, keep, refuse without `--overwrite`, overwrite, remove; annotations alike.
    @Test func labelsAndAnnotations() {
        let script = #"""
        kubectl run nginx --image=nginx
        kubectl create deployment web --image=nginx
        kubectl label pod nginx env=prod
        kubectl label pod nginx env=prod
        kubectl label pod nginx env=dev
        kubectl label pod nginx env=dev --overwrite
        kubectl label pod nginx env-
        kubectl label pod nginx tier=db team=core
        kubectl label pods --all tier=web --overwrite
        kubectl label pod nginx 'bad key=x'
        kubectl get pods --show-labels
        kubectl annotate deployment web kubernetes.io/change-cause="first release"
        kubectl annotate deployment web kubernetes.io/change-cause="second release"
        kubectl annotate deployment web kubernetes.io/change-cause-
        kubectl annotate pod nginx note=x --dry-run=client -o yaml
        kubectl label node node-1 disktype=ssd
        kubectl get nodes -L disktype
        """#
        let expected = #"""
        $ kubectl run nginx --image=nginx
        pod/nginx created
        $ kubectl create deployment web --image=nginx
        deployment.apps/web created
        $ kubectl label pod nginx env=prod
        pod/nginx labeled
        $ kubectl label pod nginx env=prod
        pod/nginx not labeled
        $ kubectl label pod nginx env=dev
        error: 'env' already has a value (prod), and --overwrite is false
        [exit 1]
        $ kubectl label pod nginx env=dev --overwrite
        pod/nginx labeled
        $ kubectl label pod nginx env-
        pod/nginx unlabeled
        $ kubectl label pod nginx tier=db team=core
        pod/nginx labeled
        $ kubectl label pods --all tier=web --overwrite
        pod/nginx labeled
        $ kubectl label pod nginx 'bad key=x'
        The Pod "nginx" is invalid: metadata.labels: Invalid value: "bad key": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')
        [exit 1]
        $ kubectl get pods --show-labels
        NAME    READY   STATUS    RESTARTS   AGE   LABELS
        nginx   0/1     Pending   0          0s    run=nginx,team=core,tier=web
        $ kubectl annotate deployment web kubernetes.io/change-cause="first release"
        deployment.apps/web annotated
        $ kubectl annotate deployment web kubernetes.io/change-cause="second release"
        error: 'kubernetes.io/change-cause' already has a value (first release), and --overwrite is false
        [exit 1]
        $ kubectl annotate deployment web kubernetes.io/change-cause-
        deployment.apps/web unannotated
        $ kubectl annotate pod nginx note=x --dry-run=client -o yaml
        apiVersion: v1
        kind: Pod
        metadata:
          annotations:
            note: x
          creationTimestamp: "2025-03-03T09:00:00Z"
          labels:
            run: nginx
            team: core
            tier: web
          name: nginx
          namespace: default
          resourceVersion: "1014"
          uid: 519f17a0-c0be-4ae0-8713-34aecb1756a3
        spec:
          containers:
          - image: nginx
            imagePullPolicy: Always
            name: nginx
            resources: {}
            terminationMessagePath: /dev/termination-log
            terminationMessagePolicy: File
            volumeMounts:
            - mountPath: /var/run/secrets/kubernetes.io/serviceaccount
              name: kube-api-access-rtn2k
              readOnly: true
          dnsPolicy: ClusterFirst
          enableServiceLinks: true
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
          - name: kube-api-access-rtn2k
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
          phase: Pending
          qosClass: BestEffort
        $ kubectl label node node-1 disktype=ssd
        node/node-1 labeled
        $ kubectl get nodes -L disktype
        NAME     STATUS   ROLES    AGE   VERSION   DISKTYPE
        node-1   Ready    <none>   0s    v1.32.0   ssd
        node-2   Ready    <none>   0s    v1.32.0   
        node-3   Ready    <none>   0s    v1.32.0   

        """#
        #expect(Transcript.run(script) == expected)
    }

    /// Cordon marks the node and taints it; drain evicts what it may and refuses the rest.
    @Test func cordonUncordonAndDrain() {
        let script = #"""
        file shared.yaml <<EOF
        apiVersion: v1
        kind: Pod
        metadata:
          name: shared
        spec:
          nodeSelector:
            kubernetes.io/hostname: node-1
          volumes:
          - name: data
            emptyDir: {}
          containers:
          - name: writer
            image: busybox
            command: ["sh", "-c", "echo hello from writer > /data/greeting; echo started; sleep 3600"]
            env:
            - name: GREETING
              value: hi
            volumeMounts:
            - name: data
              mountPath: /data
          - name: web
            image: nginx
            volumeMounts:
            - name: data
              mountPath: /usr/share/nginx/html
        EOF
        file app.yaml <<EOF
        apiVersion: v1
        kind: Pod
        metadata:
          name: app
        spec:
          containers:
          - name: app
            image: my-app:v1
          - name: sidecar
            image: busybox
            command: ["sh", "-c", "while true; do wget -qO- localhost:8080; sleep 5; done"]
        EOF
        kubectl create deployment web --image=nginx --replicas=3
        kubectl run solo --image=nginx
        kubectl apply -f shared.yaml
        advance 30s
        kubectl get pods -o wide
        kubectl cordon node-1
        kubectl cordon node-1
        kubectl get nodes
        kubectl get node node-1 -o jsonpath='{.spec.unschedulable} {.spec.taints[0].key}:{.spec.taints[0].effect}'
        kubectl drain node-1
        kubectl drain node-1 --ignore-daemonsets --delete-emptydir-data
        kubectl drain node-1 --ignore-daemonsets --delete-emptydir-data --force
        kubectl drain node-2 --dry-run=client
        kubectl uncordon node-1
        kubectl uncordon node-1
        kubectl get nodes
        """#
        let expected = #"""
        $ kubectl create deployment web --image=nginx --replicas=3
        deployment.apps/web created
        $ kubectl run solo --image=nginx
        pod/solo created
        $ kubectl apply -f shared.yaml
        pod/shared created
        $ advance 30s
        $ kubectl get pods -o wide
        NAME                   READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES
        shared                 2/2     Running   0          30s   10.244.1.3   node-1   <none>           <none>
        solo                   1/1     Running   0          30s   10.244.1.2   node-1   <none>           <none>
        web-58958686c9-d622x   1/1     Running   0          30s   10.244.3.2   node-3   <none>           <none>
        web-58958686c9-jhw5h   1/1     Running   0          30s   10.244.1.4   node-1   <none>           <none>
        web-58958686c9-r2gwh   1/1     Running   0          30s   10.244.2.2   node-2   <none>           <none>
        $ kubectl cordon node-1
        node/node-1 cordoned
        $ kubectl cordon node-1
        node/node-1 already cordoned
        $ kubectl get nodes
        NAME     STATUS                     ROLES    AGE   VERSION
        node-1   Ready,SchedulingDisabled   <none>   30s   v1.32.0
        node-2   Ready                      <none>   30s   v1.32.0
        node-3   Ready                      <none>   30s   v1.32.0
        $ kubectl get node node-1 -o jsonpath='{.spec.unschedulable} {.spec.taints[0].key}:{.spec.taints[0].effect}'
        true node.kubernetes.io/unschedulable:NoSchedule$ kubectl drain node-1
        node/node-1 already cordoned
        error: unable to drain node "node-1" due to error: [cannot delete Pods with local storage (use --delete-emptydir-data to override): default/shared, cannot delete cannot delete Pods that declare no controller (use --force to override): default/solo], continuing command...
        There are pending nodes to be drained:
         node-1
        cannot delete Pods with local storage (use --delete-emptydir-data to override): default/shared
        cannot delete cannot delete Pods that declare no controller (use --force to override): default/solo
        [exit 1]
        $ kubectl drain node-1 --ignore-daemonsets --delete-emptydir-data
        node/node-1 already cordoned
        error: unable to drain node "node-1" due to error: cannot delete cannot delete Pods that declare no controller (use --force to override): default/shared, default/solo, continuing command...
        There are pending nodes to be drained:
         node-1
        cannot delete cannot delete Pods that declare no controller (use --force to override): default/shared, default/solo
        [exit 1]
        $ kubectl drain node-1 --ignore-daemonsets --delete-emptydir-data --force
        node/node-1 already cordoned
        evicting pod default/shared
        evicting pod default/solo
        evicting pod default/web-58958686c9-jhw5h
        pod/shared evicted
        pod/solo evicted
        pod/web-58958686c9-jhw5h evicted
        node/node-1 drained
        Warning: deleting Pods that declare no controller: default/shared, default/solo
        $ kubectl drain node-2 --dry-run=client
        node/node-2 cordoned (dry run)
        evicting pod default/web-58958686c9-r2gwh (dry run)
        node/node-2 drained (dry run)
        $ kubectl uncordon node-1
        node/node-1 uncordoned
        $ kubectl uncordon node-1
        node/node-1 already uncordoned
        $ kubectl get nodes
        NAME     STATUS   ROLES    AGE   VERSION
        node-1   Ready    <none>   30s   v1.32.0
        node-2   Ready    <none>   30s   v1.32.0
        node-3   Ready    <none>   30s   v1.32.0

        """#
        #expect(Transcript.run(script) == expected)
    }

    /// What containers print, and commands run inside them over the shared network and volumes.
    @Test func logsAndExec() {
        let script = #"""
        file shared.yaml <<EOF
        apiVersion: v1
        kind: Pod
        metadata:
          name: shared
        spec:
          volumes:
          - name: data
            emptyDir: {}
          containers:
          - name: writer
            image: busybox
            command: ["sh", "-c", "echo hello from writer > /data/greeting; echo started; sleep 3600"]
            env:
            - name: GREETING
              value: hi
            volumeMounts:
            - name: data
              mountPath: /data
          - name: web
            image: nginx
            volumeMounts:
            - name: data
              mountPath: /usr/share/nginx/html
        EOF
        file app.yaml <<EOF
        apiVersion: v1
        kind: Pod
        metadata:
          name: app
        spec:
          containers:
          - name: app
            image: my-app:v1
          - name: sidecar
            image: busybox
            command: ["sh", "-c", "while true; do wget -qO- localhost:8080; sleep 5; done"]
        EOF
        kubectl run nginx --image=nginx
        kubectl logs nginx
        kubectl apply -f shared.yaml
        kubectl apply -f app.yaml
        kubectl run broken --image=nginx:nope
        advance 30s
        kubectl logs nginx
        kubectl logs nginx --tail=0
        kubectl logs nginx --tail=2 --timestamps
        kubectl logs shared
        kubectl logs shared -c web
        kubectl logs shared -c nope
        kubectl logs nginx --previous
        kubectl logs deployment/nope
        kubectl logs broken
        kubectl logs -l run=nginx --prefix
        kubectl exec nginx -- hostname
        kubectl exec nginx -- curl -s localhost
        kubectl exec nginx -- curl -s localhost:8080
        kubectl exec nginx -- curl -sS localhost:8080
        kubectl exec app -c sidecar -- wget -qO- localhost:8080
        kubectl exec app -c sidecar -- curl -s http://localhost:8080/
        kubectl exec shared -c web -- cat /usr/share/nginx/html/greeting
        kubectl exec shared -c writer -- sh -c 'echo second > /data/two && ls /data'
        kubectl exec shared -c web -- ls /usr/share/nginx/html
        kubectl exec shared -c web -- curl -s localhost/greeting
        kubectl exec shared -c web -- curl -s localhost
        kubectl exec shared -- env
        kubectl exec shared -c writer -- ps
        kubectl exec shared -c writer -- cat /data/nope
        kubectl exec shared -c nope -- ls
        kubectl exec nginx -- nosuchprogram
        kubectl exec nginx -- sh
        kubectl exec -it nginx -- sh
        """#
        let expected = #"""
        $ kubectl run nginx --image=nginx
        pod/nginx created
        $ kubectl logs nginx
        $ kubectl apply -f shared.yaml
        pod/shared created
        $ kubectl apply -f app.yaml
        pod/app created
        $ kubectl run broken --image=nginx:nope
        pod/broken created
        $ advance 30s
        $ kubectl logs nginx
        /docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration
        /docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/
        /docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh
        10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf
        10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf
        /docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh
        /docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh
        /docker-entrypoint.sh: Configuration complete; ready for start up
        $ kubectl logs nginx --tail=0
        $ kubectl logs nginx --tail=2 --timestamps
        2025-03-03T09:00:02.418Z /docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh
        2025-03-03T09:00:02.418Z /docker-entrypoint.sh: Configuration complete; ready for start up
        $ kubectl logs shared
        started
        Defaulted container "writer" out of: writer, web
        $ kubectl logs shared -c web
        /docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration
        /docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/
        /docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh
        10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf
        10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf
        /docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh
        /docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh
        /docker-entrypoint.sh: Configuration complete; ready for start up
        $ kubectl logs shared -c nope
        Error from server (BadRequest): container nope is not valid for pod shared
        [exit 1]
        $ kubectl logs nginx --previous
        Error from server (BadRequest): previous terminated container "nginx" in pod "nginx" not found
        [exit 1]
        $ kubectl logs deployment/nope
        Error from server (NotFound): deployments.apps "nope" not found
        [exit 1]
        $ kubectl logs broken
        Error from server (BadRequest): container "broken" in pod "broken" is waiting to start: trying and failing to pull image
        [exit 1]
        $ kubectl logs -l run=nginx --prefix
        [pod/nginx/nginx] /docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration
        [pod/nginx/nginx] /docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/
        [pod/nginx/nginx] /docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh
        [pod/nginx/nginx] 10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf
        [pod/nginx/nginx] 10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf
        [pod/nginx/nginx] /docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh
        [pod/nginx/nginx] /docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh
        [pod/nginx/nginx] /docker-entrypoint.sh: Configuration complete; ready for start up
        $ kubectl exec nginx -- hostname
        nginx
        $ kubectl exec nginx -- curl -s localhost
        <!DOCTYPE html>
        <html>
        <head>
        <title>Welcome to nginx!</title>
        <style>
        html { color-scheme: light dark; }
        body { width: 35em; margin: 0 auto;
        font-family: Tahoma, Verdana, Arial, sans-serif; }
        </style>
        </head>
        <body>
        <h1>Welcome to nginx!</h1>
        <p>If you see this page, the nginx web server is successfully installed and
        working. Further configuration is required.</p>

        <p>For online documentation and support please refer to
        <a href="http://nginx.org/">nginx.org</a>.<br/>
        Commercial support is available at
        <a href="http://nginx.com/">nginx.com</a>.</p>

        <p><em>Thank you for using nginx.</em></p>
        </body>
        </html>
        $ kubectl exec nginx -- curl -s localhost:8080
        command terminated with exit code 7
        [exit 7]
        $ kubectl exec nginx -- curl -sS localhost:8080
        curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server
        command terminated with exit code 7
        [exit 7]
        $ kubectl exec app -c sidecar -- wget -qO- localhost:8080
        Hello from my-app v1 (pod app)
        $ kubectl exec app -c sidecar -- curl -s http://localhost:8080/
        Hello from my-app v1 (pod app)
        $ kubectl exec shared -c web -- cat /usr/share/nginx/html/greeting
        hello from writer
        $ kubectl exec shared -c writer -- sh -c 'echo second > /data/two && ls /data'
        greeting
        two
        $ kubectl exec shared -c web -- ls /usr/share/nginx/html
        greeting
        two
        $ kubectl exec shared -c web -- curl -s localhost/greeting
        hello from writer
        $ kubectl exec shared -c web -- curl -s localhost
        <html>
        <head><title>403 Forbidden</title></head>
        <body>
        <center><h1>403 Forbidden</h1></center>
        <hr><center>nginx/1.27.4</center>
        </body>
        </html>
        $ kubectl exec shared -- env
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
        HOSTNAME=shared
        GREETING=hi
        KUBERNETES_SERVICE_PORT=443
        KUBERNETES_SERVICE_PORT_HTTPS=443
        KUBERNETES_PORT=tcp://10.96.0.1:443
        KUBERNETES_PORT_443_TCP=tcp://10.96.0.1:443
        KUBERNETES_PORT_443_TCP_PROTO=tcp
        KUBERNETES_PORT_443_TCP_PORT=443
        KUBERNETES_PORT_443_TCP_ADDR=10.96.0.1
        KUBERNETES_SERVICE_HOST=10.96.0.1
        HOME=/root
        Defaulted container "writer" out of: writer, web
        $ kubectl exec shared -c writer -- ps
        PID   USER     TIME  COMMAND
            1 root      0:00 sh -c echo hello from writer > /data/greeting; echo started; sleep 3600
            7 root      0:00 ps
        $ kubectl exec shared -c writer -- cat /data/nope
        cat: can't open '/data/nope': No such file or directory
        command terminated with exit code 1
        [exit 1]
        $ kubectl exec shared -c nope -- ls
        error: container nope not found in pod shared
        [exit 1]
        $ kubectl exec nginx -- nosuchprogram
        error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "cb44cd8544643bbee74b433b87c404945150fc09c600b902c941ea6fee6505b8": OCI runtime exec failed: exec failed: unable to start container process: exec: "nosuchprogram": executable file not found in $PATH: unknown
        [exit 1]
        $ kubectl exec nginx -- sh
        $ kubectl exec -it nginx -- sh
        error: kubetutor cannot attach a terminal to a container; run single commands instead, for example: kubectl exec nginx -- sh -c 'ls /'
        [exit 1]

        """#
        #expect(Transcript.run(script) == expected)
    }
}
