/// kubectl's JSONPath templates (`k8s.io/client-go/util/jsonpath`), the common subset:
/// text, `{.a.b}`, `{.items[*].metadata.name}`, `[n]`, `[-1]`, `[a:b]`, `['key']`,
/// `[?(@.x=="y")]`, `..name`, `.*`, `{range …}…{end}`, `{"\n"}` and `{$}`/`{@}`.
///
/// Printing follows `jsonpath.go PrintResults`: strings raw, maps and lists as compact JSON
/// (keys sorted, as the object is unstructured), several results separated by one space.
/// Missing keys print nothing (kubectl turns `AllowMissingKeys` on).
public struct JSONPath: Equatable, Sendable {
    public let template: String
    let nodes: [Node]

    indirect enum Node: Equatable, Sendable {
        case text(String)
        case list([Node])          // one action: several nodes evaluated in turn
        case path([Step])
        case literal(String)
        case range([Step], body: [Node])
        case end
        case identifier(String)
    }

    enum Step: Equatable, Sendable {
        case root                  // $
        case current               // @
        case field(String)
        case wildcard              // .* or [*]
        case recursive(String?)    // ..name (nil: every node)
        case index(Int)
        case slice(Int?, Int?)
        case filter([Step], op: String?, literal: Value?)
    }

    public struct ParseError: Error, Equatable { public var message: String }
    public struct ExecError: Error, Equatable { public var message: String }

    public init(_ template: String) throws(ParseError) {
        self.template = template
        var p = JSONPathParser(template)
        let flat = try p.parseTemplate()
        self.nodes = try JSONPathParser.nest(flat, template: template)
    }

    /// Evaluates the template against `root` and returns the text kubectl prints.
    public func execute(_ root: Value) throws(ExecError) -> String {
        var out = ""
        try run(nodes, root: root, current: root, into: &out)
        return out
    }

    private func run(_ nodes: [Node], root: Value, current: Value, into out: inout String) throws(ExecError) {
        for node in nodes {
            switch node {
            case .text(let t): out += t
            case .literal(let s): out += s
            case .end: throw ExecError(message: "not in range, nothing to end")
            case .identifier(let name): throw ExecError(message: "unrecognized identifier \(name)")
            case .path(let steps):
                let results = try evaluate(steps, root: root, current: current)
                out += results.map(Self.text).joined(separator: " ")
            case .list(let parts):
                for part in parts { try run([part], root: root, current: current, into: &out) }
            case .range(let steps, let body):
                // Each result of the range expression runs the body once, with `@` set to it.
                for value in try evaluate(steps, root: root, current: current) {
                    try run(body, root: root, current: value, into: &out)
                }
            }
        }
    }

    static func text(_ v: Value) -> String {
        switch v {
        case .string(let s): return s
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let d): return GoJSON.formatFloat(d)
        case .array, .object: return GoJSON.compact(v.sortedKeys)
        }
    }

    /// The values a path selects, in order.
    func evaluate(_ steps: [Step], root: Value, current: Value) throws(ExecError) -> [Value] {
        var values = [current]
        for step in steps {
            var next: [Value] = []
            for v in values {
                switch step {
                case .root: next.append(root)
                case .current: next.append(current)
                case .field(let name):
                    if let x = v[name] { next.append(x) }
                case .wildcard:
                    switch v {
                    case .array(let items): next += items
                    case .object(let members): next += members.sorted { $0.key < $1.key }.map(\.value)
                    default: break
                    }
                case .recursive(let name): Self.collect(v, name: name, into: &next)
                case .index(let i):
                    guard case .array(let items) = v else { continue }
                    let idx = i < 0 ? items.count + i : i
                    guard idx >= 0 && idx < items.count else {
                        throw ExecError(message: "array index out of bounds: index \(i), length \(items.count)")
                    }
                    next.append(items[idx])
                case .slice(let a, let b):
                    guard case .array(let items) = v else { continue }
                    func clamp(_ x: Int) -> Int { max(0, min(items.count, x < 0 ? items.count + x : x)) }
                    let lo = clamp(a ?? 0), hi = clamp(b ?? items.count)
                    if lo < hi { next += items[lo..<hi] }
                case .filter(let path, let op, let literal):
                    guard case .array(let items) = v else { continue }
                    for item in items {
                        let found = try evaluate(path, root: root, current: item)
                        guard let op, let literal else { if !found.isEmpty { next.append(item) }; continue }
                        if found.contains(where: { Self.compare($0, op, literal) }) { next.append(item) }
                    }
                }
            }
            values = next
        }
        return values
    }

    private static func collect(_ v: Value, name: String?, into out: inout [Value]) {
        switch v {
        case .object(let members):
            let sorted = members.sorted { $0.key < $1.key }
            if let name { if let x = v[name] { out.append(x) } } else { out.append(v) }
            for m in sorted { collect(m.value, name: name, into: &out) }
        case .array(let items):
            if name == nil { out.append(v) }
            for i in items { collect(i, name: name, into: &out) }
        default: break
        }
    }

    private static func compare(_ a: Value, _ op: String, _ b: Value) -> Bool {
        func number(_ v: Value) -> Double? {
            switch v { case .int(let i): return Double(i); case .float(let d): return d; default: return nil }
        }
        if let x = number(a), let y = number(b) {
            switch op {
            case "==": return x == y
            case "!=": return x != y
            case "<": return x < y
            case ">": return x > y
            case "<=": return x <= y
            case ">=": return x >= y
            default: return false
            }
        }
        switch op {
        case "==": return text(a) == text(b)
        case "!=": return text(a) != text(b)
        default: return false
        }
    }
}
