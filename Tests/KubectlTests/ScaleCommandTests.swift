import Testing
import ClusterSim
import Kubectl
import KubeModel

@Suite struct ScaleCommandTests {
    struct Line: Sendable { var command: String; var stdout: String; var stderr: String; var exit: Int32 }

    @Test(arguments: [
        Line(command: "scale deployment/my-web --replicas=5", stdout: "deployment.apps/my-web scaled\n", stderr: "", exit: 0),
        Line(command: "scale deploy my-web --replicas 2", stdout: "deployment.apps/my-web scaled\n", stderr: "", exit: 0),
        Line(command: "scale deployments my-web --replicas=0", stdout: "deployment.apps/my-web scaled\n", stderr: "", exit: 0),
        Line(command: "scale deployment/my-web", stdout: "", stderr: "error: required flag(s) \"replicas\" not set\n", exit: 1),
        Line(command: "scale deployment/my-web --replicas=-1", stdout: "",
             stderr: "error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0\n", exit: 1),
        Line(command: "scale deployment/my-web --replicas=x", stdout: "",
             stderr: "error: invalid argument \"x\" for \"--replicas\" flag: strconv.ParseInt: parsing \"x\": invalid syntax\n", exit: 1),
        Line(command: "scale deployment/nope --replicas=2", stdout: "",
             stderr: "Error from server (NotFound): deployments.apps \"nope\" not found\n", exit: 1),
        Line(command: "scale deployment/my-web --replicas=2 --current-replicas=4", stdout: "",
             stderr: "error: Expected replicas to be 4, was 3\n", exit: 1),
        Line(command: "scale deployment --replicas=2", stdout: "",
             stderr: "error: resource(s) were provided, but no name was specified\n", exit: 1),
    ])
    func messages(_ line: Line) {
        let c = Cluster.with()
        let r = c.run(line.command)
        #expect(r.stdout == line.stdout)
        #expect(r.stderr == line.stderr)
        #expect(r.exitCode == line.exit)
    }

    @Test func scalingChangesTheDeploymentAndItsReplicaSet() {
        let c = Cluster.with()
        c.run("scale deployment/my-web --replicas=5")
        c.sim.settle()
        #expect(c.deployment("my-web").spec.replicas == 5)
        #expect(c.replicaSets("my-web").map(\.spec.replicas) == [5])
        #expect(c.out("get deploy my-web").contains("my-web   5/5     5            5"))
        #expect(c.sim.userActions.last?.command == "kubectl scale deployment/my-web --replicas=5")
    }

    @Test func scalingAReplicaSetByName() {
        let c = Cluster.with()
        let rs = c.replicaSets("my-web")[0].metadata.name
        #expect(c.out("scale rs \(rs) --replicas=4") == "replicaset.apps/\(rs) scaled\n")
        #expect(c.sim.state.replicaSets[ObjectKey("default", rs)]?.spec.replicas == 4)
    }

    @Test func recordStoresTheCommandAsChangeCause() {
        let c = Cluster.with()
        let r = c.run("scale deployment/my-web --replicas=4 --record")
        #expect(r.stderr == "Flag --record has been deprecated, --record will be removed in the future\n")
        #expect(c.deployment("my-web").metadata.annotations["kubernetes.io/change-cause"] == "kubectl scale deployment/my-web --replicas=4 --record=true")
    }
}
