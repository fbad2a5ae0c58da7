import Foundation
import Testing
@testable import Kubectl

/// Hand-run comparisons with real kubectl (never in CI): with `KUBETUTOR_ORACLE_IN` naming a
/// JSON file of strings, writes `KUBETUTOR_ORACLE_OUT` with the YAML and JSON this package
/// prints for a ConfigMap holding each string, for a script to diff against
/// `kubectl create configmap --from-literal … --dry-run=client -o yaml|json`.
@Suite struct OracleDump {
    static let input = ProcessInfo.processInfo.environment["KUBETUTOR_ORACLE_IN"]

    @Test(.enabled(if: input != nil)) func dumpConfigMapScalars() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.input!))
        let strings = try JSONSerialization.jsonObject(with: data) as! [String]
        var results: [[String: String]] = []
        for s in strings {
            let v = Value.object([
                .init("kind", .string("ConfigMap")), .init("apiVersion", .string("v1")),
                .init("metadata", .object([.init("name", .string("cfg")), .init("creationTimestamp", .null)])),
                .init("data", .object([.init("k", .string(s))])),
            ])
            results.append(["yaml": GoYAML.marshal(v), "json": GoJSON.pretty(v)])
        }
        let out = try JSONSerialization.data(withJSONObject: results)
        try out.write(to: URL(fileURLWithPath: ProcessInfo.processInfo.environment["KUBETUTOR_ORACLE_OUT"]!))
        #expect(results.count == strings.count)
    }
}
