/// YAML text as kubectl's `-o yaml` writes it: sigs.k8s.io/yaml turns the object into JSON,
/// reads that back into maps and writes it with go-yaml v2 (a port of libyaml's emitter).
///
/// So: mapping keys sorted (go-yaml's natural order), two-space indentation, sequences not
/// indented under their key, `{}`/`[]` for empty collections, strings quoted only when they
/// must be (`YAMLScalar`), and long scalars folded at spaces past column 80 (go-yaml v2.4's
/// default `best_width`), continuing two columns deeper than their key.
public enum GoYAML {
    public static func marshal(_ value: Value) -> String {
        var e = YAMLEmitter()
        e.document(value)
        return e.out
    }

    /// go-yaml's `keyList.Less` for string keys: runs of digits compare as numbers, and a
    /// letter sorts after a non-letter (`sorter.go`).
    static func keyLess(_ a: String, _ b: String) -> Bool {
        let ar = Array(a.unicodeScalars), br = Array(b.unicodeScalars)
        var i = 0
        while i < ar.count && i < br.count {
            if ar[i] == br[i] { i += 1; continue }
            let al = isLetter(ar[i]), bl = isLetter(br[i])
            if al && bl { return ar[i].value < br[i].value }
            if al || bl { return bl }
            var an: Int64 = 0, bn: Int64 = 0
            if ar[i] == "0" || br[i] == "0" {
                var j = i - 1
                while j >= 0 && isDigit(ar[j]) {
                    if ar[j] != "0" { an = 1; bn = 1; break }
                    j -= 1
                }
            }
            var ai = i, bi = i
            while ai < ar.count && isDigit(ar[ai]) { an = an &* 10 &+ Int64(ar[ai].value - 48); ai += 1 }
            while bi < br.count && isDigit(br[bi]) { bn = bn &* 10 &+ Int64(br[bi].value - 48); bi += 1 }
            if an != bn { return an < bn }
            if ai != bi { return ai < bi }
            return ar[i].value < br[i].value
        }
        return ar.count < br.count
    }

    private static func isLetter(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }
    static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
}

/// The block-style emitter. `column` tracks the current line as libyaml does, for folding.
struct YAMLEmitter {
    var out = ""
    var column = 0
    static let bestWidth = 80

    mutating func document(_ v: Value) {
        switch v {
        case .object(let m) where !m.isEmpty: mapping(m, indent: 0, inline: false)
        case .array(let a) where !a.isEmpty: sequence(a, indent: 0, inline: false)
        default: scalarOrEmpty(v, indent: 2)
        }
        if column != 0 { newline() }
    }

    private mutating func put(_ s: String) {
        out += s
        column += s.unicodeScalars.count
    }
    private mutating func newline() { out += "\n"; column = 0 }

    /// libyaml `write_indent`: a fresh line at `indent`, unless already there.
    private mutating func startLine(_ indent: Int) {
        if column != 0 { newline() }
        put(String(repeating: " ", count: indent))
    }

    private mutating func mapping(_ members: [Value.Member], indent: Int, inline: Bool) {
        let sorted = members.sorted { GoYAML.keyLess($0.key, $1.key) }
        for (i, m) in sorted.enumerated() {
            if i > 0 || !inline { startLine(indent) }
            scalarString(m.key, indent: indent + 2, simpleKey: true)
            put(":")
            switch m.value {
            case .object(let sub) where !sub.isEmpty:
                mapping(sub, indent: indent + 2, inline: false)
            case .array(let items) where !items.isEmpty:
                sequence(items, indent: indent, inline: false)
            default:
                put(" ")
                scalarOrEmpty(m.value, indent: indent + 2)
            }
        }
    }

    private mutating func sequence(_ items: [Value], indent: Int, inline: Bool) {
        for (i, item) in items.enumerated() {
            if i > 0 || !inline { startLine(indent) }
            put("- ")
            switch item {
            case .object(let sub) where !sub.isEmpty: mapping(sub, indent: indent + 2, inline: true)
            case .array(let sub) where !sub.isEmpty: sequence(sub, indent: indent + 2, inline: true)
            default: scalarOrEmpty(item, indent: indent + 2)
            }
        }
    }

    private mutating func scalarOrEmpty(_ v: Value, indent: Int) {
        switch v {
        case .null: put("null")
        case .bool(let b): put(b ? "true" : "false")
        case .int(let i): put(String(i))
        case .float(let d): put(Self.formatFloat(d))
        case .string(let s): scalarString(s, indent: indent, simpleKey: false)
        case .object: put("{}")
        case .array: put("[]")
        }
    }

    /// go-yaml `floatv`: `strconv.FormatFloat(f, 'g', -1, 64)` with YAML's infinities.
    static func formatFloat(_ d: Double) -> String {
        if d.isNaN { return ".nan" }
        if d.isInfinite { return d < 0 ? "-.inf" : ".inf" }
        if d == d.rounded(), abs(d) < 1e21 { return String(Int64(d)) }
        return "\(d)"
    }

    /// Writes a string scalar at the current position; `indent` is where folded lines and
    /// literal block lines continue.
    private mutating func scalarString(_ text: String, indent: Int, simpleKey: Bool) {
        // sigs.k8s.io/yaml reads its own JSON back with the YAML parser, which folds a raw
        // NEL (U+0085, left unescaped by encoding/json) inside a quoted string to a space.
        let s = text.unicodeScalars.contains("\u{85}") ? String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\u{85}" ? " " : $0 })) : text
        let allowBreaks = !simpleKey
        switch YAMLScalar.style(for: s, simpleKey: simpleKey) {
        case .plain: writePlain(s, indent: indent, allowBreaks: allowBreaks)
        case .singleQuoted: writeSingle(s, indent: indent, allowBreaks: allowBreaks)
        case .doubleQuoted: writeDouble(s, indent: indent, allowBreaks: allowBreaks)
        case .literal: writeLiteral(s, indent: indent)
        }
    }

    private mutating func foldLine(_ indent: Int) {
        newline()
        put(String(repeating: " ", count: indent))
    }

    private mutating func writePlain(_ s: String, indent: Int, allowBreaks: Bool) {
        let c = Array(s.unicodeScalars)
        var spaces = false
        for i in c.indices {
            if c[i] == " " {
                if allowBreaks && !spaces && column > Self.bestWidth && !(i + 1 < c.count && c[i + 1] == " ") {
                    foldLine(indent)
                } else {
                    put(" ")
                }
                spaces = true
            } else {
                put(String(c[i])); spaces = false
            }
        }
    }

    private mutating func writeSingle(_ s: String, indent: Int, allowBreaks: Bool) {
        let c = Array(s.unicodeScalars)
        put("'")
        var spaces = false
        for i in c.indices {
            if c[i] == " " {
                if allowBreaks && !spaces && column > Self.bestWidth && i != 0 && i != c.count - 1
                    && !(i + 1 < c.count && c[i + 1] == " ") {
                    foldLine(indent)
                } else {
                    put(" ")
                }
                spaces = true
            } else {
                if c[i] == "'" { put("'") }
                put(String(c[i])); spaces = false
            }
        }
        put("'")
    }

    private mutating func writeDouble(_ s: String, indent: Int, allowBreaks: Bool) {
        let c = Array(s.unicodeScalars)
        put("\"")
        var spaces = false
        for i in c.indices {
            let ch = c[i]
            if !YAMLScalar.isPrintable(ch) || ch.value == 0xFEFF || YAMLScalar.Analysis.isBreak(ch) || ch == "\"" || ch == "\\" {
                put(Self.escape(ch)); spaces = false
            } else if ch == " " {
                if allowBreaks && !spaces && column > Self.bestWidth && i != 0 && i != c.count - 1 {
                    foldLine(indent)
                    if i + 1 < c.count && c[i + 1] == " " { put("\\") }
                } else {
                    put(" ")
                }
                spaces = true
            } else {
                put(String(ch)); spaces = false
            }
        }
        put("\"")
    }

    private static func escape(_ ch: Unicode.Scalar) -> String {
        switch ch.value {
        case 0x00: return "\\0"
        case 0x07: return "\\a"
        case 0x08: return "\\b"
        case 0x09: return "\\t"
        case 0x0A: return "\\n"
        case 0x0B: return "\\v"
        case 0x0C: return "\\f"
        case 0x0D: return "\\r"
        case 0x1B: return "\\e"
        case 0x22: return "\\\""
        case 0x5C: return "\\\\"
        case 0x85: return "\\N"
        case 0xA0: return "\\_"
        case 0x2028: return "\\L"
        case 0x2029: return "\\P"
        default:
            let hex = String(ch.value, radix: 16, uppercase: true)
            if ch.value <= 0xFF { return "\\x" + String(repeating: "0", count: 2 - hex.count) + hex }
            if ch.value <= 0xFFFF { return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex }
            return "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
        }
    }

    /// A `|` block: `|-` without a final newline, `|+` with more than one, and an
    /// indentation indicator when the text starts with a space or newline.
    private mutating func writeLiteral(_ s: String, indent: Int) {
        var header = "|"
        if let f = s.unicodeScalars.first, f == " " || YAMLScalar.Analysis.isBreak(f) { header += "2" }
        let scalars = Array(s.unicodeScalars)
        if let last = scalars.last, YAMLScalar.Analysis.isBreak(last) {
            if scalars.count == 1 || YAMLScalar.Analysis.isBreak(scalars[scalars.count - 2]) { header += "+" }
        } else {
            header += "-"
        }
        put(header)
        newline()
        var breaks = true
        for ch in scalars {
            if YAMLScalar.Analysis.isBreak(ch) {
                newline()
                breaks = true
            } else {
                if breaks { put(String(repeating: " ", count: indent)); breaks = false }
                put(String(ch))
            }
        }
    }
}
