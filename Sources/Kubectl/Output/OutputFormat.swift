import KubeModel

/// The `-o` flag: which printer kubectl picks (`k8s.io/cli-runtime/pkg/genericclioptions/print_flags.go`).
public enum OutputFormat: Equatable, Sendable {
    case table
    case wide
    case name
    case yaml
    case json
    case jsonpath(JSONPath)

    /// Which command is asking: `get` also knows the table formats.
    public enum Context: Sendable { case get, object }

    static let getFormats = "custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml"
    static let objectFormats = "go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml"

    /// Parses `-o` as kubectl's print flags do, with kubectl's error words.
    public static func parse(_ raw: String?, context: Context) throws(KubectlError) -> OutputFormat {
        guard let raw, !raw.isEmpty else { return .table }
        let allowed = context == .get ? getFormats : objectFormats
        let unmatched = KubectlError.message("unable to match a printer suitable for the output format \"\(raw)\", allowed formats are: \(allowed)")
        var name = raw, template: String? = nil
        if let eq = raw.firstIndex(of: "=") { name = String(raw[..<eq]); template = String(raw[raw.index(after: eq)...]) }
        switch name {
        case "wide" where context == .get && template == nil: return .wide
        case "name" where template == nil: return .name
        case "yaml" where template == nil: return .yaml
        case "json" where template == nil: return .json
        case "jsonpath":
            guard let template, !template.isEmpty else { throw KubectlError.message("template format specified but no template given") }
            do { return .jsonpath(try JSONPath(template)) } catch { throw KubectlError.message(error.message) }
        case "go-template", "template", "go-template-file", "templatefile", "jsonpath-file", "jsonpath-as-json", "custom-columns", "custom-columns-file":
            if context == .object && name.hasPrefix("custom-columns") { throw unmatched }
            throw KubectlError.message("the \"\(name)\" output format is not available in kubetutor; use -o yaml, -o json, -o name or -o jsonpath=…")
        default:
            throw unmatched
        }
    }

    public var isHumanReadable: Bool { self == .table || self == .wide }
}

/// Prints objects (as value trees) in the machine formats: yaml, json, name, jsonpath.
enum ObjectPrinter {
    /// One object or several. `single` is kubectl's "single item implied": one name was
    /// asked for, so the object is printed bare; otherwise the objects go into a `List`.
    /// `sortJSON` is true for unstructured objects (what `get` and `apply` hold), false for
    /// the typed objects `create deployment`/`run` build, whose JSON keeps Go field order.
    static func print(_ values: [Value], names: [String], format: OutputFormat, single: Bool, sortJSON: Bool) throws(KubectlError) -> String {
        let object: Value = single && values.count == 1 ? values[0] : Serializer.list(values)
        switch format {
        case .yaml: return GoYAML.marshal(object)
        case .json: return GoJSON.pretty(sortJSON ? object.sortedKeys : object)
        case .name: return names.map { $0 + "\n" }.joined()
        case .jsonpath(let path): return try jsonpath(path, object)
        case .table, .wide: return ""
        }
    }

    /// Several objects printed one after another, as `apply -o yaml` prints what it applied
    /// (`---` between YAML documents, `YAMLPrinter`).
    static func printEach(_ values: [Value], names: [String], format: OutputFormat, sortJSON: Bool) throws(KubectlError) -> String {
        var out = ""
        for (i, v) in values.enumerated() {
            switch format {
            case .yaml: out += (i > 0 ? "---\n" : "") + GoYAML.marshal(v)
            case .json: out += GoJSON.pretty(sortJSON ? v.sortedKeys : v)
            case .name: out += names[i] + "\n"
            case .jsonpath(let path): out += try jsonpath(path, v)
            case .table, .wide: break
            }
        }
        return out
    }

    static func jsonpath(_ path: JSONPath, _ object: Value) throws(KubectlError) -> String {
        do {
            return try path.execute(object)
        } catch {
            throw KubectlError.message("""
            error executing jsonpath \(GoSyntax.quote(path.template)): Error executing template: \(error.message). Printing more information for debugging the template:
            \ttemplate was:
            \t\t\(path.template)
            \tobject given to jsonpath engine was:
            \t\t\(GoSyntax.dump(object.sortedKeys))


            """)
        }
    }
}

/// Go's `%#v` of unstructured data, which kubectl shows when a template fails.
enum GoSyntax {
    static func dump(_ v: Value) -> String {
        switch v {
        case .null: return "interface {}(nil)"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let d): return GoJSON.formatFloat(d)
        case .string(let s): return quote(s)
        case .array(let items): return "[]interface {}{" + items.map(dump).joined(separator: ", ") + "}"
        case .object(let members):
            return "map[string]interface {}{" + members.map { quote($0.key) + ":" + dump($0.value) }.joined(separator: ", ") + "}"
        }
    }

    /// `strconv.Quote`.
    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    let h = String(u.value, radix: 16)
                    out += "\\x" + String(repeating: "0", count: 2 - h.count) + h
                } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}
