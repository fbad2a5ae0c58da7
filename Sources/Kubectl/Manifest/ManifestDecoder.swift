import ClusterSim
import KubeModel

/// One object read from a manifest file.
struct ManifestObject {
    var object: KubeObject
    /// The document as written (what `apply` records as last-applied, after kubectl's
    /// namespace defaulting).
    var document: Value
    var source: String
    /// Field errors the model cannot carry to the validator (a value outside an enum, a
    /// missing selector), reported with the validator's own.
    var fieldErrors: [FieldError]
    var kind: Kind
    var validation: FieldValidation = .strict
}

/// `--validate`: how hard the API server checks the fields (`fieldValidation`), and whether
/// kubectl checks `apiVersion`/`kind` first.
enum FieldValidation: Equatable {
    case strict, warn, ignore

    static func parse(_ args: Arguments) throws(KubectlError) -> FieldValidation {
        switch args.value("validate") {
        case nil, "strict", "true": return .strict
        case "warn": return .warn
        case "ignore", "false": return .ignore
        case let other?: throw .message("invalid - validate option \"\(other)\"; must be one of: strict (or true), warn, ignore (or false)")
        }
    }
}

/// Turns manifest documents into objects in the two stages kubectl and the API server go
/// through: kubectl checks `apiVersion`/`kind`, maps the kind and decodes `metadata`
/// (`error validating …`, `unable to decode …`); the server decodes strictly
/// (`… cannot be handled as a Deployment: strict decoding error: unknown field …`).
enum ManifestDecoder {
    static let stopValidate = "if you choose to ignore these errors, turn validation off with --validate=false"

    /// The kinds kubetutor stores, by `apiVersion` and `kind`.
    static func kind(apiVersion: String, kind: String) -> Kind? {
        switch (apiVersion, kind) {
        case ("v1", "Pod"): return .pod
        case ("v1", "Namespace"): return .namespace
        case ("v1", "Service"): return .service
        case ("v1", "PersistentVolumeClaim"): return .persistentVolumeClaim
        case ("apps/v1", "Deployment"): return .deployment
        case ("apps/v1", "ReplicaSet"): return .replicaSet
        case ("apps/v1", "DaemonSet"): return .daemonSet
        case ("apps/v1", "StatefulSet"): return .statefulSet
        case ("batch/v1", "Job"): return .job
        case ("batch/v1", "CronJob"): return .cronJob
        default: return nil
        }
    }

    /// Kinds a real cluster has that kubetutor does not simulate yet.
    static let realKinds: Set<String> = [
        "ConfigMap", "Secret", "Ingress", "ServiceAccount",
        "PersistentVolume", "Role", "RoleBinding", "ClusterRole", "ClusterRoleBinding",
        "HorizontalPodAutoscaler", "NetworkPolicy", "PodDisruptionBudget", "ResourceQuota", "LimitRange",
        "ReplicationController", "StorageClass", "Endpoints", "Node", "Event",
    ]

    /// kubectl's own checks, before anything is sent: returns the kind, or throws the
    /// client-side error kubectl prints.
    static func clientCheck(_ doc: Value, source: String, defaultNamespace: String, validation: FieldValidation = .strict) throws(KubectlError) -> Kind {
        if validation == .ignore { return try unvalidatedKind(doc, source: source) }
        var problems: [String] = []
        guard case .object = doc else {
            throw .message("error validating \"\(source)\": error validating data: invalid object to validate; \(stopValidate)")
        }
        let apiVersion = doc["apiVersion"], kindValue = doc["kind"]
        if apiVersion == nil || apiVersion == .null { problems.append("apiVersion not set") }
        else if apiVersion?.string == nil { problems.append("apiVersion isn't string type") }
        else if let v = apiVersion?.string, v.split(separator: "/", omittingEmptySubsequences: false).count > 2 {
            problems.append("unexpected GroupVersion string: \(v)")
        }
        if kindValue == nil || kindValue == .null { problems.append("kind not set") }
        else if kindValue?.string == nil { problems.append("kind isn't string type") }
        if !problems.isEmpty {
            let list = problems.count == 1 ? problems[0] : "[" + problems.joined(separator: ", ") + "]"
            throw .message("error validating \"\(source)\": error validating data: \(list); \(stopValidate)")
        }
        let av = apiVersion!.string!, k = kindValue!.string!
        // kubectl decodes metadata into a typed ObjectMeta (lenient about unknown fields).
        let metaCheck = SchemaCheck.run(.object([.init("metadata", doc["metadata"] ?? .null)]),
                                        Schema("metadataOnlyObject", [("metadata", .object(Schemas.objectMeta))]))
        if let e = metaCheck.typeError { throw .message("unable to decode \"\(source)\": \(e)") }
        guard let kind = kind(apiVersion: av, kind: k) else {
            let name = doc["metadata"]?["name"]?.string ?? ""
            let ns = doc["metadata"]?["namespace"]?.string ?? ""
            if realKinds.contains(k) {
                throw .message("kubetutor does not simulate \(k) objects yet (\"\(source)\": \(k) \"\(name)\")")
            }
            let version = av.split(separator: "/").last.map(String.init) ?? av
            let group = av.contains("/") ? String(av.split(separator: "/")[0]) : ""
            let inVersion = group.isEmpty ? "version \"\(version)\"" : "version \"\(group)/\(version)\""
            throw .message("resource mapping not found for name: \"\(name)\" namespace: \"\(ns)\" from \"\(source)\": no matches for kind \"\(k)\" in \(inVersion)\nensure CRDs are installed first")
        }
        return kind
    }

    /// `--validate=false`: no checks before decoding, so what is missing is found by the
    /// unstructured decoder (`Object 'Kind' is missing in …`) or the REST mapper.
    static func unvalidatedKind(_ doc: Value, source: String) throws(KubectlError) -> Kind {
        guard case .object = doc else {
            throw .message("unable to decode \"\(source)\": json: cannot unmarshal \(doc.jsonTypeName.hasPrefix("number") ? "number" : doc.jsonTypeName) into Go value of type unstructured.detector")
        }
        guard let k = doc["kind"]?.string, !k.isEmpty else {
            throw .message("unable to decode \"\(source)\": Object 'Kind' is missing in '\(GoJSON.compact(doc.sortedKeys))'")
        }
        let av = doc["apiVersion"]?.string ?? ""
        guard let kind = kind(apiVersion: av, kind: k) else {
            if av.isEmpty { throw .message("unable to recognize \"\(source)\": no matches for kind \"\(k)\" in version \"\"") }
            return try clientCheck(doc, source: source, defaultNamespace: "")
        }
        return kind
    }

    /// The API server's decoding into the model: strict (unknown fields refused), warn
    /// (each reported as `Warning: unknown field "…"`) or ignore (dropped).
    static func decode(_ doc: Value, kind: Kind, validation: FieldValidation = .strict, warnings: inout String) throws(APIError) -> (KubeObject, [FieldError]) {
        if validation != .strict {
            let check = SchemaCheck.run(doc, schemaFor(kind))
            if validation == .warn { warnings += check.unknownFields.map { "Warning: unknown field \"\($0)\"\n" }.joined() }
            if check.typeError == nil {
                var d = ModelReader()
                return (d.object(doc, kind: kind), d.errors)
            }
        }
        return try decode(doc, kind: kind)
    }

    static func schemaFor(_ kind: Kind) -> Schema {
        switch kind {
        case .pod: return Schemas.pod
        case .deployment: return Schemas.deployment
        case .replicaSet: return Schemas.replicaSet
        case .service: return Schemas.service
        case .job: return Schemas.job
        case .daemonSet: return Schemas.daemonSet
        case .statefulSet: return Schemas.statefulSet
        case .persistentVolumeClaim: return Schemas.persistentVolumeClaim
        case .cronJob: return Schemas.cronJob
        default: return Schemas.namespace
        }
    }

    /// The API server's strict decoding into the model.
    static func decode(_ doc: Value, kind: Kind) throws(APIError) -> (KubeObject, [FieldError]) {
        let schema: Schema
        switch kind {
        case .pod: schema = Schemas.pod
        case .deployment: schema = Schemas.deployment
        case .replicaSet: schema = Schemas.replicaSet
        case .namespace: schema = Schemas.namespace
        case .service: schema = Schemas.service
        case .job: schema = Schemas.job
        case .daemonSet: schema = Schemas.daemonSet
        case .statefulSet: schema = Schemas.statefulSet
        case .persistentVolumeClaim: schema = Schemas.persistentVolumeClaim
        case .cronJob: schema = Schemas.cronJob
        case .node, .event, .endpoints, .endpointSlice: throw .badRequest("the server does not allow this method on the requested resource")
        }
        let check = SchemaCheck.run(doc, schema)
        let prefix = "\(kind.rawValue) in version \"v1\" cannot be handled as a \(kind.rawValue): "
        if let e = check.typeError { throw .badRequest(prefix + e) }
        if !check.unknownFields.isEmpty {
            throw .badRequest(prefix + "strict decoding error: " + check.unknownFields.map { "unknown field \"\($0)\"" }.joined(separator: ", "))
        }
        var d = ModelReader()
        let object = d.object(doc, kind: kind)
        return (object, d.errors)
    }
}
