import Testing
@testable import Kubectl

/// The YAML printer against outputs of real kubectl v1.32 (`kubectl create configmap cfg
/// --from-literal=k=VALUE --dry-run=client -o yaml`, the `k:` line).
@Suite struct GoYAMLTests {
    static func line(_ s: String) -> String {
        let yaml = GoYAML.marshal(.object([.init("data", .object([.init("k", .string(s))]))]))
        return String(yaml.dropFirst("data:\n".count))
    }

    @Test(arguments: [
        ("plain", "  k: plain\n"),
        ("", "  k: \"\"\n"),
        ("true", "  k: \"true\"\n"),
        ("yes", "  k: \"yes\"\n"),
        ("y", "  k: \"y\"\n"),
        ("on", "  k: \"on\"\n"),
        ("null", "  k: \"null\"\n"),
        ("~", "  k: \"~\"\n"),
        ("1", "  k: \"1\"\n"),
        ("1.5", "  k: \"1.5\"\n"),
        ("0x1F", "  k: \"0x1F\"\n"),
        ("08", "  k: \"08\"\n"),
        ("1e3", "  k: \"1e3\"\n"),
        ("1_000", "  k: \"1_000\"\n"),
        ("1:20", "  k: \"1:20\"\n"),
        ("80:80", "  k: 80:80\n"),
        ("2024-01-01", "  k: \"2024-01-01\"\n"),
        ("2024-01-01T10:00:00Z", "  k: \"2024-01-01T10:00:00Z\"\n"),
        ("2024-01-01T10:00:00", "  k: 2024-01-01T10:00:00\n"),
        ("it's: here", "  k: 'it''s: here'\n"),
        (" lead", "  k: ' lead'\n"),
        ("trail ", "  k: 'trail '\n"),
        ("a #b", "  k: 'a #b'\n"),
        ("a#b", "  k: a#b\n"),
        ("- a", "  k: '- a'\n"),
        ("-a", "  k: -a\n"),
        ("*a", "  k: '*a'\n"),
        ("---", "  k: '---'\n"),
        ("tab\there", "  k: \"tab\\there\"\n"),
        ("héllo <b>&", "  k: héllo <b>&\n"),
        ("emoji 😀", "  k: \"emoji \\U0001F600\"\n"),
        ("line1\nline2\n", "  k: |\n    line1\n    line2\n"),
        ("line1\nline2", "  k: |-\n    line1\n    line2\n"),
        ("l\n\n", "  k: |+\n    l\n\n"),
        ("\nlead", "  k: |2-\n\n    lead\n"),
        ("x \ny", "  k: \"x \\ny\"\n"),
        ("<<", "  k: <<\n"),
    ])
    func scalarStylesMatchKubectl(_ input: String, _ expected: String) {
        #expect(Self.line(input) == expected)
    }

    @Test func longPlainScalarsFoldAfterColumnEighty() {
        let s = "a very long annotation value that goes on and on and on past the eighty column limit for sure, definitely"
        #expect(Self.line(s) == "  k: a very long annotation value that goes on and on and on past the eighty column\n    limit for sure, definitely\n")
    }

    @Test func longQuotedScalarsFoldToo() {
        let s = String(repeating: "it's ", count: 30)
        let out = Self.line(s)
        #expect(out.hasPrefix("  k: 'it''s it''s"))
        #expect(out.split(separator: "\n").count == 3)
        #expect(out.split(separator: "\n")[1].hasPrefix("    it''s"))
    }

    @Test func keysSortNaturallyAndSequencesSitUnderTheirKey() {
        let v = Value.object([
            .init("node10", .int(1)), .init("node9", .int(2)), .init("b", .array([.string("x"), .object([.init("z", .int(1)), .init("a", .int(2))])])),
            .init("a_b", .bool(true)), .init("aB", .null), .init("empty", .emptyObject), .init("none", .array([])),
        ])
        #expect(GoYAML.marshal(v) == """
        a_b: true
        aB: null
        b:
        - x
        - a: 2
          z: 1
        empty: {}
        node9: 2
        node10: 1
        none: []

        """)
    }

    @Test func lastAppliedAnnotationIsALiteralBlock() {
        let v = Value.object([.init("metadata", .object([.init("annotations", .object([
            .init("kubectl.kubernetes.io/last-applied-configuration", .string("{\"apiVersion\":\"v1\"}\n")),
        ]))]))])
        #expect(GoYAML.marshal(v) == """
        metadata:
          annotations:
            kubectl.kubernetes.io/last-applied-configuration: |
              {"apiVersion":"v1"}

        """)
    }
}

@Suite struct GoJSONTests {
    @Test func prettyIndentsByFourAndKeepsFieldOrder() {
        let v = Value.object([.init("kind", .string("Pod")), .init("spec", .emptyObject), .init("list", .array([.int(1), .null])),
                              .init("empty", .array([]))])
        #expect(GoJSON.pretty(v) == """
        {
            "kind": "Pod",
            "spec": {},
            "list": [
                1,
                null
            ],
            "empty": []
        }

        """)
    }

    @Test(arguments: [
        ("a\"b", "\"a\\\"b\""), ("<&>", "\"\\u003c\\u0026\\u003e\""), ("tab\t", "\"tab\\t\""),
        ("\u{1}", "\"\\u0001\""), ("é", "\"é\""), ("\u{2028}", "\"\\u2028\""),
    ])
    func stringsEscapeAsGoDoes(_ input: String, _ expected: String) {
        #expect(GoJSON.quote(input) == expected)
    }

    @Test func sortedKeysOrdersEveryLevel() {
        let v = Value.object([.init("b", .object([.init("y", .int(1)), .init("x", .int(2))])), .init("a", .int(0))])
        #expect(GoJSON.compact(v.sortedKeys) == "{\"a\":0,\"b\":{\"x\":2,\"y\":1}}")
    }
}
