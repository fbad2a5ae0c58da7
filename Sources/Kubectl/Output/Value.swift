/// A JSON-like value tree whose objects keep their key order.
///
/// Objects are built in Go struct field order, which is what `encoding/json` prints for a
/// typed object (`kubectl create … --dry-run=client -o json`). The YAML printer and the
/// printers for unstructured objects (`kubectl get -o json`) sort the keys themselves.
/// Manifests read from files are parsed into the same tree before they are decoded.
public indirect enum Value: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case float(Double)
    case string(String)
    case array([Value])
    case object([Member])

    public struct Member: Equatable, Sendable {
        public var key: String
        public var value: Value
        public init(_ key: String, _ value: Value) { self.key = key; self.value = value }
    }

    public static let emptyObject = Value.object([])

    /// The value under `key` of an object (the last one, as a JSON decoder keeps), or nil.
    public subscript(key: String) -> Value? {
        guard case .object(let members) = self else { return nil }
        return members.last { $0.key == key }?.value
    }

    public var members: [Member]? { if case .object(let m) = self { return m } else { return nil } }
    public var items: [Value]? { if case .array(let a) = self { return a } else { return nil } }
    public var string: String? { if case .string(let s) = self { return s } else { return nil } }

    /// The same tree with every object's keys sorted by byte order, as Go's encoding/json
    /// orders a `map[string]interface{}` (an unstructured object).
    public var sortedKeys: Value {
        switch self {
        case .object(let m):
            return .object(m.map { Member($0.key, $0.value.sortedKeys) }.sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) })
        case .array(let a): return .array(a.map(\.sortedKeys))
        default: return self
        }
    }

    /// Sets `key` in an object, replacing an existing member in place or appending.
    public mutating func set(_ key: String, _ value: Value) {
        guard case .object(var m) = self else { return }
        if let i = m.firstIndex(where: { $0.key == key }) { m[i].value = value } else { m.append(Member(key, value)) }
        self = .object(m)
    }

    /// Removes `key` from an object.
    public mutating func remove(_ key: String) {
        guard case .object(var m) = self else { return }
        m.removeAll { $0.key == key }
        self = .object(m)
    }

    /// What Go's encoding/json calls this kind of value in an UnmarshalTypeError
    /// (`cannot unmarshal string into …`).
    public var jsonTypeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "bool"
        case .int(let i): return "number \(i)"
        case .float(let d): return "number \(GoJSON.formatFloat(d))"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
}

/// Builds an object in field order, leaving out what Go's `omitempty` would leave out.
/// `ObjectBuilder` keeps the serializers readable: one line per Go struct field.
struct ObjectBuilder {
    private(set) var members: [Value.Member] = []

    /// Always present (no `omitempty`).
    mutating func put(_ key: String, _ value: Value) { members.append(.init(key, value)) }
    /// `omitempty` string.
    mutating func str(_ key: String, _ s: String?) { if let s, !s.isEmpty { put(key, .string(s)) } }
    /// `omitempty` integer (zero left out).
    mutating func int(_ key: String, _ i: Int?) { if let i, i != 0 { put(key, .int(Int64(i))) } }
    mutating func int64(_ key: String, _ i: Int64?) { if let i, i != 0 { put(key, .int(i)) } }
    /// A pointer field: present whenever set, even when zero.
    mutating func ptrInt(_ key: String, _ i: Int?) { if let i { put(key, .int(Int64(i))) } }
    mutating func ptrBool(_ key: String, _ b: Bool?) { if let b { put(key, .bool(b)) } }
    /// `omitempty` bool (false left out).
    mutating func flag(_ key: String, _ b: Bool) { if b { put(key, .bool(true)) } }
    /// `omitempty` map of strings, keys sorted (Go prints maps sorted).
    mutating func map(_ key: String, _ m: [String: String]) {
        if !m.isEmpty { put(key, .object(m.sorted { $0.key < $1.key }.map { .init($0.key, .string($0.value)) })) }
    }
    /// `omitempty` list.
    mutating func list(_ key: String, _ items: [Value]) { if !items.isEmpty { put(key, .array(items)) } }
    /// `omitempty` nested object that is present when non-empty.
    mutating func obj(_ key: String, _ v: Value?) {
        guard let v else { return }
        put(key, v)
    }

    var value: Value { .object(members) }
}
