import KubeModel

/// The API server's validation of objects (`pkg/apis/core/validation/validation.go`,
/// `pkg/apis/apps/validation/validation.go`): what it rejects, in the order it checks, and
/// the words it uses.
public enum Validation {
    /// Stands for a Deployment or ReplicaSet whose manifest had no `selector` at all (the
    /// model has no "unset"); it matches nothing, as `LabelSelectorAsSelector(nil)` does.
    public static let missingSelector = LabelSelector(matchExpressions: [.init(key: "kubetutor.invalid/no-selector", op: .exists)])

    /// Validates `object`. `extra` are errors found while decoding a manifest (values the
    /// model cannot hold); each is reported at the point the validator checks its field.
    public static func validate(_ object: KubeObject, config: SimulationConfig, extra: [FieldError] = []) throws(APIError) {
        var v = Validator(extra: extra)
        v.object(object)
        v.errors += v.extra
        if !v.errors.isEmpty { throw .invalid(object.kind, name: object.metadata.name, v.errors) }
    }

    /// What may not change on an update (`ValidateDeploymentUpdate`, `ValidateReplicaSetUpdate`):
    /// a workload's selector is immutable in apps/v1.
    public static func validateUpdate(_ object: KubeObject, old: KubeObject) throws(APIError) {
        var errors: [FieldError] = []
        switch (object, old) {
        case (.deployment(let d), .deployment(let o)) where d.spec.selector != o.spec.selector:
            errors.append(FieldError("spec.selector", .invalid(value: goSelector(d.spec.selector), detail: "field is immutable")))
        case (.replicaSet(let r), .replicaSet(let o)) where r.spec.selector != o.spec.selector:
            errors.append(FieldError("spec.selector", .invalid(value: goSelector(r.spec.selector), detail: "field is immutable")))
        case (.statefulSet(let s), .statefulSet(let o))
            where s.spec.selector != o.spec.selector || s.spec.serviceName != o.spec.serviceName
                || s.spec.podManagementPolicy != o.spec.podManagementPolicy || s.spec.volumeClaimTemplates != o.spec.volumeClaimTemplates:
            // `ValidateStatefulSetUpdate` (apps validation.go).
            errors.append(FieldError("spec", .forbidden(detail: "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden")))
        case (.daemonSet(let d), .daemonSet(let o)) where d.spec.selector != o.spec.selector:
            errors.append(FieldError("spec.selector", .invalid(value: goSelector(d.spec.selector), detail: "field is immutable")))
        default: break
        }
        if !errors.isEmpty { throw .invalid(object.kind, name: object.metadata.name, errors) }
    }

    /// Go's `%#v` of a `*metav1.LabelSelector`, as validation messages print it.
    public static func goSelector(_ s: LabelSelector) -> String {
        let labels = s.matchLabels.isEmpty ? "map[string]string(nil)"
            : "map[string]string{" + s.matchLabels.sorted { $0.key < $1.key }.map { "\"\($0.key)\":\"\($0.value)\"" }.joined(separator: ", ") + "}"
        let expressions = s.matchExpressions.isEmpty ? "[]v1.LabelSelectorRequirement(nil)"
            : "[]v1.LabelSelectorRequirement{" + s.matchExpressions.map { r in
                let values = r.values.isEmpty ? "[]string(nil)" : "[]string{" + r.values.map { "\"\($0)\"" }.joined(separator: ", ") + "}"
                return "v1.LabelSelectorRequirement{Key:\"\(r.key)\", Operator:\"\(r.op.rawValue)\", Values:\(values)}"
            }.joined(separator: ", ") + "}"
        return "v1.LabelSelector{MatchLabels:\(labels), MatchExpressions:\(expressions)}"
    }

    static let subdomainMessage = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
    static let labelMessage = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
    static let dns1035Message = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')"
    static let labelValueMessage = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"
    static let qualifiedNameMessage = "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"

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

    /// `IsDNS1035Label` (Service names): nil when valid.
    public static func dns1035Label(_ s: String) -> String? {
        if s.utf8.count > 63 { return "must be no more than 63 characters" }
        guard let f = s.first, f >= "a" && f <= "z", isLabel(Substring(s)) else { return dns1035Message }
        return nil
    }

    /// `IsValidLabelValue`: the problems with a label value (empty when valid).
    public static func labelValue(_ s: String) -> [String] {
        var out: [String] = []
        if s.utf8.count > 63 { out.append("must be no more than 63 characters") }
        if !s.isEmpty && !isQualifiedPart(Substring(s)) { out.append(labelValueMessage) }
        return out
    }

    /// `IsQualifiedName` (label and annotation keys): the problems (empty when valid).
    public static func qualifiedName(_ s: String) -> [String] {
        let parts = s.split(separator: "/", omittingEmptySubsequences: false)
        var name = Substring(s)
        var out: [String] = []
        if parts.count == 2 {
            name = parts[1]
            if parts[0].isEmpty { out.append("prefix part must be non-empty") }
            else if let e = dnsSubdomain(String(parts[0])) { out.append("prefix part " + e) }
        } else if parts.count > 2 {
            return ["a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"]
        }
        if name.isEmpty { out.append("name part must be non-empty") }
        else if name.utf8.count > 63 { out.append("name part must be no more than 63 characters") }
        else if !isQualifiedPart(name) { out.append(qualifiedNameMessage) }
        return out
    }

    private static func isLabel(_ s: Substring) -> Bool {
        guard let f = s.first, let l = s.last else { return false }
        let ok: (Character) -> Bool = { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") }
        return ok(f) && ok(l) && s.allSatisfy { ok($0) || $0 == "-" }
    }

    private static func isQualifiedPart(_ s: Substring) -> Bool {
        let alnum: (Character) -> Bool = { $0.isASCII && ($0.isLetter || $0.isNumber) }
        guard let f = s.first, let l = s.last, alnum(f), alnum(l) else { return false }
        return s.allSatisfy { alnum($0) || $0 == "-" || $0 == "_" || $0 == "." }
    }
}

/// Walks one object in the order the Kubernetes validators do.
struct Validator {
    var errors: [FieldError] = []
    var extra: [FieldError]

    init(extra: [FieldError]) { self.extra = extra }

    /// Moves the decoding errors for `path` into the list, where the validator would report them.
    mutating func splice(_ path: String) {
        let here = extra.filter { $0.path == path }
        extra.removeAll { $0.path == path }
        errors += here
    }

    mutating func add(_ path: String, _ problem: FieldError.Problem) { errors.append(FieldError(path, problem)) }

    mutating func object(_ object: KubeObject) {
        let meta = object.metadata
        if meta.name.isEmpty {
            if meta.generateName?.isEmpty ?? true { add("metadata.name", .required(detail: "name or generateName is required")) }
        } else {
            let problem: String?
            switch object.kind {
            case .namespace: problem = Validation.dnsLabel(meta.name)
            case .service: problem = Validation.dns1035Label(meta.name)
            default: problem = Validation.dnsSubdomain(meta.name)
            }
            if let problem { add("metadata.name", .invalid(value: "\"\(meta.name)\"", detail: problem)) }
        }
        labels(meta.labels, path: "metadata.labels")
        switch object {
        case .pod(let pod): podSpec(pod.spec, path: "spec")
        case .replicaSet(let rs):
            replicas(rs.spec.replicas)
            selector(rs.spec.selector, template: rs.spec.template, kind: "replicaset")
            if rs.spec.minReadySeconds < 0 { add("spec.minReadySeconds", .invalid(value: "\(rs.spec.minReadySeconds)", detail: "must be greater than or equal to 0")) }
        case .deployment(let d):
            replicas(d.spec.replicas)
            selector(d.spec.selector, template: d.spec.template, kind: "deployment")
            splice("spec.strategy.type")
            splice("spec.strategy.rollingUpdate")
            if d.spec.strategy.type == .rollingUpdate,
               let surge = d.spec.strategy.maxSurge, let unavailable = d.spec.strategy.maxUnavailable,
               surge.scaledValue(total: 100, roundUp: true) == 0, unavailable.scaledValue(total: 100, roundUp: false) == 0 {
                add("spec.strategy.rollingUpdate.maxUnavailable", .invalid(value: Self.goIntOrString(unavailable), detail: "may not be 0 when `maxSurge` is 0"))
            }
            if d.spec.minReadySeconds < 0 { add("spec.minReadySeconds", .invalid(value: "\(d.spec.minReadySeconds)", detail: "must be greater than or equal to 0")) }
            if d.spec.revisionHistoryLimit < 0 { add("spec.revisionHistoryLimit", .invalid(value: "\(d.spec.revisionHistoryLimit)", detail: "must be greater than or equal to 0")) }
            if d.spec.progressDeadlineSeconds <= d.spec.minReadySeconds {
                add("spec.progressDeadlineSeconds", .invalid(value: "\(d.spec.progressDeadlineSeconds)", detail: "must be greater than minReadySeconds"))
            }
        case .service(let s):
            splice("spec.type")
            if s.spec.ports.isEmpty && s.spec.type != "ExternalName" { add("spec.ports", .required(detail: nil)) }
            for (i, p) in s.spec.ports.enumerated() {
                if s.spec.ports.count > 1 && (p.name ?? "").isEmpty { add("spec.ports[\(i)].name", .required(detail: nil)) }
                if !(1...65535).contains(p.port) { add("spec.ports[\(i)].port", .invalid(value: "\(p.port)", detail: "must be between 1 and 65535, inclusive")) }
                if !["TCP", "UDP", "SCTP"].contains(p.protocol) {
                    add("spec.ports[\(i)].protocol", .unsupported(value: "\"\(p.protocol)\"", supported: ["SCTP", "TCP", "UDP"]))
                }
            }
        case .job(let j): jobSpec(j.spec, path: "spec")
        case .cronJob(let c): cronJobSpec(c.spec)
        case .statefulSet(let sts):
            replicas(sts.spec.replicas)
            // Claim templates become volumes of the pod, so mounts may name them.
            var template = sts.spec.template
            for c in sts.spec.volumeClaimTemplates where !template.spec.volumes.contains(where: { $0.name == c.name }) {
                template.spec.volumes.append(Volume(name: c.name, source: .persistentVolumeClaim(claimName: c.name)))
            }
            selector(sts.spec.selector, template: template, kind: "statefulset")
            if !["OrderedReady", "Parallel"].contains(sts.spec.podManagementPolicy) {
                add("spec.podManagementPolicy", .unsupported(value: "\"\(sts.spec.podManagementPolicy)\"", supported: ["OrderedReady", "Parallel"]))
            }
        case .daemonSet(let ds):
            selector(ds.spec.selector, template: ds.spec.template, kind: "daemonset")
            if ds.spec.minReadySeconds < 0 { add("spec.minReadySeconds", .invalid(value: "\(ds.spec.minReadySeconds)", detail: "must be greater than or equal to 0")) }
        default: break
        }
    }

    mutating func replicas(_ n: Int) {
        if n < 0 { add("spec.replicas", .invalid(value: "\(n)", detail: "must be greater than or equal to 0")) }
    }

    /// `ValidateDeploymentSpec` / `ValidateReplicaSetSpec`: the selector, then the template
    /// (`ValidatePodTemplateSpecForReplicaSet`): labels must match, restartPolicy Always.
    mutating func selector(_ selector: LabelSelector, template: PodTemplateSpec, kind: String) {
        splice("spec.selector")
        if selector != Validation.missingSelector && selector.isEmpty {
            add("spec.selector", .invalid(value: Validation.goSelector(selector),
                                          detail: "empty selector is invalid for \(kind)"))
        }
        if !selector.isEmpty && !selector.matches(template.metadata.labels) {
            let labels = template.metadata.labels.sorted { $0.key < $1.key }.map { "\"\($0.key)\":\"\($0.value)\"" }.joined(separator: ", ")
            add("spec.template.metadata.labels", .invalid(value: "map[string]string{\(labels)}", detail: "`selector` does not match template `labels`"))
        }
        labels(template.metadata.labels, path: "spec.template.metadata.labels")
        podSpec(template.spec, path: "spec.template.spec")
        if template.spec.restartPolicy != .always {
            add("spec.template.spec.restartPolicy", .unsupported(value: "\"\(template.spec.restartPolicy.rawValue)\"", supported: ["Always"]))
        }
    }

    mutating func labels(_ labels: [String: String], path: String) {
        for (k, v) in labels.sorted(by: { $0.key < $1.key }) {
            for e in Validation.qualifiedName(k) { add(path, .invalid(value: "\"\(k)\"", detail: e)) }
            for e in Validation.labelValue(v) { add(path, .invalid(value: "\"\(v)\"", detail: e)) }
        }
    }

    mutating func podSpec(_ spec: PodSpec, path: String) {
        var volumes: Set<String> = []
        for (i, vol) in spec.volumes.enumerated() {
            if vol.name.isEmpty { add("\(path).volumes[\(i)].name", .required(detail: nil)) }
            else if let e = Validation.dnsLabel(vol.name) { add("\(path).volumes[\(i)].name", .invalid(value: "\"\(vol.name)\"", detail: e)) }
            else if !volumes.insert(vol.name).inserted { add("\(path).volumes[\(i)].name", .duplicate(value: "\"\(vol.name)\"")) }
        }
        if spec.containers.isEmpty { add("\(path).containers", .required(detail: nil)) }
        var names: Set<String> = []
        for (i, c) in spec.containers.enumerated() { container(c, path: "\(path).containers[\(i)]", names: &names, volumes: volumes) }
        for (i, c) in spec.initContainers.enumerated() { container(c, path: "\(path).initContainers[\(i)]", names: &names, volumes: volumes) }
        splice("\(path).restartPolicy")
        if spec.terminationGracePeriodSeconds < 0 {
            add("\(path).terminationGracePeriodSeconds", .invalid(value: "\(spec.terminationGracePeriodSeconds)", detail: "must be greater than or equal to 0"))
        }
    }

    mutating func container(_ c: Container, path p: String, names: inout Set<String>, volumes: Set<String>) {
        if c.name.isEmpty { add("\(p).name", .required(detail: nil)) }
        else if let e = Validation.dnsLabel(c.name) { add("\(p).name", .invalid(value: "\"\(c.name)\"", detail: e)) }
        else if !names.insert(c.name).inserted { add("\(p).name", .duplicate(value: "\"\(c.name)\"")) }
        if c.image.trimmingSpaces.isEmpty { add("\(p).image", .required(detail: nil)) }
        for (j, port) in c.ports.enumerated() {
            if port.containerPort == 0 { add("\(p).ports[\(j)].containerPort", .required(detail: nil)) }
            else if !(1...65535).contains(port.containerPort) {
                add("\(p).ports[\(j)].containerPort", .invalid(value: "\(port.containerPort)", detail: "must be between 1 and 65535, inclusive"))
            }
            if let proto = port.protocol, !["TCP", "UDP", "SCTP"].contains(proto) {
                add("\(p).ports[\(j)].protocol", .unsupported(value: "\"\(proto)\"", supported: ["SCTP", "TCP", "UDP"]))
            }
        }
        for (j, m) in c.volumeMounts.enumerated() {
            if m.name.isEmpty { add("\(p).volumeMounts[\(j)].name", .required(detail: nil)) }
            else if !volumes.contains(m.name) { add("\(p).volumeMounts[\(j)].name", .notFound(value: "\"\(m.name)\"")) }
            if m.mountPath.isEmpty { add("\(p).volumeMounts[\(j)].mountPath", .required(detail: nil)) }
        }
        splice("\(p).imagePullPolicy")
    }

    /// Go's `%#v` of an `intstr.IntOrString`, as validation messages print it.
    static func goIntOrString(_ v: IntOrString) -> String {
        switch v {
        case .int(let i): return "intstr.IntOrString{Type:0, IntVal:\(i), StrVal:\"\"}"
        case .string(let s): return "intstr.IntOrString{Type:1, IntVal:0, StrVal:\"\(s)\"}"
        }
    }
}
