import ClusterSim
import KubeModel

/// `--field-selector`: `key=value`, `key==value`, `key!=value`, comma-separated
/// (`k8s.io/apimachinery/pkg/fields/selector.go`). The server supports only a few fields
/// per resource (`pkg/registry/*/strategy.go ToSelectableFields`, field label conversions).
struct FieldSelector: Equatable {
    struct Term: Equatable { var field: String; var value: String; var negated: Bool }
    var raw: String
    var terms: [Term]

    static func parse(_ raw: String) -> Result<FieldSelector, APIError> {
        var terms: [Term] = []
        for part in raw.split(separator: ",", omittingEmptySubsequences: true).map(String.init) {
            if let r = part.firstRange(of: "!=") {
                terms.append(Term(field: String(part[..<r.lowerBound]), value: String(part[r.upperBound...]), negated: true))
            } else if let r = part.firstRange(of: "==") ?? part.firstRange(of: "=") {
                terms.append(Term(field: String(part[..<r.lowerBound]), value: String(part[r.upperBound...]), negated: false))
            } else {
                return .failure(.badRequest("invalid selector: '\(raw)'; can't understand '\(part)'"))
            }
        }
        return .success(FieldSelector(raw: raw, terms: terms))
    }

    /// The fields each kind can be selected by, and how an unknown one is refused.
    static func supported(_ kind: Kind) -> [String] {
        switch kind {
        case .pod: return ["metadata.name", "metadata.namespace", "spec.nodeName", "spec.restartPolicy", "spec.schedulerName",
                           "spec.serviceAccountName", "spec.hostNetwork", "status.phase", "status.podIP", "status.nominatedNodeName"]
        case .node: return ["metadata.name", "spec.unschedulable"]
        case .namespace: return ["metadata.name", "status.phase"]
        case .event: return ["metadata.name", "metadata.namespace", "involvedObject.kind", "involvedObject.namespace",
                             "involvedObject.name", "involvedObject.uid", "involvedObject.apiVersion",
                             "involvedObject.resourceVersion", "involvedObject.fieldPath", "reason", "reportingComponent", "source", "type"]
        case .service: return ["metadata.name", "metadata.namespace", "spec.clusterIP", "spec.type"]
        case .deployment, .replicaSet, .cronJob, .daemonSet, .statefulSet, .endpoints, .endpointSlice, .persistentVolumeClaim: return ["metadata.name", "metadata.namespace"]
        case .job: return ["metadata.name", "metadata.namespace", "status.successful"]
        }
    }

    /// The server's refusal, already wrapped the way kubectl's `EnhanceListError` words it.
    func check(_ kind: Kind, labelSelector: String) -> APIError? {
        let allowed = Self.supported(kind)
        for t in terms where !allowed.contains(t.field) {
            let detail: String
            switch kind {
            case .deployment, .replicaSet, .cronJob, .daemonSet, .statefulSet:
                detail = "\"\(t.field)\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\""
            default:
                detail = "field label not supported: \(t.field)"
            }
            return .badRequest("Unable to find \(Self.resourceString(kind)) that match label selector \(GoSyntax.quote(labelSelector)), field selector \(GoSyntax.quote(raw)): \(detail)")
        }
        return nil
    }

    /// `schema.GroupVersionResource.String()`: `"/v1, Resource=pods"`.
    static func resourceString(_ kind: Kind) -> String {
        let gv = kind.apiVersion.contains("/") ? kind.apiVersion : "/" + kind.apiVersion
        return "\"\(gv), Resource=\(kind.resource)\""
    }

    func matches(_ object: KubeObject) -> Bool {
        terms.allSatisfy { t in
            let v = Self.fieldValue(object, t.field)
            return t.negated ? v != t.value : v == t.value
        }
    }

    static func fieldValue(_ object: KubeObject, _ field: String) -> String {
        let meta = object.metadata
        switch field {
        case "metadata.name": return meta.name
        case "metadata.namespace": return meta.namespace
        default: break
        }
        switch object {
        case .pod(let p):
            switch field {
            case "spec.nodeName": return p.spec.nodeName ?? ""
            case "spec.restartPolicy": return p.spec.restartPolicy.rawValue
            case "spec.schedulerName": return "default-scheduler"
            case "spec.serviceAccountName": return p.spec.serviceAccountName ?? ""
            case "spec.hostNetwork": return "false"
            case "status.phase": return p.status.phase.rawValue
            case "status.podIP": return p.status.podIP ?? ""
            default: return ""
            }
        case .node(let n): return field == "spec.unschedulable" ? String(n.spec.unschedulable) : ""
        case .namespace(let n): return field == "status.phase" ? n.phase : ""
        case .service(let s):
            switch field {
            case "spec.clusterIP": return s.spec.clusterIP ?? ""
            case "spec.type": return s.spec.type
            default: return ""
            }
        case .event(let e):
            switch field {
            case "involvedObject.kind": return e.involvedObject.kind.rawValue
            case "involvedObject.namespace": return e.involvedObject.key.namespace
            case "involvedObject.name": return e.involvedObject.key.name
            case "involvedObject.uid": return e.involvedUID
            case "involvedObject.apiVersion": return e.involvedObject.kind.apiVersion
            case "involvedObject.fieldPath": return e.fieldPath ?? ""
            case "reason": return e.reason
            case "reportingComponent", "source": return e.source
            case "type": return e.type
            default: return ""
            }
        default: return ""
        }
    }

    /// The node a `spec.nodeName=` term pins the query to, so the pod list can start from
    /// the per-node index instead of every pod in the cluster.
    var nodeName: String? { terms.first { $0.field == "spec.nodeName" && !$0.negated }?.value }
}
