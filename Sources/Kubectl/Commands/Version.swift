import ClusterSim
import KubeModel

extension Kubectl {
    static let versionFlags: [FlagSpec] = [FlagSpec("client", .boolean), FlagSpec("output", short: "o")]

    static let clientVersion: [(String, String)] = [
        ("major", "1"), ("minor", "32"), ("gitVersion", "v1.32.4"),
        ("gitCommit", "59526cd4867447956156ae3a602fcbac10a2c335"), ("gitTreeState", "clean"),
        ("buildDate", "2025-04-22T16:03:54Z"), ("goVersion", "go1.23.8"), ("compiler", "gc"), ("platform", "linux/amd64"),
    ]
    static let serverVersion: [(String, String)] = [
        ("major", "1"), ("minor", "32"), ("gitVersion", "v1.32.0"),
        ("gitCommit", "70d3cc986aa8221cd1dfb1121852688902d3bf53"), ("gitTreeState", "clean"),
        ("buildDate", "2024-12-12T17:41:30Z"), ("goVersion", "go1.23.3"), ("compiler", "gc"), ("platform", "linux/amd64"),
    ]

    /// `kubectl version [--client] [-o yaml|json]` (`KC/pkg/cmd/version/version.go`): JSON
    /// indented by two spaces, YAML followed by a blank line.
    func version(_ words: [String]) throws -> KubectlResult {
        let args = try ArgumentParser.parse(words, specs: Self.versionFlags, command: "version")
        if args.bool("help") { return help("version") }
        if let extra = args.positionals.first { throw KubectlError.usageFor("Unexpected args: [\(extra)]", command: "version") }
        let client = args.bool("client")
        func info(_ pairs: [(String, String)]) -> Value { .object(pairs.map { .init($0.0, .string($0.1)) }) }
        var members: [Value.Member] = [.init("clientVersion", info(Self.clientVersion)), .init("kustomizeVersion", .string("v5.5.0"))]
        if !client { members.append(.init("serverVersion", info(Self.serverVersion))) }
        switch args.value("output") {
        case nil, "":
            var out = "Client Version: v1.32.4\nKustomize Version: v5.5.0\n"
            if !client { out += "Server Version: v1.32.0\n" }
            return KubectlResult(stdout: out)
        case "yaml": return KubectlResult(stdout: GoYAML.marshal(.object(members)) + "\n")
        case "json": return KubectlResult(stdout: Self.jsonTwoSpaces(.object(members)))
        default: throw KubectlError.message("--output must be 'yaml' or 'json'")
        }
    }

    /// `json.MarshalIndent(v, "", "  ")`.
    static func jsonTwoSpaces(_ v: Value) -> String {
        var out = ""
        var atLineStart = true, spaces = 0
        for ch in GoJSON.pretty(v) {
            if atLineStart && ch == " " { spaces += 1; continue }
            if atLineStart { out += String(repeating: " ", count: spaces / 2); atLineStart = false; spaces = 0 }
            out.append(ch)
            if ch == "\n" { atLineStart = true }
        }
        return out
    }

    static let apiResourcesFlags: [FlagSpec] = [
        FlagSpec("api-group"), FlagSpec("namespaced"), FlagSpec("no-headers", .boolean), FlagSpec("output", short: "o"),
        FlagSpec("sort-by"),
    ]

    /// `kubectl api-resources`: the resource types kubetutor simulates, core group first.
    func apiResources(_ words: [String]) throws -> KubectlResult {
        let args = try ArgumentParser.parse(words, specs: Self.apiResourcesFlags, command: "api-resources")
        if args.bool("help") { return help("api-resources") }
        // Core group first, then by API group (apps, batch), then by name.
        var types = ResourceType.all.sorted { a, b in
            let ga = a.kind.apiVersion.contains("/") ? String(a.kind.apiVersion.split(separator: "/")[0]) : ""
            let gb = b.kind.apiVersion.contains("/") ? String(b.kind.apiVersion.split(separator: "/")[0]) : ""
            return ga != gb ? ga < gb : a.plural < b.plural
        }
        if let group = args.value("api-group") {
            types = types.filter { ($0.kind.apiVersion.contains("/") ? String($0.kind.apiVersion.split(separator: "/")[0]) : "") == group }
        }
        if let n = args.value("namespaced") { types = types.filter { $0.kind.isNamespaced == (n == "true") } }
        if args.value("sort-by") == "kind" { types.sort { $0.kind.rawValue < $1.kind.rawValue } }
        let output = args.value("output") ?? ""
        switch output {
        case "name":
            return KubectlResult(stdout: types.map { $0.kind.groupResource + "\n" }.joined())
        case "", "wide":
            var headers = ["NAME", "SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND"]
            if output == "wide" { headers += ["VERBS", "CATEGORIES"] }
            var table = Table(headers: headers)
            for t in types {
                var row = [t.plural, t.shortNames.joined(separator: ","), t.kind.apiVersion, String(t.kind.isNamespaced), t.kind.rawValue]
                if output == "wide" {
                    let verbs = t.kind == .event || t.kind == .namespace || t.kind == .node || t.kind == .service
                        ? "create,delete,get,list,patch,update,watch" : "create,delete,deletecollection,get,list,patch,update,watch"
                    row += [verbs, Self.allCategory.contains(t.kind) ? "all" : ""]
                }
                table.rows.append(row)
            }
            return KubectlResult(stdout: table.render(showHeaders: !args.bool("no-headers")))
        default:
            throw KubectlError.message("--output \(output) is not available in api-resources")
        }
    }
}
