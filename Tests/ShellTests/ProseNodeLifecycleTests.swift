import Testing
import ClusterSim
import KubeModel
@testable import Shell

@Suite("Prose: node lifecycle and taint eviction")
struct ProseNodeLifecycleTests {
    @Test(arguments: [
        (NodeLifecycleReason.nodeUnreachable(node: "node-2", silentSeconds: 50, graceSeconds: 50),
         "Node node-2 has not sent a heartbeat for 50s, longer than the 50s grace period. I mark it NotReady and taint it unreachable, so no new pods go there and its pods lose their Ready condition."),
        (.nodeReady(node: "node-2"),
         "The kubelet on node node-2 is posting status again, so the node is Ready and I remove its unreachable taints."),
        (.cordoned(node: "node-1"),
         "Node node-1 is marked unschedulable (cordoned), so I add the taint node.kubernetes.io/unschedulable:NoSchedule; pods already there keep running."),
        (.uncordoned(node: "node-1"),
         "Node node-1 is schedulable again (uncordoned), so I remove the taint node.kubernetes.io/unschedulable:NoSchedule."),
    ])
    func rendersEachNodeLifecycleReason(reason: NodeLifecycleReason, expected: String) {
        #expect(Prose.render(.nodeLifecycle(reason)) == expected)
    }

    static let pod = ObjectKey("default", "web-7d9f")

    @Test(arguments: [
        (TaintEvictionReason.evict(pod: pod, node: "node-2", taint: "node.kubernetes.io/unreachable", tolerationSeconds: 300),
         "Pod web-7d9f is on node node-2, and its 300s toleration of the node.kubernetes.io/unreachable taint has run out, so I delete it."),
        (.evict(pod: pod, node: "node-2", taint: "dedicated", tolerationSeconds: nil),
         "Pod web-7d9f is on node node-2, and it does not tolerate the dedicated taint, so I delete it."),
        (.scheduled(pod: pod, node: "node-2", taint: "node.kubernetes.io/unreachable", tolerationSeconds: 300,
                    at: Instant.simulationEpoch + .seconds(352)),
         "Node node-2 has the NoExecute taint node.kubernetes.io/unreachable; pod web-7d9f tolerates it for 300s, so I will delete the pod at 00:05:52 unless the taint goes away first."),
        (.cancelled(pod: pod, node: "node-2"),
         "The NoExecute taint on node node-2 is gone before pod web-7d9f's toleration ran out, so I cancel its deletion."),
    ])
    func rendersEachTaintEvictionReason(reason: TaintEvictionReason, expected: String) {
        #expect(Prose.render(.taintEviction(reason)) == expected)
    }
}
