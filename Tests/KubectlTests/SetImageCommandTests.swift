import Testing
import ClusterSim
import Kubectl
import KubeModel

@Suite struct SetImageCommandTests {
    @Test func updatesTheImageAndStartsARollout() {
        let c = Cluster.with()
        let r = c.run("set image deployment/my-web nginx=nginx:1.27")
        #expect(r.stdout == "deployment.apps/my-web image updated\n" && r.stderr.isEmpty && r.exitCode == 0)
        #expect(c.deployment("my-web").spec.template.spec.containers[0].image == "nginx:1.27")
        c.sim.settle()
        #expect(c.replicaSets("my-web").count == 2)
    }

    /// The same image again makes an empty patch: kubectl prints nothing at all.
    @Test func sameImagePrintsNothing() {
        let c = Cluster.with()
        let r = c.run("set image deployment/my-web nginx=nginx")
        #expect(r == KubectlResult(stdout: "", stderr: "", exitCode: 0))
        #expect(c.deployment("my-web").metadata.generation == 1)
    }

    @Test func unknownContainerIsAnError() {
        let c = Cluster.with()
        let r = c.run("set image deployment/my-web web=nginx:1.27")
        #expect(r == KubectlResult(stdout: "", stderr: "error: unable to find container named \"web\"\n", exitCode: 1))
    }

    @Test func knownPairsApplyEvenBesideAnUnknownOne() {
        let c = Cluster.with()
        let r = c.run("set image deploy my-web nginx=nginx:1.26 sidecar=busybox")
        #expect(r.stdout == "deployment.apps/my-web image updated\n")
        #expect(r.stderr == "error: unable to find container named \"sidecar\"\n")
        #expect(c.deployment("my-web").spec.template.spec.containers[0].image == "nginx:1.26")
    }

    @Test func starSetsEveryContainer() {
        let c = Cluster.with()
        #expect(c.out("set image deployment/my-web *=nginx:1.25") == "deployment.apps/my-web image updated\n")
        #expect(c.deployment("my-web").spec.template.spec.containers.map(\.image) == ["nginx:1.25"])
    }

    struct Bad: Sendable { var command: String; var stderr: String }

    @Test(arguments: [
        Bad(command: "set image deployment/my-web", stderr: "error: at least one image update is required\n"),
        Bad(command: "set image nginx=nginx:1.27", stderr: "error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n"),
        Bad(command: "set image deployment/nope nginx=nginx:1.27", stderr: "Error from server (NotFound): deployments.apps \"nope\" not found\n"),
        Bad(command: "set image deployment/my-web *=a nginx=b", stderr: "error: all containers are already specified by *, but saw more than one container_name=container_image pairs\n"),
        Bad(command: "set env deployment/my-web A=b", stderr: "error: unknown command \"env\"\nSee 'kubectl set -h' for help and examples\n"),
    ])
    func refusals(_ bad: Bad) {
        let c = Cluster.with()
        let r = c.run(bad.command)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == bad.stderr)
        #expect(r.exitCode == 1)
    }

    @Test func recordedChangeCauseShowsInHistory() {
        let c = Cluster.with()
        c.run("set image deployment/my-web nginx=nginx:1.16.1 --record")
        c.sim.settle()
        #expect(c.out("rollout history deployment/my-web") == """
        deployment.apps/my-web 
        REVISION  CHANGE-CAUSE
        1         <none>
        2         kubectl set image deployment/my-web nginx=nginx:1.16.1 --record=true


        """)
    }
}
