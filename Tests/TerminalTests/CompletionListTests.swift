import Testing
@testable import Terminal

struct CompletionListTests {
    @Test("the replacement comes first, then every match, even a single one", arguments: [
        (["kubectl"], ["kubectl", "kubectl"]),
        (["pods", "podtemplates"], ["pod", "pods", "podtemplates"]),
        (["get", "describe"], ["", "get", "describe"]),
        (["pods", "pods"], ["pods", "pods"]),
        (["café", "cafés"], ["café", "café", "cafés"]),
    ])
    func layout(candidates: [String], expected: [String]) {
        #expect(CompletionList.layout(for: candidates) == expected)
    }

    @Test func noCandidatesMeansNoArray() {
        #expect(CompletionList.layout(for: []) == nil)
    }

    @Test("the common prefix is cut at a Unicode scalar, as libedit counts")
    func commonPrefixCountsScalars() {
        // "e" + combining acute vs a precomposed "é": equal as Characters, not as scalars.
        #expect(CompletionList.commonPrefix(of: ["cafe\u{301}", "caf\u{E9}"]) == "caf")
    }

    @Test func marshalledArrayIsNullTerminatedAndRoundTrips() {
        let layout = ["pod", "pods", "podtemplates"]
        let array = CStringArray.make(layout)
        defer { CStringArray.release(array) }
        #expect(CStringArray.strings(in: array) == layout)
        #expect(array[layout.count] == nil)
    }
}
