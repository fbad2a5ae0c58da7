import KubeModel

/// The API server's validation of objects (`pkg/apis/*/validation`): what it rejects and
/// the words it uses.
public enum Validation {
    public static func validate(_ object: KubeObject, config: SimulationConfig) throws(APIError) {
        var errors: [FieldError] = []
        let meta = object.metadata
        if meta.name.isEmpty {
            errors.append(FieldError("metadata.name", .required(detail: "name or generateName is required")))
        } else if object.kind == .namespace {
            if let e = dnsLabel(meta.name) { errors.append(FieldError("metadata.name", .invalid(value: "\"\(meta.name)\"", detail: e))) }
        } else if let e = dnsSubdomain(meta.name) {
            errors.append(FieldError("metadata.name", .invalid(value: "\"\(meta.name)\"", detail: e)))
        }
        switch object {
        case .pod(let pod): errors += podSpec(pod.spec, path: "spec")
        case .replicaSet(let rs):
            errors += podSpec(rs.spec.template.spec, path: "spec.template.spec")
            if rs.spec.replicas < 0 { errors.append(FieldError("spec.replicas", .invalid(value: "\(rs.spec.replicas)", detail: "must be greater than or equal to 0"))) }
        case .deployment(let d):
            if d.spec.replicas < 0 { errors.append(FieldError("spec.replicas", .invalid(value: "\(d.spec.replicas)", detail: "must be greater than or equal to 0"))) }
            if d.spec.selector.isEmpty {
                errors.append(FieldError("spec.selector", .invalid(value: "v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}", detail: "empty selector is invalid for deployment")))
            } else if !d.spec.selector.matches(d.spec.template.metadata.labels) {
                let labels = d.spec.template.metadata.labels.sorted { $0.key < $1.key }.map { "\"\($0.key)\":\"\($0.value)\"" }.joined(separator: ", ")
                errors.append(FieldError("spec.template.metadata.labels", .invalid(value: "map[string]string{\(labels)}", detail: "`selector` does not match template `labels`")))
            }
            errors += podSpec(d.spec.template.spec, path: "spec.template.spec")
            if d.spec.template.spec.restartPolicy != .always {
                errors.append(FieldError("spec.template.spec.restartPolicy", .unsupported(value: "\"\(d.spec.template.spec.restartPolicy.rawValue)\"", supported: ["Always"])))
            }
        default: break
        }
        if !errors.isEmpty { throw .invalid(object.kind, name: meta.name, errors) }
    }

    static func podSpec(_ spec: PodSpec, path: String) -> [FieldError] {
        var errors: [FieldError] = []
        if spec.containers.isEmpty { errors.append(FieldError("\(path).containers", .required(detail: nil))) }
        var names: Set<String> = []
        for (i, c) in (spec.initContainers.map { ("initContainers", $0) } + spec.containers.map { ("containers", $0) }).enumerated() {
            let idx = c.0 == "containers" ? i - spec.initContainers.count : i
            let p = "\(path).\(c.0)[\(idx)]"
            if c.1.name.isEmpty { errors.append(FieldError("\(p).name", .required(detail: nil))) }
            else if let e = dnsLabel(c.1.name) { errors.append(FieldError("\(p).name", .invalid(value: "\"\(c.1.name)\"", detail: e))) }
            else if !names.insert(c.1.name).inserted { errors.append(FieldError("\(p).name", .duplicate(value: "\"\(c.1.name)\""))) }
            if c.1.image.trimmingSpaces.isEmpty { errors.append(FieldError("\(p).image", .required(detail: nil))) }
        }
        return errors
    }

    static let subdomainMessage = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
    static let labelMessage = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"

    /// `IsDNS1123Subdomain`: nil when valid.
    public static func dnsSubdomain(_ s: String) -> String? {
        if s.utf8.count > 253 { return "must be no more than 253 characters" }
        for part in s.split(separator: ".", omittingEmptySubsequences: false) where !isLabel(part) { return subdomainMessage }
        return nil
    }

    /// `IsDNS1123Label`: nil when valid.
    public static func dnsLabel(_ s: String) -> String? {
        if s.utf8.count > 63 { return "must be no more than 63 characters" }
        return isLabel(Substring(s)) ? nil : labelMessage
    }

    private static func isLabel(_ s: Substring) -> Bool {
        guard let f = s.first, let l = s.last else { return false }
        let ok: (Character) -> Bool = { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") }
        return ok(f) && ok(l) && s.allSatisfy { ok($0) || $0 == "-" }
    }
}
