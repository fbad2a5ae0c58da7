import Testing
import ClusterSim
import Kubectl
import KubeModel

@Suite struct RolloutCommandTests {
    @Test func historyEndsItsFirstLineWithASpaceAndItsTableWithABlankLine() {
        let c = Cluster.with()
        c.run("set image deployment/my-web nginx=nginx:1.27")
        c.sim.settle()
        #expect(c.out("rollout history deployment/my-web") == "deployment.apps/my-web \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n")
        #expect(c.out("rollout history deploy my-web") == c.out("rollout history deployments/my-web"))
    }

    /// A deployment paused from the start has no ReplicaSet, hence no history.
    @Test func historyWithoutReplicaSets() {
        let c = Cluster()
        c.run("create deployment web --image=nginx")
        c.run("rollout pause deployment/web")
        c.sim.settle()
        #expect(c.out("rollout history deployment/web") == "deployment.apps/web \nNo rollout history found.\n")
    }

    @Test func historyOfOneRevisionShowsItsPodTemplateWithRawTabs() {
        let c = Cluster.with()
        c.run("set image deployment/my-web nginx=nginx:1.27")
        c.sim.settle()
        let hash = c.replicaSets("my-web").first { $0.spec.template.spec.containers[0].image == "nginx:1.27" }!
            .metadata.labels["pod-template-hash"]!
        #expect(c.out("rollout history deployment/my-web --revision=2") == """
        deployment.apps/my-web with revision #2
        Pod Template:
          Labels:\tapp=my-web
        \tpod-template-hash=\(hash)
          Containers:
           nginx:
            Image:\tnginx:1.27
            Port:\t<none>
            Host Port:\t<none>
            Environment:\t<none>
            Mounts:\t<none>
          Volumes:\t<none>
          Node-Selectors:\t<none>
          Tolerations:\t<none>


        """)
        let missing = c.run("rollout history deployment/my-web --revision=7")
        #expect(missing.stderr == "error: unable to find the specified revision\n" && missing.exitCode == 1)
    }

    struct Line: Sendable { var command: String; var stdout: String; var stderr: String }

    /// Every message of REFERENCE §3.2 and §8.4/8.5 for pause, resume, restart and undo.
    @Test func undoPauseResumeRestartMessages() {
        let c = Cluster.with(seed: 3)
        let script: [Line] = [
            Line(command: "rollout undo deployment/my-web", stdout: "", stderr: "error: no rollout history found for deployment \"my-web\"\n"),
            Line(command: "rollout undo deployment/my-web --to-revision=1", stdout: "deployment.apps/my-web skipped rollback (current template already matches revision 1)\n", stderr: ""),
            Line(command: "set image deployment/my-web nginx=nginx:1.27", stdout: "deployment.apps/my-web image updated\n", stderr: ""),
            Line(command: "settle", stdout: "", stderr: ""),
            Line(command: "rollout undo deployment/my-web --to-revision=9", stdout: "", stderr: "error: unable to find specified revision 9 in history\n"),
            Line(command: "rollout pause deployment/my-web", stdout: "deployment.apps/my-web paused\n", stderr: ""),
            Line(command: "rollout pause deployment/my-web", stdout: "", stderr: "error: deployments.apps \"my-web\" is already paused\n"),
            Line(command: "rollout undo deployment/my-web", stdout: "", stderr: "error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again\n"),
            Line(command: "rollout restart deployment/my-web", stdout: "", stderr: "error: deployments.apps \"my-web\" can't restart paused deployment (run rollout resume first)\n"),
            Line(command: "rollout resume deployment/my-web", stdout: "deployment.apps/my-web resumed\n", stderr: ""),
            Line(command: "rollout resume deployment/my-web", stdout: "", stderr: "error: deployments.apps \"my-web\" is not paused\n"),
            Line(command: "rollout undo deployment/my-web", stdout: "deployment.apps/my-web rolled back\n", stderr: ""),
            Line(command: "rollout restart deployment/my-web", stdout: "deployment.apps/my-web restarted\n", stderr: ""),
            Line(command: "rollout restart deployment/my-web", stdout: "", stderr: "error: failed to create patch for my-web: if restart has already been triggered within the past second, please wait before attempting to trigger another\n"),
            Line(command: "rollout undo deployment/nope", stdout: "", stderr: "Error from server (NotFound): deployments.apps \"nope\" not found\n"),
            Line(command: "rollout status", stdout: "", stderr: "error: required resource not specified\n"),
            Line(command: "rollout frobnicate deployment/my-web", stdout: "", stderr: "error: unknown command \"frobnicate\"\nSee 'kubectl rollout -h' for help and examples\n"),
        ]
        for line in script {
            if line.command == "settle" { c.sim.settle(); continue }
            let r = c.run(line.command)
            #expect(r.stdout == line.stdout, "\(line.command)")
            #expect(r.stderr == line.stderr, "\(line.command)")
            #expect(r.exitCode == (line.stderr.isEmpty ? 0 : 1), "\(line.command)")
        }
    }

    /// A deployment once applied: undo warns that last-applied-configuration is left behind.
    @Test func undoWarnsAboutApplyManagedDeployments() throws {
        let c = Cluster.with()
        c.run("set image deployment/my-web nginx=nginx:1.27")
        c.sim.settle()
        var d = c.deployment("my-web")
        d.metadata.annotations["kubectl.kubernetes.io/last-applied-configuration"] = "{}"
        _ = try c.sim.update(.deployment(d))
        let r = c.run("rollout undo deployment/my-web")
        #expect(r.stdout == "deployment.apps/my-web rolled back\n")
        #expect(r.stderr == "Warning: resource deployments/my-web was previously managed with 'kubectl apply'. Rolling back will not update the kubectl.kubernetes.io/last-applied-configuration annotation, which may cause unexpected behavior on future 'kubectl apply' operations. Consider using 'kubectl apply' with your previous configuration file instead.\n")
        #expect(r.exitCode == 0)
        #expect(c.deployment("my-web").metadata.annotations["kubectl.kubernetes.io/last-applied-configuration"] == "{}")
    }

    @Test func restartStampsTheTemplateWithTheSimulatedTime() {
        let c = Cluster.with()
        c.sim.advance(by: .seconds(90) - (c.sim.now - Instant.simulationEpoch))
        c.run("rollout restart deployment/my-web")
        #expect(c.deployment("my-web").spec.template.metadata.annotations == ["kubectl.kubernetes.io/restartedAt": "2025-03-03T09:01:30Z"])
        c.sim.settle()
        #expect(c.replicaSets("my-web").count == 2)
        #expect(c.deployment("my-web").metadata.annotations["deployment.kubernetes.io/revision"] == "2")
    }

    @Test func otherKindsHaveNoRolloutHelpers() {
        let c = Cluster.with()
        let rs = c.replicaSets("my-web")[0].metadata.name
        #expect(c.out("rollout status rs/\(rs)") == "error: no status viewer has been implemented for ReplicaSet.apps\n")
        #expect(c.out("rollout history rs/\(rs)") == "error: no history viewer has been implemented for \"ReplicaSet.apps\"\n")
        #expect(c.out("rollout undo rs/\(rs)") == "error: no rollbacker has been implemented for \"ReplicaSet.apps\"\n")
    }

    /// `--watch` (the default): the clock runs and a line is printed for every change of the
    /// Deployment until it is rolled out.
    @Test func statusWatchesUntilTheRolloutIsDone() {
        let c = Cluster.with()
        c.run("set image deployment/my-web nginx=nginx:1.27")
        let r = c.run("rollout status deployment/my-web")
        #expect(r.exitCode == 0 && r.stderr.isEmpty)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Waiting for deployment spec update to be observed...")
        #expect(lines.last == "deployment \"my-web\" successfully rolled out")
        #expect(lines.contains("Waiting for deployment \"my-web\" rollout to finish: 1 out of 3 new replicas have been updated..."))
        #expect(lines.contains("Waiting for deployment \"my-web\" rollout to finish: 1 old replicas are pending termination..."))
        #expect(c.deployment("my-web").status.updatedReplicas == 3)
        // Done already: one line.
        #expect(c.out("rollout status deployment/my-web") == "deployment \"my-web\" successfully rolled out\n")
    }

    @Test func statusWithoutWatchPrintsTheCurrentLineOnly() {
        let c = Cluster.with()
        c.run("set image deployment/my-web nginx=nginx:1.27")
        let before = c.sim.now
        #expect(c.out("rollout status deployment/my-web --watch=false") == "Waiting for deployment spec update to be observed...\n")
        c.kubectl.rolloutWatch = .snapshot
        #expect(c.out("rollout status deployment/my-web") == "Waiting for deployment spec update to be observed...\n")
        #expect(c.sim.now == before)
    }

    /// A broken image: the watch runs until the progress deadline, then kubectl's error.
    @Test func statusStopsAtTheProgressDeadline() {
        let c = Cluster.with()
        c.run("set image deployment/my-web nginx=nginx:nope")
        let start = c.sim.now
        let r = c.run("rollout status deployment/my-web")
        #expect(r.exitCode == 1)
        #expect(r.stderr == "error: deployment \"my-web\" exceeded its progress deadline\n")
        #expect(r.stdout.hasSuffix("Waiting for deployment \"my-web\" rollout to finish: 1 out of 3 new replicas have been updated...\n"))
        #expect(c.sim.now - start > .seconds(600) && c.sim.now - start < .seconds(620))
    }

    @Test func statusTimeoutAndRevisionPin() {
        let c = Cluster.with()
        c.run("set image deployment/my-web nginx=nginx:nope")
        let r = c.run("rollout status deployment/my-web --timeout=30s")
        #expect(r.stderr == "error: timed out waiting for the condition\n" && r.exitCode == 1)
        #expect(c.out("rollout status deployment/my-web --revision=1") == "error: desired revision (1) is different from the running revision (2)\n")
    }

    /// Paused: real kubectl would wait forever; here it says why it stops.
    @Test func statusOfAPausedRolloutStops() {
        let c = Cluster.with()
        c.run("rollout pause deployment/my-web")
        c.run("set image deployment/my-web nginx=nginx:1.27")
        let r = c.run("rollout status deployment/my-web")
        #expect(r.exitCode == 1)
        #expect(r.stdout.hasSuffix("Waiting for deployment \"my-web\" rollout to finish: 0 out of 3 new replicas have been updated...\n"))
        #expect(r.stderr == "kubetutor: deployment \"my-web\" is paused, so its rollout will not go on until `kubectl rollout resume deployment/my-web`; stopped watching.\n")
    }

    @Test func deploymentStatusViewerLines() {
        var d = Deployment(metadata: ObjectMeta(name: "x", namespace: "default"),
                           spec: DeploymentSpec(replicas: 3, selector: LabelSelector(matchLabels: ["a": "b"]),
                                                template: PodTemplateSpec(metadata: ObjectMeta(), spec: PodSpec(containers: []))))
        d.metadata.generation = 2
        d.status.observedGeneration = 2
        d.status.updatedReplicas = 3; d.status.replicas = 4; d.status.availableReplicas = 2
        #expect(Kubectl.deploymentRolloutStatus(d, revision: 0).line == "Waiting for deployment \"x\" rollout to finish: 1 old replicas are pending termination...\n")
        d.status.replicas = 3
        #expect(Kubectl.deploymentRolloutStatus(d, revision: 0).line == "Waiting for deployment \"x\" rollout to finish: 2 of 3 updated replicas are available...\n")
        d.status.availableReplicas = 3
        #expect(Kubectl.deploymentRolloutStatus(d, revision: 0).done)
        d.metadata.generation = 3
        #expect(Kubectl.deploymentRolloutStatus(d, revision: 0).line == "Waiting for deployment spec update to be observed...\n")
    }
}
