import Testing
@testable import ClusterSim

@Suite struct NodeNameTests {
    @Test(arguments: [
        ("node-2", "node-10", true),
        ("node-10", "node-2", false),
        ("node-1", "node-1", false),
        ("node-9", "worker-1", true),      // different stems: plain string order
        ("worker-1", "node-9", false),
        ("node", "node-1", true),          // no number sorts as a plain string
        ("node-a", "node-1", false),
        ("node-01", "node-1", true),       // same number: plain string order decides
        ("n-1234567890", "n-2", true),     // ten digits are not a number here
    ])
    func naturalOrder(a: String, b: String, less: Bool) {
        #expect(NodeName.less(a, b) == less)
    }

    @Test func sortsAFleetNumerically() {
        let names = (1...120).map { "node-\($0)" }
        #expect(names.shuffled().sorted(by: NodeName.less) == names)
    }
}
