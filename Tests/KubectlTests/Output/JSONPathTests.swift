import Testing
@testable import Kubectl

/// JSONPath templates as kubectl prints them (expected outputs taken from real kubectl on
/// `create deployment w --image=nginx --image=redis --port=80 --dry-run=client`).
@Suite struct JSONPathTests {
    static let deployment = Generators.deployment(name: "w", namespace: nil, replicas: 1, images: ["nginx", "redis"],
                                                  containerNames: ["nginx", "redis"], port: 80, command: [])

    @Test(arguments: [
        ("{.metadata.name}", "w"),
        ("{.metadata.creationTimestamp}", "null"),
        ("{.spec.replicas}", "1"),
        ("{.spec.template.spec.containers[*].ports}", "[{\"containerPort\":80}]"),
        ("{.spec.template.spec.containers[0]}", "{\"image\":\"nginx\",\"name\":\"nginx\",\"ports\":[{\"containerPort\":80}],\"resources\":{}}"),
        ("name={.metadata.name} x", "name=w x"),
        ("{.spec.template.spec.containers[*].name}{\"\\n\"}", "nginx redis\n"),
        ("{range .spec.template.spec.containers[*]}[{.name}]{end}", "[nginx][redis]"),
        ("{.spec.template.spec.containers[-1].name}", "redis"),
        ("{.spec.template.spec.containers[?(@.name==\"redis\")].image}", "redis"),
        ("{.metadata.labels.app}", "w"),
        ("{.metadata.labels['app']}", "w"),
        ("{$.kind}", "Deployment"),
        ("{.kind} {.apiVersion}", "Deployment apps/v1"),
        ("{.spec.template.spec.containers[0:1].name}", "nginx"),
        ("{.metadata.name}}", "w}"),
        ("{range .spec}", ""),
        ("{.foo}", ""),
        ("{\"a\\tb\"}", "a\tb"),
        ("a\\nb", "a\\nb"),
        ("{.metadata.labels}", "{\"app\":\"w\"}"),
    ])
    func templatesPrintLikeKubectl(_ template: String, _ expected: String) throws {
        #expect(try JSONPath(template).execute(Self.deployment) == expected)
    }

    @Test(arguments: [
        ("{.spec.replicas", "error parsing jsonpath {.spec.replicas, unclosed action"),
        ("{.spec.template.spec.containers[x]}", "error parsing jsonpath {.spec.template.spec.containers[x]}, invalid array index x"),
    ])
    func parseErrorsAreWordedAsKubectlWordsThem(_ template: String, _ message: String) {
        #expect(throws: JSONPath.ParseError(message: message)) { try JSONPath(template) }
    }

    @Test(arguments: [
        ("{.spec.template.spec.containers[5].name}", "array index out of bounds: index 5, length 2"),
        ("{end}", "not in range, nothing to end"),
        ("{.a b}", "unrecognized identifier b"),
    ])
    func executionErrorsAreWordedAsKubectlWordsThem(_ template: String, _ message: String) throws {
        let path = try JSONPath(template)
        #expect(throws: JSONPath.ExecError(message: message)) { try path.execute(Self.deployment) }
    }
}
