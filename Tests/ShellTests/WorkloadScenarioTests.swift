import Testing
@testable import Shell

/// Golden transcripts of the Deployment workflow: script in, exact text out.
/// (Pods become Running when the kubelet says so; these scripts `settle` rather than assume it.)
@Suite struct WorkloadScenarioTests {
    static func transcript(_ script: String) -> String {
        ScriptRunner.run(script, options: SessionOptions(), echo: true).output
    }

    @Test func createDeploymentSettlesToThreeRunningPods() {
        let output = Self.transcript("""
        kubectl create deployment my-web --image=nginx --replicas=3
        settle
        kubectl get all
        """)
        #expect(output == """
        $ kubectl create deployment my-web --image=nginx --replicas=3
        deployment.apps/my-web created
        $ settle
        settled after 2.418s (clock 00:00:02)
        $ kubectl get all
        NAME                         READY   STATUS    RESTARTS   AGE
        pod/my-web-b994b858b-8rktb   1/1     Running   0          2s
        pod/my-web-b994b858b-b8q25   1/1     Running   0          2s
        pod/my-web-b994b858b-gjj8h   1/1     Running   0          2s

        NAME                 TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
        service/kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   2s

        NAME                     READY   UP-TO-DATE   AVAILABLE   AGE
        deployment.apps/my-web   3/3     3            3           2s

        NAME                               DESIRED   CURRENT   READY   AGE
        replicaset.apps/my-web-b994b858b   3         3         3       2s

        """)
    }

    @Test func deletedPodIsReplacedByTheReplicaSet() {
        let output = Self.transcript("""
        kubectl create deployment my-web --image=nginx --replicas=3
        settle
        kubectl get pods
        kubectl delete pod my-web-b994b858b-gjj8h
        step
        step
        settle
        kubectl get pods
        """)
        #expect(output == """
        $ kubectl create deployment my-web --image=nginx --replicas=3
        deployment.apps/my-web created
        $ settle
        settled after 2.418s (clock 00:00:02)
        $ kubectl get pods
        NAME                     READY   STATUS    RESTARTS   AGE
        my-web-b994b858b-8rktb   1/1     Running   0          2s
        my-web-b994b858b-b8q25   1/1     Running   0          2s
        my-web-b994b858b-gjj8h   1/1     Running   0          2s
        $ kubectl delete pod my-web-b994b858b-gjj8h
        pod "my-web-b994b858b-gjj8h" deleted
        $ step
        [00:00:02] Kubelet on node-1: Pod my-web-b994b858b-gjj8h is being deleted, so I send SIGTERM to its containers and give them 30s to stop.
        $ step
        [00:00:02] ReplicaSet controller: I see 2 copies of my-web-b994b858b. I need 3. Creating my-web-b994b858b-8bmpf.
        $ settle
        settled after 1s (clock 00:00:03)
        $ kubectl get pods
        NAME                     READY   STATUS    RESTARTS   AGE
        my-web-b994b858b-8bmpf   1/1     Running   0          1s
        my-web-b994b858b-8rktb   1/1     Running   0          3s
        my-web-b994b858b-b8q25   1/1     Running   0          3s

        """)
    }

    @Test func tenReplicasRolloutBrokenImageAndUndo() {
        let output = Self.transcript("""
        kubectl create deployment my-web --image=nginx --replicas=10
        settle
        kubectl set image deployment/my-web nginx=nginx:1.27
        step
        settle
        kubectl rollout history deployment/my-web
        kubectl set image deployment/my-web nginx=nginx:nope
        settle
        kubectl get deploy my-web
        kubectl get rs
        kubectl rollout undo deployment/my-web
        step
        settle
        kubectl get deploy,rs
        kubectl rollout history deployment/my-web
        """)
        #expect(output == """
        $ kubectl create deployment my-web --image=nginx --replicas=10
        deployment.apps/my-web created
        $ settle
        settled after 2.418s (clock 00:00:02)
        $ kubectl set image deployment/my-web nginx=nginx:1.27
        deployment.apps/my-web image updated
        $ step
        [00:00:02] Deployment controller: The pod template of my-web changed, so I create ReplicaSet my-web-cd67ff56 (revision 2). A rolling update may ask for at most 13 pods (replicas + maxSurge 3) and the old ReplicaSets ask for 10, so there is room for 3: it starts with 3. A rolling update of my-web: 10 pods are available and at least 8 must stay so (replicas − maxUnavailable), so I scale old ReplicaSet my-web-b994b858b down from 10 to 8.
        $ settle
        settled after 3.418s (clock 00:00:05)
        $ kubectl rollout history deployment/my-web
        deployment.apps/my-web 
        REVISION  CHANGE-CAUSE
        1         <none>
        2         <none>

        $ kubectl set image deployment/my-web nginx=nginx:nope
        deployment.apps/my-web image updated
        $ settle
        settled after 2s (clock 00:00:07)
        $ kubectl get deploy my-web
        NAME     READY   UP-TO-DATE   AVAILABLE   AGE
        my-web   8/10    5            8           7s
        $ kubectl get rs
        NAME                DESIRED   CURRENT   READY   AGE
        my-web-844b75896d   5         5         0       2s
        my-web-b994b858b    0         0         0       7s
        my-web-cd67ff56     8         8         8       5s
        $ kubectl rollout undo deployment/my-web
        deployment.apps/my-web rolled back
        $ step
        [00:00:07] Deployment controller: The pod template of my-web matches ReplicaSet my-web-cd67ff56 again, so no new ReplicaSet is needed: revision 2 becomes revision 4 (the old number moves to its revision-history). A rolling update of my-web: old ReplicaSet my-web-844b75896d has 5 unavailable pods; removing those costs no availability, so I scale it down from 5 to 0.
        $ settle
        settled after 0s (clock 00:00:07)
        $ kubectl get deploy,rs
        NAME                     READY   UP-TO-DATE   AVAILABLE   AGE
        deployment.apps/my-web   10/10   10           10          7s

        NAME                                DESIRED   CURRENT   READY   AGE
        replicaset.apps/my-web-844b75896d   0         0         0       2s
        replicaset.apps/my-web-b994b858b    0         0         0       7s
        replicaset.apps/my-web-cd67ff56     10        10        10      5s
        $ kubectl rollout history deployment/my-web
        deployment.apps/my-web 
        REVISION  CHANGE-CAUSE
        1         <none>
        3         <none>
        4         <none>


        """)
    }

    @Test func rolloutStatusWatchesARolloutToTheEnd() {
        let output = Self.transcript("""
        kubectl create deployment web --image=nginx --replicas=2
        kubectl rollout status deployment/web
        kubectl set image deployment/web nginx=nginx:1.27
        kubectl rollout status deployment/web
        """)
        #expect(output == """
        $ kubectl create deployment web --image=nginx --replicas=2
        deployment.apps/web created
        $ kubectl rollout status deployment/web
        Waiting for deployment spec update to be observed...
        Waiting for deployment "web" rollout to finish: 0 out of 2 new replicas have been updated...
        Waiting for deployment "web" rollout to finish: 0 of 2 updated replicas are available...
        deployment "web" successfully rolled out
        $ kubectl set image deployment/web nginx=nginx:1.27
        deployment.apps/web image updated
        $ kubectl rollout status deployment/web
        Waiting for deployment spec update to be observed...
        Waiting for deployment "web" rollout to finish: 0 out of 2 new replicas have been updated...
        Waiting for deployment "web" rollout to finish: 1 out of 2 new replicas have been updated...
        Waiting for deployment "web" rollout to finish: 1 out of 2 new replicas have been updated...
        Waiting for deployment "web" rollout to finish: 1 out of 2 new replicas have been updated...
        Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
        Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...
        deployment "web" successfully rolled out

        """)
    }

}
