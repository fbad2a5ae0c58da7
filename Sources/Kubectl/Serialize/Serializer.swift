import ClusterSim
import KubeModel

/// Objects as the API server returns them (`kubectl get -o yaml|json`): every field in Go
/// struct order, `omitempty` honoured, and the defaults the server fills in that the model
/// leaves implicit (`imagePullPolicy`, `terminationMessagePath`, `dnsPolicy`,
/// `schedulerName`, `securityContext: {}`, the service-account token volume …).
///
/// Field orders follow `k8s.io/api/core/v1/types.go` and `k8s.io/api/apps/v1/types.go`
/// (v0.32); defaults follow `pkg/apis/core/v1/defaults.go` and `pkg/apis/apps/v1/defaults.go`.
public enum Serializer {
    public static func value(_ object: KubeObject) -> Value {
        switch object {
        case .pod(let p): return pod(p)
        case .deployment(let d): return deployment(d)
        case .replicaSet(let rs): return replicaSet(rs)
        case .node(let n): return node(n)
        case .namespace(let n): return namespace(n)
        case .event(let e): return event(e)
        case .service(let s): return service(s)
        case .job(let j): return job(j)
        case .cronJob(let c): return cronJob(c)
        case .daemonSet(let ds): return daemonSet(ds)
        case .statefulSet(let sts): return statefulSet(sts)
        case .endpoints(let ep): return endpoints(ep)
        case .persistentVolumeClaim(let c): return claim(c)
        case .endpointSlice(let s): return endpointSlice(s)
        }
    }

    /// What `kubectl get -o yaml|json` prints for several objects (`get.go`): a `List`.
    public static func list(_ items: [Value]) -> Value {
        .object([.init("apiVersion", .string("v1")), .init("items", .array(items)), .init("kind", .string("List")),
                 .init("metadata", .object([.init("resourceVersion", .string(""))]))])
    }

    static func header(_ kind: Kind) -> [Value.Member] {
        [.init("kind", .string(kind.rawValue)), .init("apiVersion", .string(kind.apiVersion))]
    }

    static func time(_ t: Instant?) -> Value { t.map { .string($0.rfc3339) } ?? .null }

    /// `metav1.ObjectMeta`.
    static func meta(_ m: ObjectMeta) -> Value {
        var b = ObjectBuilder()
        b.str("name", m.name)
        b.str("generateName", m.generateName)
        b.str("namespace", m.namespace)
        b.str("uid", m.uid)
        b.str("resourceVersion", m.resourceVersion)
        b.int64("generation", m.generation)
        b.put("creationTimestamp", time(m.creationTimestamp))
        if let t = m.deletionTimestamp { b.put("deletionTimestamp", .string(t.rfc3339)) }
        if let g = m.deletionGracePeriodSeconds { b.put("deletionGracePeriodSeconds", .int(g)) }
        b.map("labels", m.labels)
        b.map("annotations", m.annotations)
        b.list("ownerReferences", m.ownerReferences.map(ownerReference))
        b.list("finalizers", m.finalizers.map { .string($0) })
        return b.value
    }

    static func ownerReference(_ o: OwnerReference) -> Value {
        var b = ObjectBuilder()
        b.put("apiVersion", .string(o.apiVersion))
        b.put("kind", .string(o.kind))
        b.put("name", .string(o.name))
        b.put("uid", .string(o.uid))
        b.ptrBool("controller", o.controller)
        b.ptrBool("blockOwnerDeletion", o.blockOwnerDeletion)
        return b.value
    }

    /// `metav1.LabelSelector`; kubectl's `=`/`!=` terms are stored as In/NotIn.
    static func selector(_ s: LabelSelector) -> Value {
        var b = ObjectBuilder()
        b.map("matchLabels", s.matchLabels)
        b.list("matchExpressions", s.matchExpressions.map { r in
            var e = ObjectBuilder()
            e.put("key", .string(r.key))
            let op: String
            switch r.op {
            case .equals, .in: op = "In"
            case .notEquals, .notIn: op = "NotIn"
            case .exists: op = "Exists"
            case .doesNotExist: op = "DoesNotExist"
            }
            e.put("operator", .string(op))
            e.list("values", r.values.map { .string($0) })
            return e.value
        })
        return b.value
    }

    static func intOrString(_ v: IntOrString) -> Value {
        switch v { case .int(let i): return .int(Int64(i)); case .string(let s): return .string(s) }
    }

    static func namespace(_ n: Namespace) -> Value {
        var b = ObjectBuilder()
        for h in header(.namespace) { b.put(h.key, h.value) }
        b.put("metadata", meta(n.metadata))
        b.put("spec", .object([.init("finalizers", .array([.string("kubernetes")]))]))
        b.put("status", .object([.init("phase", .string(n.phase))]))
        return b.value
    }

    static func service(_ s: Service) -> Value {
        var b = ObjectBuilder()
        for h in header(.service) { b.put(h.key, h.value) }
        b.put("metadata", meta(s.metadata))
        var spec = ObjectBuilder()
        spec.list("ports", s.spec.ports.map { p in
            var pb = ObjectBuilder()
            pb.str("name", p.name)
            pb.put("protocol", .string(p.protocol))
            pb.put("port", .int(Int64(p.port)))
            if let t = p.targetPort { pb.put("targetPort", intOrString(t)) }
            pb.int("nodePort", p.nodePort)
            return pb.value
        })
        spec.map("selector", s.spec.selector)
        spec.str("clusterIP", s.spec.clusterIP)
        if let ip = s.spec.clusterIP { spec.put("clusterIPs", .array([.string(ip)])) }
        spec.put("type", .string(s.spec.type))
        spec.put("sessionAffinity", .string(s.spec.sessionAffinity))
        spec.put("ipFamilies", .array([.string("IPv4")]))
        spec.put("ipFamilyPolicy", .string("SingleStack"))
        spec.put("internalTrafficPolicy", .string("Cluster"))
        b.put("spec", spec.value)
        b.put("status", .object([.init("loadBalancer", .emptyObject)]))
        return b.value
    }

    static func event(_ e: Event) -> Value {
        var b = ObjectBuilder()
        for h in header(.event) { b.put(h.key, h.value) }
        var m = e.metadata
        if m.uid.isEmpty { m.uid = Synthesized.uuid(from: "event/\(m.namespace)/\(m.name)") }
        b.put("metadata", meta(m))
        var inv = ObjectBuilder()
        inv.put("kind", .string(e.involvedObject.kind.rawValue))
        inv.str("namespace", e.involvedObject.key.namespace)
        inv.put("name", .string(e.involvedObject.key.name))
        inv.str("uid", e.involvedUID)
        inv.put("apiVersion", .string(e.involvedObject.kind.apiVersion))
        inv.str("fieldPath", e.fieldPath)
        b.put("involvedObject", inv.value)
        b.put("reason", .string(e.reason))
        b.put("message", .string(e.message))
        var src = ObjectBuilder()
        src.str("component", e.source)
        src.str("host", e.sourceHost)
        b.put("source", src.value)
        b.put("firstTimestamp", .string(e.firstTimestamp.rfc3339))
        b.put("lastTimestamp", .string(e.lastTimestamp.rfc3339))
        b.put("count", .int(Int64(e.count)))
        b.put("type", .string(e.type))
        b.put("eventTime", .null)
        b.put("reportingComponent", .string(e.source))
        b.put("reportingInstance", .string(e.sourceHost ?? ""))
        return b.value
    }
}
