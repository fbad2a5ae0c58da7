import Testing
import KubeModel

@Suite struct LabelSelectorTests {
    static let labels = ["app": "web", "tier": "front", "env": "prod"]

    @Test(arguments: [
        ("app=web", true), ("app==web", true), ("app=db", false), ("app!=db", true), ("app!=web", false),
        ("env in (prod,staging)", true), ("env notin (prod)", false), ("tier", true), ("!tier", false),
        ("!legacy", true), ("app=web,tier=front", true), ("app=web,tier=back", false),
        ("env in (dev), app=web", false),
    ])
    func matches(selector: String, expected: Bool) throws {
        let s = try LabelSelector.parse(selector)
        #expect(s.matches(Self.labels) == expected)
    }

    @Test func describesAsKubectlPrintsSelectors() throws {
        let s = LabelSelector(matchLabels: ["pod-template-hash": "5d59d67564", "app": "my-web"])
        #expect(s.description == "app=my-web,pod-template-hash=5d59d67564")
        #expect(try LabelSelector.parse("env in (b,a)").description == "env in (a,b)")
    }

    @Test func emptySelectorMatchesEverything() {
        #expect(LabelSelector().matches(Self.labels))
        #expect(LabelSelector().isEmpty)
    }

    @Test(arguments: ["a b=c", "(x)=y", ",", "env in prod"])
    func rejectsMalformed(selector: String) {
        #expect(throws: LabelSelector.ParseError.self) { try LabelSelector.parse(selector) }
    }
}

@Suite struct QuantityTests {
    @Test(arguments: [("100m", 100), ("1", 1000), ("0.5", 500), ("2", 2000), ("1.5", 1500)] as [(String, Int64)])
    func cpu(text: String, milli: Int64) {
        #expect(Quantity.parse(text)?.milli == milli)
    }

    @Test(arguments: [("128Mi", 134_217_728), ("1Gi", 1_073_741_824), ("1k", 1000), ("1M", 1_000_000),
                      ("512Ki", 524_288)] as [(String, Int64)])
    func memory(text: String, bytes: Int64) {
        #expect(Quantity.parse(text)?.milli == bytes * 1000)
    }

    @Test(arguments: ["", "abc", "1.2.3", "Mi", "12Zi"])
    func rejects(text: String) {
        #expect(Quantity.parse(text) == nil)
    }
}

@Suite struct IntOrStringTests {
    /// ResolveFenceposts rounds maxSurge up and maxUnavailable down: 25% of 10 is 3 and 2.
    @Test(arguments: [(1, 1, 0), (3, 1, 0), (4, 1, 1), (5, 2, 1), (10, 3, 2)])
    func twentyFivePercent(replicas: Int, surge: Int, unavailable: Int) {
        #expect(IntOrString.string("25%").scaledValue(total: replicas, roundUp: true) == surge)
        #expect(IntOrString.string("25%").scaledValue(total: replicas, roundUp: false) == unavailable)
    }
}
