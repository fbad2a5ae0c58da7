/// JSON text as Go's encoding/json writes it, which is what kubectl prints.
///
/// `-o json` is `json.MarshalIndent(obj, "", "    ")` plus a newline
/// (`k8s.io/cli-runtime/pkg/printers/json.go`); jsonpath and the last-applied annotation use
/// the compact form. Go escapes `<`, `>`, `&`, U+2028 and U+2029 (HTML-safe encoding).
public enum GoJSON {
    /// `json.MarshalIndent` with four spaces, followed by a newline.
    public static func pretty(_ value: Value) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        return out + "\n"
    }

    /// `json.Marshal`: no spaces at all.
    public static func compact(_ value: Value) -> String {
        var out = ""
        writeCompact(value, into: &out)
        return out
    }

    private static func write(_ value: Value, indent: Int, into out: inout String) {
        switch value {
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{\n"
            for (i, m) in members.enumerated() {
                out += String(repeating: " ", count: (indent + 1) * 4)
                out += quote(m.key) + ": "
                write(m.value, indent: indent + 1, into: &out)
                out += i == members.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent * 4) + "}"
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += String(repeating: " ", count: (indent + 1) * 4)
                write(item, indent: indent + 1, into: &out)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent * 4) + "]"
        default:
            writeCompact(value, into: &out)
        }
    }

    private static func writeCompact(_ value: Value, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .float(let d): out += formatFloat(d)
        case .string(let s): out += quote(s)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                writeCompact(item, into: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (i, m) in members.enumerated() {
                if i > 0 { out += "," }
                out += quote(m.key) + ":"
                writeCompact(m.value, into: &out)
            }
            out += "}"
        }
    }

    /// A Go float64 as encoding/json prints it: integral values without a fraction.
    public static func formatFloat(_ d: Double) -> String {
        if d.isNaN || d.isInfinite { return "null" }
        if d == d.rounded(), abs(d) < 1e21 { return String(Int64(d)) }
        return "\(d)"
    }

    private static let hex = Array("0123456789abcdef")

    /// A JSON string literal with Go's escaping rules.
    public static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                out += unicodeEscape(scalar.value)
            default:
                if scalar.value < 0x20 { out += unicodeEscape(scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    private static func unicodeEscape(_ v: UInt32) -> String {
        "\\u" + String([hex[Int(v >> 12 & 0xF)], hex[Int(v >> 8 & 0xF)], hex[Int(v >> 4 & 0xF)], hex[Int(v & 0xF)]])
    }
}
