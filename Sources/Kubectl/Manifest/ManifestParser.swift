/// Reads a manifest file into value trees, one per YAML document, as kubectl's
/// `YAMLOrJSONDecoder` does: documents that hold nothing (only `---` or comments) are
/// skipped, and scalars resolve as go-yaml v2 resolves them (so `on`, `yes`, `n` are
/// booleans, `0x1F` is a number, a date stays a string).
enum ManifestParser {
    /// The documents up to the first syntax error, and that error: kubectl acts on the
    /// documents before a broken one.
    static func documentsUntilError(_ text: String, source: String) -> ([Value], KubectlError?) {
        var docs: [Value] = []
        func failure(_ e: YAMLEvents.SyntaxError, converting: Bool) -> KubectlError {
            .message("error parsing \(source): " + (converting ? "error converting YAML to JSON: yaml: " : "") + e.message)
        }
        let pieces: [String]
        do { pieces = try YAMLEvents.split(text) } catch { return ([], failure(error, converting: false)) }
        for piece in pieces {
            do {
                let v = try YAMLEvents.firstDocument(piece)
                if v != .null { docs.append(v) }
            } catch {
                return (docs, failure(error, converting: true))
            }
        }
        return (docs, nil)
    }

    static func documents(_ text: String, source: String) throws(KubectlError) -> [Value] {
        let (docs, error) = documentsUntilError(text, source: source)
        if let error { throw error }
        return docs
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
