import Yams

/// Reads a manifest file into value trees, one per YAML document, as kubectl's
/// `YAMLOrJSONDecoder` does: documents that hold nothing (only `---` or comments) are
/// skipped, and scalars resolve as go-yaml v2 resolves them (so `on`, `yes`, `n` are
/// booleans, `0x1F` is a number, a date stays a string).
enum ManifestParser {
    /// The documents up to the first syntax error, and that error: kubectl acts on the
    /// documents before a broken one.
    static func documentsUntilError(_ text: String, source: String) -> ([Value], KubectlError?) {
        var docs: [Value] = []
        do {
            let parser = try Parser(yaml: text, resolver: .basic, constructor: .default, encoding: .utf8)
            while let node = try parser.nextRoot() {
                let v = try value(node)
                if v != .null { docs.append(v) }
            }
            return (docs, nil)
        } catch let e as YamlError {
            return (docs, .message("error parsing \(source): error converting YAML to JSON: yaml: \(goMessage(e, text: text))"))
        } catch {
            return (docs, .message("error parsing \(source): error converting YAML to JSON: yaml: \(error)"))
        }
    }

    static func documents(_ text: String, source: String) throws(KubectlError) -> [Value] {
        do {
            let parser = try Parser(yaml: text, resolver: .basic, constructor: .default, encoding: .utf8)
            var docs: [Value] = []
            while let node = try parser.nextRoot() {
                let v = try value(node)
                if v != .null { docs.append(v) }
            }
            return docs
        } catch let e as KubectlError {
            throw e
        } catch let e as YamlError {
            throw .message("error parsing \(source): error converting YAML to JSON: yaml: \(goMessage(e, text: text))")
        } catch {
            throw .message("error parsing \(source): error converting YAML to JSON: yaml: \(error)")
        }
    }

    /// go-yaml's `parser.fail()` wording: `line N: problem`, where N is libyaml's zero-based
    /// problem line (one more for scanner errors); no line when that is the first line.
    static func goMessage(_ e: YamlError, text: String) -> String {
        switch e {
        case .scanner(let context, let problem, let mark, _):
            return located(problem, problemLine: mark.line - 1, contextLine: context.map { $0.mark.line - 1 }, scanner: true)
        case .parser(let context, let problem, let mark, _):
            return located(problem, problemLine: mark.line - 1, contextLine: context.map { $0.mark.line - 1 }, scanner: false)
        case .composer(_, let problem, let mark, _):
            if problem.contains("undefined alias") || problem.contains("unknown anchor") {
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                var name = ""
                if mark.line - 1 < lines.count {
                    let line = Array(lines[mark.line - 1])
                    var i = max(0, mark.column - 1)
                    if i < line.count, line[i] == "*" { i += 1 }
                    while i < line.count, !" ,]}\t".contains(line[i]) { name.append(line[i]); i += 1 }
                }
                return "unknown anchor '\(name)' referenced"
            }
            return located(problem, problemLine: mark.line - 1, contextLine: nil, scanner: false)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return "line \(context.mark.line): mapping key \"\(duplicates.first ?? "")\" already defined"
        case .reader(let problem, _, _, _):
            return problem
        default:
            return "\(e)"
        }
    }

    private static func located(_ problem: String, problemLine: Int, contextLine: Int?, scanner: Bool) -> String {
        var line = 0
        if problemLine != 0 { line = problemLine + (scanner ? 1 : 0) } else if let c = contextLine, c != 0 { line = c }
        return line != 0 ? "line \(line): \(problem)" : problem
    }

    static func value(_ node: Node) throws -> Value {
        switch node {
        case .scalar(let s):
            // Plain scalars resolve by go-yaml's rules; quoted and block scalars are strings.
            // (Explicit `!!int`-style tags are not honoured.)
            return s.style == .plain || s.style == .any ? resolve(s.string) : .string(s.string)
        case .sequence(let seq):
            return .array(try seq.map(value))
        case .mapping(let map):
            var members: [Value.Member] = []
            for (k, v) in map {
                let key = keyString(try value(k))
                let val = try value(v)
                if let i = members.firstIndex(where: { $0.key == key }) { members[i].value = val } else { members.append(.init(key, val)) }
            }
            return .object(members)
        case .alias:
            return .null
        }
    }

    /// sigs.k8s.io/yaml turns non-string keys into JSON strings (`n: x` becomes `"false": x`).
    static func keyString(_ v: Value) -> String {
        switch v {
        case .string(let s): return s
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let d): return GoJSON.formatFloat(d)
        case .null: return "null"
        default: return GoJSON.compact(v)
        }
    }

    /// go-yaml v2 `resolve` for a plain scalar.
    static func resolve(_ s: String) -> Value {
        switch s {
        case "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON": return .bool(true)
        case "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF": return .bool(false)
        case "", "~", "null", "Null", "NULL": return .null
        case ".nan", ".NaN", ".NAN": return .float(.nan)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .float(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .float(-.infinity)
        default: break
        }
        guard let first = s.unicodeScalars.first else { return .null }
        if first == "." { return GoNumber.parseFloat(s).map(Value.float) ?? .string(s) }
        guard first == "+" || first == "-" || ("0"..."9").contains(first) else { return .string(s) }
        if YAMLScalar.isTimestamp(s) { return .string(s) }
        let plain = s.replacingAll("_", with: "")
        if let i = GoNumber.parseInt(plain) { return .int(i) }
        if YAMLScalar.isBase60Float(s) { return .string(s) }
        if GoNumber.isYAMLStyleFloat(plain), let d = GoNumber.parseFloat(plain), d.isFinite {
            return d == d.rounded() && abs(d) < 9e18 ? .float(d) : .float(d)
        }
        if plain.hasPrefix("0b"), let i = GoNumber.parseInt(String(plain.dropFirst(2)), radix: 2) { return .int(i) }
        if plain.hasPrefix("-0b"), let i = GoNumber.parseInt(String(plain.dropFirst(3)), radix: 2) { return .int(-i) }
        return .string(s)
    }
}
