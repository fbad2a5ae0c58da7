import Testing
@testable import Kubectl

/// `kubectl describe` layouts (REFERENCE §8.6; `KC/pkg/describe/describe.go`), as golden transcripts.
@Suite struct DescribeGoldenTests {
    /// A Deployment, its ReplicaSet and one of its pods, with their events.
    @Test func deploymentReplicaSetAndRunningPod() {
        let script = #"""
        kubectl create deployment web --image=nginx --replicas=1 --port=80
        advance 90s
        kubectl describe deployment web
        kubectl describe rs
        kubectl describe pod web
        """#
        let expected = #"""
        $ kubectl create deployment web --image=nginx --replicas=1 --port=80
        deployment.apps/web created
        $ advance 90s
        $ kubectl describe deployment web
        Name:                   web
        Namespace:              default
        CreationTimestamp:      Mon, 03 Mar 2025 09:00:00 +0000
        Labels:                 app=web
        Annotations:            deployment.kubernetes.io/revision: 1
        Selector:               app=web
        Replicas:               1 desired | 1 updated | 1 total | 1 available | 0 unavailable
        StrategyType:           RollingUpdate
        MinReadySeconds:        0
        RollingUpdateStrategy:  25% max unavailable, 25% max surge
        Pod Template:
          Labels:  app=web
          Containers:
           nginx:
            Image:         nginx
            Port:          80/TCP
            Host Port:     0/TCP
            Environment:   <none>
            Mounts:        <none>
          Volumes:         <none>
          Node-Selectors:  <none>
          Tolerations:     <none>
        Conditions:
          Type           Status  Reason
          ----           ------  ------
          Available      True    MinimumReplicasAvailable
          Progressing    True    NewReplicaSetAvailable
        OldReplicaSets:  <none>
        NewReplicaSet:   web-54cb8b994c (1/1 replicas created)
        Events:
          Type    Reason             Age   From                   Message
          ----    ------             ----  ----                   -------
          Normal  ScalingReplicaSet  90s   deployment-controller  Scaled up replica set web-54cb8b994c to 1
        $ kubectl describe rs
        Name:           web-54cb8b994c
        Namespace:      default
        Selector:       app=web,pod-template-hash=54cb8b994c
        Labels:         app=web
                        pod-template-hash=54cb8b994c
        Annotations:    deployment.kubernetes.io/desired-replicas: 1
                        deployment.kubernetes.io/max-replicas: 2
                        deployment.kubernetes.io/revision: 1
        Controlled By:  Deployment/web
        Replicas:       1 current / 1 desired
        Pods Status:    1 Running / 0 Waiting / 0 Succeeded / 0 Failed
        Pod Template:
          Labels:  app=web
                   pod-template-hash=54cb8b994c
          Containers:
           nginx:
            Image:         nginx
            Port:          80/TCP
            Host Port:     0/TCP
            Environment:   <none>
            Mounts:        <none>
          Volumes:         <none>
          Node-Selectors:  <none>
          Tolerations:     <none>
        Events:
          Type    Reason            Age   From                   Message
          ----    ------            ----  ----                   -------
          Normal  SuccessfulCreate  90s   replicaset-controller  Created pod: web-54cb8b994c-gjj8h
        $ kubectl describe pod web
        Name:             web-54cb8b994c-gjj8h
        Namespace:        default
        Priority:         0
        Service Account:  default
        Node:             node-1/172.18.0.2
        Start Time:       Mon, 03 Mar 2025 09:00:00 +0000
        Labels:           app=web
                          pod-template-hash=54cb8b994c
        Annotations:      <none>
        Status:           Running
        IP:               10.244.1.2
        IPs:
          IP:           10.244.1.2
        Controlled By:  ReplicaSet/web-54cb8b994c
        Containers:
          nginx:
            Container ID:   containerd://6b8b18c432f833a5c2b91bf25a66ca036fd0306047bbf97946e988ae2ea1f5f7
            Image:          nginx
            Image ID:       docker.io/library/nginx@sha256:e242d01719e64e0a1ab42ac1503064cc2c68647be9353bfe9a5160e5d20a15f0
            Port:           80/TCP
            Host Port:      0/TCP
            State:          Running
              Started:      Mon, 03 Mar 2025 09:00:02 +0000
            Ready:          True
            Restart Count:  0
            Environment:    <none>
            Mounts:
              /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-d7hh8 (ro)
        Conditions:
          Type                        Status
          PodReadyToStartContainers   True 
          Initialized                 True 
          Ready                       True 
          ContainersReady             True 
          PodScheduled                True 
        Volumes:
          kube-api-access-d7hh8:
            Type:                    Projected (a volume that contains injected data from multiple sources)
            TokenExpirationSeconds:  3607
            ConfigMapName:           kube-root-ca.crt
            Optional:                false
            DownwardAPI:             true
        QoS Class:                   BestEffort
        Node-Selectors:              <none>
        Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                                     node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
        Events:
          Type    Reason     Age   From               Message
          ----    ------     ----  ----               -------
          Normal  Scheduled  90s   default-scheduler  Successfully assigned default/web-54cb8b994c-gjj8h to node-1
          Normal  Pulling    90s   kubelet            Pulling image "nginx"
          Normal  Pulled     87s   kubelet            Successfully pulled image "nginx" in 2.418s (2.418s including waiting). Image size: 72188133 bytes.
          Normal  Created    87s   kubelet            Created container nginx
          Normal  Started    87s   kubelet            Started container nginx

        """#
        #expect(Transcript.run(script) == expected)
    }

    /// A pod no node can take, one whose image does not exist, one being deleted.
    @Test func pendingFailingAndTerminatingPods() {
        let script = #"""
        file big.yaml <<EOF
        apiVersion: v1
        kind: Pod
        metadata:
          name: big
          labels:
            app: big
          annotations:
            team: platform
        spec:
          nodeSelector:
            disktype: ssd
          tolerations:
          - key: dedicated
            operator: Equal
            value: batch
            effect: NoSchedule
          containers:
          - name: app
            image: my-app:v1
            ports:
            - containerPort: 8080
            - containerPort: 9090
            env:
            - name: MODE
              value: production
            resources:
              requests:
                cpu: 500m
                memory: 64Mi
              limits:
                cpu: "1"
                memory: 128Mi
            readinessProbe:
              httpGet:
                path: /ready
                port: 8080
            livenessProbe:
              tcpSocket:
                port: 8080
              initialDelaySeconds: 5
        EOF
        kubectl apply -f big.yaml
        kubectl run broken --image=nginx:nope
        kubectl run nginx --image=nginx
        advance 30s
        kubectl delete pod nginx
        kubectl describe pod big
        kubectl describe pod broken
        kubectl describe pod nginx
        """#
        let expected = #"""
        $ kubectl apply -f big.yaml
        pod/big created
        $ kubectl run broken --image=nginx:nope
        pod/broken created
        $ kubectl run nginx --image=nginx
        pod/nginx created
        $ advance 30s
        $ kubectl delete pod nginx
        pod "nginx" deleted
        $ kubectl describe pod big
        Name:             big
        Namespace:        default
        Priority:         0
        Service Account:  default
        Node:             <none>
        Labels:           app=big
        Annotations:      team: platform
        Status:           Pending
        IP:               
        IPs:              <none>
        Containers:
          app:
            Image:       my-app:v1
            Ports:       8080/TCP, 9090/TCP
            Host Ports:  0/TCP, 0/TCP
            Limits:
              cpu:     1
              memory:  128Mi
            Requests:
              cpu:      500m
              memory:   64Mi
            Liveness:   tcp-socket :8080 delay=5s timeout=1s period=10s #success=1 #failure=3
            Readiness:  http-get http://:8080/ready delay=0s timeout=1s period=10s #success=1 #failure=3
            Environment:
              MODE:  production
            Mounts:
              /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-rtn2k (ro)
        Conditions:
          Type           Status
          PodScheduled   False 
        Volumes:
          kube-api-access-rtn2k:
            Type:                    Projected (a volume that contains injected data from multiple sources)
            TokenExpirationSeconds:  3607
            ConfigMapName:           kube-root-ca.crt
            Optional:                false
            DownwardAPI:             true
        QoS Class:                   Burstable
        Node-Selectors:              disktype=ssd
        Tolerations:                 dedicated=batch:NoSchedule
                                     node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                                     node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
        Events:
          Type     Reason            Age   From               Message
          ----     ------            ----  ----               -------
          Warning  FailedScheduling  30s   default-scheduler  0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.
        $ kubectl describe pod broken
        Name:             broken
        Namespace:        default
        Priority:         0
        Service Account:  default
        Node:             node-1/172.18.0.2
        Start Time:       Mon, 03 Mar 2025 09:00:00 +0000
        Labels:           run=broken
        Annotations:      <none>
        Status:           Pending
        IP:               10.244.1.2
        IPs:
          IP:  10.244.1.2
        Containers:
          broken:
            Container ID:   
            Image:          nginx:nope
            Image ID:       
            Port:           <none>
            Host Port:      <none>
            State:          Waiting
              Reason:       ImagePullBackOff
            Ready:          False
            Restart Count:  0
            Environment:    <none>
            Mounts:
              /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-pkl58 (ro)
        Conditions:
          Type                        Status
          PodReadyToStartContainers   True 
          Initialized                 True 
          Ready                       False 
          ContainersReady             False 
          PodScheduled                True 
        Volumes:
          kube-api-access-pkl58:
            Type:                    Projected (a volume that contains injected data from multiple sources)
            TokenExpirationSeconds:  3607
            ConfigMapName:           kube-root-ca.crt
            Optional:                false
            DownwardAPI:             true
        QoS Class:                   BestEffort
        Node-Selectors:              <none>
        Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                                     node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
        Events:
          Type     Reason     Age                From               Message
          ----     ------     ----               ----               -------
          Normal   Scheduled  30s                default-scheduler  Successfully assigned default/broken to node-1
          Normal   Pulling    19s (x2 over 30s)  kubelet            Pulling image "nginx:nope"
          Warning  Failed     18s (x2 over 29s)  kubelet            Failed to pull image "nginx:nope": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:nope": failed to resolve reference "docker.io/library/nginx:nope": docker.io/library/nginx:nope: not found
          Warning  Failed     18s (x2 over 29s)  kubelet            Error: ErrImagePull
          Normal   BackOff    17s (x2 over 28s)  kubelet            Back-off pulling image "nginx:nope"
          Warning  Failed     17s (x2 over 28s)  kubelet            Error: ImagePullBackOff
        $ kubectl describe pod nginx
        Name:                      nginx
        Namespace:                 default
        Priority:                  0
        Service Account:           default
        Node:                      node-2/172.18.0.3
        Start Time:                Mon, 03 Mar 2025 09:00:00 +0000
        Labels:                    run=nginx
        Annotations:               <none>
        Status:                    Terminating (lasts <invalid>)
        Termination Grace Period:  30s
        IP:                        10.244.2.2
        IPs:
          IP:  10.244.2.2
        Containers:
          nginx:
            Container ID:   containerd://9dbdc5f222be6803d1bdea6070f7c779300ed2ae345573f7368556bc72e75c4d
            Image:          nginx
            Image ID:       docker.io/library/nginx@sha256:e242d01719e64e0a1ab42ac1503064cc2c68647be9353bfe9a5160e5d20a15f0
            Port:           <none>
            Host Port:      <none>
            State:          Running
              Started:      Mon, 03 Mar 2025 09:00:02 +0000
            Ready:          True
            Restart Count:  0
            Environment:    <none>
            Mounts:
              /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-fcnqr (ro)
        Conditions:
          Type                        Status
          PodReadyToStartContainers   True 
          Initialized                 True 
          Ready                       True 
          ContainersReady             True 
          PodScheduled                True 
        Volumes:
          kube-api-access-fcnqr:
            Type:                    Projected (a volume that contains injected data from multiple sources)
            TokenExpirationSeconds:  3607
            ConfigMapName:           kube-root-ca.crt
            Optional:                false
            DownwardAPI:             true
        QoS Class:                   BestEffort
        Node-Selectors:              <none>
        Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                                     node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
        Events:
          Type    Reason     Age   From               Message
          ----    ------     ----  ----               -------
          Normal  Scheduled  30s   default-scheduler  Successfully assigned default/nginx to node-2
          Normal  Pulling    30s   kubelet            Pulling image "nginx"
          Normal  Pulled     27s   kubelet            Successfully pulled image "nginx" in 2.418s (2.418s including waiting). Image size: 72188133 bytes.
          Normal  Created    27s   kubelet            Created container nginx
          Normal  Started    27s   kubelet            Started container nginx

        """#
        #expect(Transcript.run(script) == expected)
    }

    /// A node with pods and a cordon, a namespace, the kubernetes Service.
    @Test func nodesNamespacesAndServices() {
        let script = #"""
        kubectl run nginx --image=nginx
        advance 1m
        kubectl cordon node-1
        kubectl describe node node-1
        kubectl describe ns default
        kubectl describe namespaces kube-public
        kubectl describe svc kubernetes
        """#
        let expected = #"""
        $ kubectl run nginx --image=nginx
        pod/nginx created
        $ advance 1m
        $ kubectl cordon node-1
        node/node-1 cordoned
        $ kubectl describe node node-1
        Name:               node-1
        Roles:              <none>
        Labels:             beta.kubernetes.io/arch=amd64
                            beta.kubernetes.io/os=linux
                            kubernetes.io/arch=amd64
                            kubernetes.io/hostname=node-1
                            kubernetes.io/os=linux
        Annotations:        <none>
        CreationTimestamp:  Mon, 03 Mar 2025 09:00:00 +0000
        Taints:             node.kubernetes.io/unschedulable:NoSchedule
        Unschedulable:      true
        Lease:
          HolderIdentity:  node-1
          AcquireTime:     <unset>
          RenewTime:       Mon, 03 Mar 2025 09:01:00 +0000
        Conditions:
          Type             Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message
          ----             ------  -----------------                 ------------------                ------                       -------
          MemoryPressure   False   Mon, 03 Mar 2025 09:00:00 +0000   Mon, 03 Mar 2025 09:00:00 +0000   KubeletHasSufficientMemory   kubelet has sufficient memory available
          DiskPressure     False   Mon, 03 Mar 2025 09:00:00 +0000   Mon, 03 Mar 2025 09:00:00 +0000   KubeletHasNoDiskPressure     kubelet has no disk pressure
          PIDPressure      False   Mon, 03 Mar 2025 09:00:00 +0000   Mon, 03 Mar 2025 09:00:00 +0000   KubeletHasSufficientPID      kubelet has sufficient PID available
          Ready            True    Mon, 03 Mar 2025 09:00:00 +0000   Mon, 03 Mar 2025 09:00:00 +0000   KubeletReady                 kubelet is posting ready status
        Addresses:
          InternalIP:  172.18.0.2
          Hostname:    node-1
        Capacity:
          cpu:     4
          memory:  8Gi
          pods:    110
        Allocatable:
          cpu:     4
          memory:  8Gi
          pods:    110
        System Info:
          Machine ID:                 c18bfcf8870f6de92ba47fead5f6e1db
          System UUID:                93875984-1a19-4197-8198-904aa54e77b5
          Boot ID:                    f650e197-2745-4744-8a06-476958f66fd6
          Kernel Version:             6.1.0-31-amd64
          OS Image:                   Debian GNU/Linux 12 (bookworm)
          Operating System:           linux
          Architecture:               amd64
          Container Runtime Version:  containerd://1.7.24
          Kubelet Version:            v1.32.0
          Kube-Proxy Version:         v1.32.0
        PodCIDR:                      10.244.1.0/24
        PodCIDRs:                     10.244.1.0/24
        ProviderID:                   kind://docker/kubetutor/node-1
        Non-terminated Pods:          (1 in total)
          Namespace                   Name     CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age
          ---------                   ----     ------------  ----------  ---------------  -------------  ---
          default                     nginx    0 (0%)        0 (0%)      0 (0%)           0 (0%)         60s
        Allocated resources:
          (Total limits may be over 100 percent, i.e., overcommitted.)
          Resource           Requests  Limits
          --------           --------  ------
          cpu                0 (0%)    0 (0%)
          memory             0 (0%)    0 (0%)
          ephemeral-storage  0 (0%)    0 (0%)
        Events:              <none>
        $ kubectl describe ns default
        Name:         default
        Labels:       kubernetes.io/metadata.name=default
        Annotations:  <none>
        Status:       Active

        No resource quota.

        No LimitRange resource.
        $ kubectl describe namespaces kube-public
        Name:         kube-public
        Labels:       kubernetes.io/metadata.name=kube-public
        Annotations:  <none>
        Status:       Active

        No resource quota.

        No LimitRange resource.
        $ kubectl describe svc kubernetes
        Name:                     kubernetes
        Namespace:                default
        Labels:                   component=apiserver
                                  provider=kubernetes
        Annotations:              <none>
        Selector:                 <none>
        Type:                     ClusterIP
        IP Family Policy:         SingleStack
        IP Families:              IPv4
        IP:                       10.96.0.1
        IPs:                      10.96.0.1
        Port:                     https  443/TCP
        TargetPort:               6443/TCP
        Endpoints:                172.18.0.1:6443
        Session Affinity:         None
        Internal Traffic Policy:  Cluster
        Events:                   <none>

        """#
        #expect(Transcript.run(script) == expected)
    }

    /// A name prefix describes every match; missing objects and types are errors.
    @Test func namesPrefixesAndErrors() {
        let script = #"""
        kubectl create deployment web --image=nginx --replicas=2
        advance 5s
        kubectl describe pods web-58958686c9 --show-events=false
        kubectl describe deploy/web --show-events=false
        kubectl describe node/node-9
        kubectl describe pod nope
        kubectl describe deployment
        kubectl describe widgets
        kubectl describe
        """#
        let expected = #"""
        $ kubectl create deployment web --image=nginx --replicas=2
        deployment.apps/web created
        $ advance 5s
        $ kubectl describe pods web-58958686c9 --show-events=false
        Name:             web-58958686c9-b8q25
        Namespace:        default
        Priority:         0
        Service Account:  default
        Node:             node-2/172.18.0.3
        Start Time:       Mon, 03 Mar 2025 09:00:00 +0000
        Labels:           app=web
                          pod-template-hash=58958686c9
        Annotations:      <none>
        Status:           Running
        IP:               10.244.2.2
        IPs:
          IP:           10.244.2.2
        Controlled By:  ReplicaSet/web-58958686c9
        Containers:
          nginx:
            Container ID:   containerd://b4f813fabb873e9bede7bba80ecc3bd13d825df6a939b64fd1da2c0481738165
            Image:          nginx
            Image ID:       docker.io/library/nginx@sha256:e242d01719e64e0a1ab42ac1503064cc2c68647be9353bfe9a5160e5d20a15f0
            Port:           <none>
            Host Port:      <none>
            State:          Running
              Started:      Mon, 03 Mar 2025 09:00:02 +0000
            Ready:          True
            Restart Count:  0
            Environment:    <none>
            Mounts:
              /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-794km (ro)
        Conditions:
          Type                        Status
          PodReadyToStartContainers   True 
          Initialized                 True 
          Ready                       True 
          ContainersReady             True 
          PodScheduled                True 
        Volumes:
          kube-api-access-794km:
            Type:                    Projected (a volume that contains injected data from multiple sources)
            TokenExpirationSeconds:  3607
            ConfigMapName:           kube-root-ca.crt
            Optional:                false
            DownwardAPI:             true
        QoS Class:                   BestEffort
        Node-Selectors:              <none>
        Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                                     node.kubernetes.io/unreachable:NoExecute op=Exists for 300s


        Name:             web-58958686c9-gjj8h
        Namespace:        default
        Priority:         0
        Service Account:  default
        Node:             node-1/172.18.0.2
        Start Time:       Mon, 03 Mar 2025 09:00:00 +0000
        Labels:           app=web
                          pod-template-hash=58958686c9
        Annotations:      <none>
        Status:           Running
        IP:               10.244.1.2
        IPs:
          IP:           10.244.1.2
        Controlled By:  ReplicaSet/web-58958686c9
        Containers:
          nginx:
            Container ID:   containerd://6b8b18c432f833a5c2b91bf25a66ca036fd0306047bbf97946e988ae2ea1f5f7
            Image:          nginx
            Image ID:       docker.io/library/nginx@sha256:e242d01719e64e0a1ab42ac1503064cc2c68647be9353bfe9a5160e5d20a15f0
            Port:           <none>
            Host Port:      <none>
            State:          Running
              Started:      Mon, 03 Mar 2025 09:00:02 +0000
            Ready:          True
            Restart Count:  0
            Environment:    <none>
            Mounts:
              /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-d7hh8 (ro)
        Conditions:
          Type                        Status
          PodReadyToStartContainers   True 
          Initialized                 True 
          Ready                       True 
          ContainersReady             True 
          PodScheduled                True 
        Volumes:
          kube-api-access-d7hh8:
            Type:                    Projected (a volume that contains injected data from multiple sources)
            TokenExpirationSeconds:  3607
            ConfigMapName:           kube-root-ca.crt
            Optional:                false
            DownwardAPI:             true
        QoS Class:                   BestEffort
        Node-Selectors:              <none>
        Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                                     node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
        $ kubectl describe deploy/web --show-events=false
        Name:                   web
        Namespace:              default
        CreationTimestamp:      Mon, 03 Mar 2025 09:00:00 +0000
        Labels:                 app=web
        Annotations:            deployment.kubernetes.io/revision: 1
        Selector:               app=web
        Replicas:               2 desired | 2 updated | 2 total | 2 available | 0 unavailable
        StrategyType:           RollingUpdate
        MinReadySeconds:        0
        RollingUpdateStrategy:  25% max unavailable, 25% max surge
        Pod Template:
          Labels:  app=web
          Containers:
           nginx:
            Image:         nginx
            Port:          <none>
            Host Port:     <none>
            Environment:   <none>
            Mounts:        <none>
          Volumes:         <none>
          Node-Selectors:  <none>
          Tolerations:     <none>
        Conditions:
          Type           Status  Reason
          ----           ------  ------
          Available      True    MinimumReplicasAvailable
          Progressing    True    NewReplicaSetAvailable
        OldReplicaSets:  <none>
        NewReplicaSet:   web-58958686c9 (2/2 replicas created)
        $ kubectl describe node/node-9
        Error from server (NotFound): nodes "node-9" not found
        [exit 1]
        $ kubectl describe pod nope
        Error from server (NotFound): pods "nope" not found
        [exit 1]
        $ kubectl describe deployment
        Name:                   web
        Namespace:              default
        CreationTimestamp:      Mon, 03 Mar 2025 09:00:00 +0000
        Labels:                 app=web
        Annotations:            deployment.kubernetes.io/revision: 1
        Selector:               app=web
        Replicas:               2 desired | 2 updated | 2 total | 2 available | 0 unavailable
        StrategyType:           RollingUpdate
        MinReadySeconds:        0
        RollingUpdateStrategy:  25% max unavailable, 25% max surge
        Pod Template:
          Labels:  app=web
          Containers:
           nginx:
            Image:         nginx
            Port:          <none>
            Host Port:     <none>
            Environment:   <none>
            Mounts:        <none>
          Volumes:         <none>
          Node-Selectors:  <none>
          Tolerations:     <none>
        Conditions:
          Type           Status  Reason
          ----           ------  ------
          Available      True    MinimumReplicasAvailable
          Progressing    True    NewReplicaSetAvailable
        OldReplicaSets:  <none>
        NewReplicaSet:   web-58958686c9 (2/2 replicas created)
        Events:
          Type    Reason             Age   From                   Message
          ----    ------             ----  ----                   -------
          Normal  ScalingReplicaSet  5s    deployment-controller  Scaled up replica set web-58958686c9 to 2
        $ kubectl describe widgets
        error: the server doesn't have a resource type "widgets"
        [exit 1]
        $ kubectl describe
        error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.
        [exit 1]

        """#
        #expect(Transcript.run(script) == expected)
    }
}
