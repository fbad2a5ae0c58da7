/// Parses JSONPath templates with the error words of `client-go/util/jsonpath/parser.go`
/// (`unclosed action`, `invalid array index x`, `unrecognized character in action: …`).
struct JSONPathParser {
    typealias Node = JSONPath.Node
    typealias Step = JSONPath.Step

    /// A template before range bodies are nested.
    enum Flat: Equatable {
        case node(Node)
        case rangeStart([Step])
        case end
    }

    private let chars: [Character]
    private let template: String
    private var i = 0

    init(_ template: String) { self.template = template; self.chars = Array(template) }

    private func fail(_ message: String) -> JSONPath.ParseError {
        JSONPath.ParseError(message: "error parsing jsonpath \(template), \(message)")
    }

    mutating func parseTemplate() throws(JSONPath.ParseError) -> [Flat] {
        var out: [Flat] = []
        var text = ""
        while i < chars.count {
            if chars[i] == "{" {
                if !text.isEmpty { out.append(.node(.text(text))); text = "" }
                i += 1
                let start = i
                var quote: Character? = nil
                var depth = 0
                while i < chars.count {
                    let c = chars[i]
                    if let q = quote {
                        if c == "\\" { i += 1 } else if c == q { quote = nil }
                    } else if c == "\"" || c == "'" {
                        quote = c
                    } else if c == "[" {
                        depth += 1
                    } else if c == "]" {
                        depth -= 1
                    } else if c == "}" && depth <= 0 {
                        break
                    }
                    i += 1
                }
                guard i < chars.count else { throw fail("unclosed action") }
                let action = String(chars[start..<i])
                i += 1
                out += try parseAction(action)
            } else {
                text.append(chars[i]); i += 1
            }
        }
        if !text.isEmpty { out.append(.node(.text(text))) }
        return out
    }

    private func parseAction(_ raw: String) throws(JSONPath.ParseError) -> [Flat] {
        let action = raw.trimmingSpaces
        if action == "end" { return [.end] }
        if action.hasPrefix("range ") || action == "range" {
            let rest = String(action.dropFirst(5)).trimmingSpaces
            var parts = try parseItems(rest)
            guard parts.count == 1, case .path(let steps) = parts.removeFirst() else {
                return [.rangeStart([.field("\u{0}")])]
            }
            return [.rangeStart(steps)]
        }
        let items = try parseItems(action)
        return items.count == 1 ? [.node(items[0])] : [.node(.list(items))]
    }

    /// Space-separated items of one action.
    private func parseItems(_ text: String) throws(JSONPath.ParseError) -> [Node] {
        let c = Array(text)
        var j = 0
        var nodes: [Node] = []
        while j < c.count {
            let ch = c[j]
            if ch == " " || ch == "\t" { j += 1; continue }
            if ch == "\"" {
                var k = j + 1, s = ""
                while k < c.count && c[k] != "\"" {
                    if c[k] == "\\" && k + 1 < c.count {
                        k += 1
                        switch c[k] { case "n": s += "\n"; case "t": s += "\t"; case "r": s += "\r"; default: s.append(c[k]) }
                    } else { s.append(c[k]) }
                    k += 1
                }
                guard k < c.count else { throw fail("unterminated quoted string") }
                nodes.append(.literal(s)); j = k + 1; continue
            }
            if ch == "." || ch == "$" || ch == "@" || ch == "[" {
                var k = j, depth = 0, quote: Character? = nil
                while k < c.count {
                    if let q = quote { if c[k] == q { quote = nil } }
                    else if c[k] == "'" || c[k] == "\"" { quote = c[k] }
                    else if c[k] == "[" { depth += 1 }
                    else if c[k] == "]" { depth -= 1 }
                    else if (c[k] == " " || c[k] == "\t") && depth == 0 { break }
                    k += 1
                }
                nodes.append(.path(try parsePath(String(c[j..<k]))))
                j = k; continue
            }
            if ch.isLetter {
                var k = j
                while k < c.count && (c[k].isLetter || c[k].isNumber) { k += 1 }
                let word = String(c[j..<k])
                if word == "true" || word == "false" { nodes.append(.literal(word)) } else { nodes.append(.identifier(word)) }
                j = k; continue
            }
            if ch.isNumber || ch == "-" {
                var k = j + 1
                while k < c.count && (c[k].isNumber || c[k] == ".") { k += 1 }
                nodes.append(.literal(String(c[j..<k]))); j = k; continue
            }
            let scalar = ch.unicodeScalars.first!
            let hex = String(scalar.value, radix: 16, uppercase: true)
            throw fail("unrecognized character in action: U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex) '\(ch)'")
        }
        return nodes
    }

    func parsePath(_ text: String) throws(JSONPath.ParseError) -> [Step] {
        let c = Array(text)
        var j = 0
        var steps: [Step] = []
        func ident() -> String {
            var s = ""
            while j < c.count, !".[ =!<>)".contains(c[j]) {
                if c[j] == "\\" && j + 1 < c.count { j += 1 }
                s.append(c[j]); j += 1
            }
            return s
        }
        while j < c.count {
            switch c[j] {
            case "$": steps.append(.root); j += 1
            case "@": steps.append(.current); j += 1
            case ".":
                j += 1
                if j < c.count && c[j] == "." {
                    j += 1
                    let name = ident()
                    steps.append(.recursive(name.isEmpty ? nil : name))
                } else if j < c.count && c[j] == "*" {
                    j += 1; steps.append(.wildcard)
                } else {
                    let name = ident()
                    if !name.isEmpty { steps.append(.field(name)) }
                }
            case "[":
                var k = j + 1, depth = 1, quote: Character? = nil
                while k < c.count {
                    if let q = quote { if c[k] == q { quote = nil } }
                    else if c[k] == "'" || c[k] == "\"" { quote = c[k] }
                    else if c[k] == "[" { depth += 1 }
                    else if c[k] == "]" { depth -= 1; if depth == 0 { break } }
                    k += 1
                }
                guard k < c.count else { throw fail("unterminated array") }
                steps.append(try parseBracket(String(c[(j + 1)..<k])))
                j = k + 1
            default:
                let scalar = c[j].unicodeScalars.first!
                let hex = String(scalar.value, radix: 16, uppercase: true)
                throw fail("unrecognized character in action: U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex) '\(c[j])'")
            }
        }
        return steps
    }

    private func parseBracket(_ inner: String) throws(JSONPath.ParseError) -> Step {
        let s = inner.trimmingSpaces
        if s == "*" { return .wildcard }
        if s.hasPrefix("?(") && s.hasSuffix(")") {
            let body = String(s.dropFirst(2).dropLast()).trimmingSpaces
            for op in ["==", "!=", "<=", ">=", "<", ">"] {
                if let r = body.firstRange(of: op) {
                    let lhs = String(body[..<r.lowerBound]).trimmingSpaces
                    let rhs = String(body[r.upperBound...]).trimmingSpaces
                    return .filter(try parsePath(lhs), op: op, literal: Self.literal(rhs))
                }
            }
            return .filter(try parsePath(body), op: nil, literal: nil)
        }
        if s.hasPrefix("'") && s.hasSuffix("'") && s.count >= 2 {
            return .field(String(s.dropFirst().dropLast()))
        }
        if s.contains(":") {
            let parts = s.split(separator: ":", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
            guard parts.count <= 3 else { throw fail("invalid array index \(s)") }
            let a = parts[0].isEmpty ? nil : Int(parts[0]), b = parts[1].isEmpty ? nil : Int(parts[1])
            if (!parts[0].isEmpty && a == nil) || (!parts[1].isEmpty && b == nil) { throw fail("invalid array index \(s)") }
            return .slice(a, b)
        }
        if let n = Int(s) { return .index(n) }
        if s.hasPrefix("\"") {
            let first = s.split(separator: ",").first.map(String.init) ?? s
            throw fail("invalid array index \(first)")
        }
        throw fail("invalid array index \(s)")
    }

    private static func literal(_ text: String) -> Value {
        if text.count >= 2, let f = text.first, f == "'" || f == "\"", text.last == f {
            return .string(String(text.dropFirst().dropLast()))
        }
        if let i = Int64(text) { return .int(i) }
        if let d = Double(text) { return .float(d) }
        if text == "true" || text == "false" { return .bool(text == "true") }
        return .string(text)
    }

    /// Turns `{range}` … `{end}` into nested nodes. A range left open just ends with the template.
    static func nest(_ flat: [Flat], template: String) throws(JSONPath.ParseError) -> [Node] {
        var stack: [([Step], [Node])] = []
        var top: [Node] = []
        func append(_ n: Node) { if stack.isEmpty { top.append(n) } else { stack[stack.count - 1].1.append(n) } }
        for f in flat {
            switch f {
            case .node(let n): append(n)
            case .rangeStart(let steps): stack.append((steps, []))
            case .end:
                if let (steps, body) = stack.popLast() { append(.range(steps, body: body)) } else { append(.end) }
            }
        }
        while let (steps, body) = stack.popLast() { append(.range(steps, body: body)) }
        return top
    }
}
