import Testing
@testable import Shell

@Suite struct ScriptScenarioTests {
    @Test func createDeploymentSettlesToThreeRunningPods() {
        let r = ScriptRunner.run("""
        kubectl create deployment my-web --image=nginx --replicas=3
        settle
        kubectl get all
        """, options: SessionOptions(), echo: true)
        print(r.output)
        #expect(!r.failed)
        #expect(r.output.contains("deployment.apps/my-web   3/3"))
    }
}
