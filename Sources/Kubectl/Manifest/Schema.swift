/// The shape of an API type, for decoding manifests the way the API server does: Go's
/// `encoding/json` type errors (fatal, the first one wins) and strict decoding's unknown
/// fields (all of them, `sigs.k8s.io/json` `UnmarshalStrict`).
indirect enum FieldType: Sendable {
    case string, bool, int32, int64
    case intOrString               // intstr.IntOrString
    case quantity                  // resource.Quantity: a string or a number
    case time                      // metav1.Time: an RFC 3339 string or null
    case any                       // a type kubetutor accepts without looking inside
    case object(Schema)
    case array(FieldType)
    case map(FieldType)            // map[string]X

    /// How Go names the type in an UnmarshalTypeError (`v1.DeploymentSpec`, `[]v1.Container`).
    var goName: String {
        switch self {
        case .string: return "string"
        case .bool: return "bool"
        case .int32: return "int32"
        case .int64: return "int64"
        case .intOrString: return "intstr.IntOrString"
        case .quantity: return "resource.Quantity"
        case .time: return "v1.Time"
        case .any: return "interface {}"
        case .object(let s): return "\(s.package).\(s.name)"
        case .array(let t): return "[]" + t.goName
        case .map(let t): return "map[string]" + t.goName
        }
    }
}

/// A Go struct: its name, package, and JSON field names with their types.
struct Schema: Sendable {
    let name: String
    var package = "v1"
    let fields: [(String, FieldType)]

    init(_ name: String, package: String = "v1", _ fields: [(String, FieldType)]) {
        self.name = name; self.package = package; self.fields = fields
    }

    func field(_ key: String) -> FieldType? { fields.first { $0.0 == key }?.1 }
}

/// The outcome of checking a value against a schema.
struct SchemaCheck {
    /// The first type error, worded as encoding/json words it.
    var typeError: String?
    /// Unknown fields, `spec.template.spec.containers[0].imagee`, in document order.
    var unknownFields: [String] = []

    static func run(_ value: Value, _ schema: Schema) -> SchemaCheck {
        var c = SchemaCheck()
        c.checkObject(value, schema, path: "", strictPath: "")
        return c
    }

    private mutating func typeMismatch(_ value: Value, structName: String, path: String, type: FieldType) {
        guard typeError == nil else { return }
        var what = value.jsonTypeName
        switch (value, type) {
        case (.int, .int32), (.int, .int64), (.float, .int32), (.float, .int64): break
        case (.int, _), (.float, _): what = "number"
        default: break
        }
        typeError = "json: cannot unmarshal \(what) into Go struct field \(structName).\(path) of type \(type.goName)"
    }

    private mutating func checkObject(_ value: Value, _ schema: Schema, path: String, strictPath: String) {
        guard case .object(let members) = value else { return }
        for m in members {
            let p = path.isEmpty ? m.key : "\(path).\(m.key)"
            let sp = strictPath.isEmpty ? m.key : "\(strictPath).\(m.key)"
            guard let type = schema.field(m.key) else {
                if !unknownFields.contains(sp) { unknownFields.append(sp) }
                continue
            }
            check(m.value, type, structName: schema.name, path: p, strictPath: sp)
        }
    }

    private mutating func check(_ v: Value, _ type: FieldType, structName: String, path: String, strictPath: String) {
        if v == .null { return }
        switch type {
        case .any: return
        case .string:
            if case .string = v { return }
            typeMismatch(v, structName: structName, path: path, type: type)
        case .time:
            if case .string = v { return }
            typeMismatch(v, structName: structName, path: path, type: type)
        case .bool:
            if case .bool = v { return }
            typeMismatch(v, structName: structName, path: path, type: type)
        case .int32, .int64:
            let limit: Int64 = type.goName == "int32" ? Int64(Int32.max) : Int64.max
            switch v {
            case .int(let i) where i <= limit && i >= -limit - 1: return
            case .float(let d) where d == d.rounded() && abs(d) <= Double(limit): return
            default: typeMismatch(v, structName: structName, path: path, type: type)
            }
        case .intOrString:
            switch v {
            case .string, .int: return
            case .float(let d) where d == d.rounded(): return
            default:
                if typeError == nil { typeError = "json: cannot unmarshal \(v.jsonTypeName) into Go value of type int32" }
            }
        case .quantity:
            switch v {
            case .string(let s):
                if Quantity.parse(s) == nil && typeError == nil {
                    typeError = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"
                }
            case .int, .float: return
            default:
                if typeError == nil { typeError = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'" }
            }
        case .object(let schema):
            guard case .object = v else { typeMismatch(v, structName: structName, path: path, type: type); return }
            checkObject(v, schema, path: path, strictPath: strictPath)
        case .array(let element):
            guard case .array(let items) = v else { typeMismatch(v, structName: structName, path: path, type: type); return }
            for (i, item) in items.enumerated() {
                check(item, element, structName: structName, path: path, strictPath: "\(strictPath)[\(i)]")
            }
        case .map(let element):
            guard case .object(let members) = v else { typeMismatch(v, structName: structName, path: path, type: type); return }
            for m in members {
                check(m.value, element, structName: structName, path: path, strictPath: "\(strictPath).\(m.key)")
            }
        }
    }
}

import KubeModel
