import Testing
import ClusterSim
import KubeModel
@testable import Shell

@Suite("Prose: scheduler")
struct ProseSchedulerTests {
    static let pod = ObjectKey("default", "web-7d9f")

    @Test(arguments: [
        (SchedulerReason.assigned(pod: pod, node: "node-2", feasible: 3, examined: 3, total: 3, sameOwnerThere: nil),
         "Pod web-7d9f needs a node. 3 of 3 nodes can take it. I assign it to node-2: it has the most room left."),
        (.assigned(pod: pod, node: "node-1", feasible: 1, examined: 1, total: 1, sameOwnerThere: 0),
         "Pod web-7d9f needs a node. 1 of 1 node can take it. I assign it to node-1: it runs no other pod of the same owner and has the most room left."),
        (.assigned(pod: pod, node: "node-3", feasible: 2, examined: 3, total: 3, sameOwnerThere: 1),
         "Pod web-7d9f needs a node. 2 of 3 nodes can take it. I assign it to node-3: it runs the fewest pods of the same owner (1) and, among those, has the most room left."),
        (.assigned(pod: pod, node: "node-4711", feasible: 500, examined: 512, total: 5000, sameOwnerThere: 0),
         "Pod web-7d9f needs a node. I looked at 512 of the 5000 nodes (enough to choose well on a cluster this big); 500 can take it. I assign it to node-4711: it runs no other pod of the same owner and has the most room left."),
        (.unschedulable(pod: pod, total: 3, why: ["Insufficient cpu": 2, "node(s) were unschedulable": 1]),
         "Pod web-7d9f needs a node, but none of the 3 nodes can take it (1 node(s) were unschedulable, 2 Insufficient cpu). It stays Pending until something changes."),
        (.noNodes(pod: pod),
         "Pod web-7d9f needs a node, but the cluster has none. It stays Pending."),
    ])
    func rendersEachReason(reason: SchedulerReason, expected: String) {
        #expect(Prose.render(.scheduler(reason)) == expected)
    }
}
