import ClusterSim
import KubeModel

/// Reads a checked value tree into the model, applying the API server's defaults.
struct ModelReader {
    var errors: [FieldError] = []

    static func int(_ v: Value?) -> Int? {
        switch v {
        case .int(let i)?: return Int(i)
        case .float(let d)?: return Int(d)
        default: return nil
        }
    }
    static func strings(_ v: Value?) -> [String] { v?.items?.compactMap(\.string) ?? [] }
    static func stringMap(_ v: Value?) -> [String: String] {
        var m: [String: String] = [:]
        for member in v?.members ?? [] { if let s = member.value.string { m[member.key] = s } }
        return m
    }
    static func intOrString(_ v: Value?) -> IntOrString? {
        switch v {
        case .int(let i)?: return .int(Int(i))
        case .float(let d)?: return .int(Int(d))
        case .string(let s)?: return .string(s)
        default: return nil
        }
    }
    static func quantities(_ v: Value?) -> [String: Quantity] {
        var m: [String: Quantity] = [:]
        for member in v?.members ?? [] {
            switch member.value {
            case .string(let s): if let q = Quantity.parse(s) { m[member.key] = q }
            case .int(let i): m[member.key] = Quantity.parse(String(i))
            case .float(let d): m[member.key] = Quantity.parse(GoJSON.formatFloat(d))
            default: break
            }
        }
        return m
    }

    mutating func object(_ doc: Value, kind: Kind) -> KubeObject {
        let meta = metadata(doc["metadata"])
        let spec = doc["spec"]
        switch kind {
        case .pod: return .pod(Pod(metadata: meta, spec: podSpec(spec, path: "spec")))
        case .namespace: return .namespace(Namespace(metadata: meta))
        case .service: return .service(Service(metadata: meta, spec: serviceSpec(spec)))
        case .replicaSet:
            let (selector, template) = selectorAndTemplate(spec)
            var rs = ReplicaSetSpec(replicas: Self.int(spec?["replicas"]) ?? 1, selector: selector, template: template)
            rs.minReadySeconds = Self.int(spec?["minReadySeconds"]) ?? 0
            return .replicaSet(ReplicaSet(metadata: meta, spec: rs))
        case .deployment:
            let (selector, template) = selectorAndTemplate(spec)
            var d = DeploymentSpec(replicas: Self.int(spec?["replicas"]) ?? 1, selector: selector, template: template)
            d.minReadySeconds = Self.int(spec?["minReadySeconds"]) ?? 0
            d.revisionHistoryLimit = Self.int(spec?["revisionHistoryLimit"]) ?? 10
            d.progressDeadlineSeconds = Self.int(spec?["progressDeadlineSeconds"]) ?? 600
            if case .bool(let p)? = spec?["paused"] { d.paused = p }
            d.strategy = strategy(spec?["strategy"])
            return .deployment(Deployment(metadata: meta, spec: d))
        case .job: return .job(Job(metadata: meta, spec: jobSpec(spec, path: "spec")))
        case .statefulSet:
            let (selector, template) = selectorAndTemplate(spec)
            var st = StatefulSetSpec(replicas: Self.int(spec?["replicas"]) ?? 1, selector: selector, template: template)
            st.serviceName = spec?["serviceName"]?.string ?? ""
            st.podManagementPolicy = spec?["podManagementPolicy"]?.string ?? "OrderedReady"
            st.minReadySeconds = Self.int(spec?["minReadySeconds"]) ?? 0
            st.revisionHistoryLimit = Self.int(spec?["revisionHistoryLimit"]) ?? 10
            if let u = spec?["updateStrategy"] {
                if let t = u["type"]?.string { st.updateStrategyType = t }
                st.partition = Self.int(u["rollingUpdate"]?["partition"]) ?? 0
            }
            st.volumeClaimTemplates = (spec?["volumeClaimTemplates"]?.items ?? []).map { c in
                let storage: String
                switch c["spec"]?["resources"]?["requests"]?["storage"] {
                case .string(let s)?: storage = s
                case .int(let i)?: storage = String(i)
                default: storage = ""
                }
                return PersistentVolumeClaimTemplate(name: c["metadata"]?["name"]?.string ?? "", storage: storage,
                                                     accessModes: Self.strings(c["spec"]?["accessModes"]),
                                                     storageClassName: c["spec"]?["storageClassName"]?.string)
            }
            return .statefulSet(StatefulSet(metadata: meta, spec: st))
        case .daemonSet:
            let (selector, template) = selectorAndTemplate(spec)
            var ds = DaemonSetSpec(selector: selector, template: template)
            ds.minReadySeconds = Self.int(spec?["minReadySeconds"]) ?? 0
            ds.revisionHistoryLimit = Self.int(spec?["revisionHistoryLimit"]) ?? 10
            if let u = spec?["updateStrategy"] {
                if let t = u["type"]?.string { ds.updateStrategy.type = t }
                if let m = Self.intOrString(u["rollingUpdate"]?["maxUnavailable"]) { ds.updateStrategy.maxUnavailable = m }
                if let m = Self.intOrString(u["rollingUpdate"]?["maxSurge"]) { ds.updateStrategy.maxSurge = m }
            }
            return .daemonSet(DaemonSet(metadata: meta, spec: ds))
        case .cronJob: return .cronJob(CronJob(metadata: meta, spec: cronJobSpec(spec)))
        case .persistentVolumeClaim:
            var c = PersistentVolumeClaimSpec()
            let modes = Self.strings(spec?["accessModes"])
            if !modes.isEmpty { c.accessModes = modes }
            switch spec?["resources"]?["requests"]?["storage"] {
            case .string(let s)?: c.storage = s
            case .int(let i)?: c.storage = String(i)
            default: break
            }
            c.storageClassName = spec?["storageClassName"]?.string
            return .persistentVolumeClaim(PersistentVolumeClaim(metadata: meta, spec: c))
        case .node, .event, .endpoints, .endpointSlice:
            return .namespace(Namespace(metadata: meta))
        }
    }

    func metadata(_ v: Value?) -> ObjectMeta {
        var m = ObjectMeta(name: v?["name"]?.string ?? "", namespace: v?["namespace"]?.string ?? "",
                           labels: Self.stringMap(v?["labels"]), annotations: Self.stringMap(v?["annotations"]))
        m.generateName = v?["generateName"]?.string
        m.finalizers = Self.strings(v?["finalizers"])
        m.ownerReferences = (v?["ownerReferences"]?.items ?? []).map { o in
            var ref = OwnerReference(apiVersion: o["apiVersion"]?.string ?? "", kind: o["kind"]?.string ?? "",
                                     name: o["name"]?.string ?? "", uid: o["uid"]?.string ?? "")
            if case .bool(let b)? = o["controller"] { ref.controller = b }
            if case .bool(let b)? = o["blockOwnerDeletion"] { ref.blockOwnerDeletion = b }
            return ref
        }
        return m
    }

    /// A missing selector is not the same as an empty one: apps/v1 says `Required value`
    /// and, since nothing matches, that the template labels do not match.
    mutating func selectorAndTemplate(_ spec: Value?) -> (LabelSelector, PodTemplateSpec) {
        let tv = spec?["template"]
        var tmeta = metadata(tv?["metadata"])
        tmeta.namespace = ""
        let template = PodTemplateSpec(metadata: tmeta, spec: podSpec(tv?["spec"], path: "spec.template.spec"))
        guard let sv = spec?["selector"], sv != .null else {
            errors.append(FieldError("spec.selector", .required(detail: nil)))
            return (Validation.missingSelector, template)
        }
        return (labelSelector(sv), template)
    }

    func labelSelector(_ v: Value) -> LabelSelector {
        var s = LabelSelector(matchLabels: Self.stringMap(v["matchLabels"]))
        for e in v["matchExpressions"]?.items ?? [] {
            let op: LabelSelector.Requirement.Operator
            switch e["operator"]?.string {
            case "In": op = .in
            case "NotIn": op = .notIn
            case "DoesNotExist": op = .doesNotExist
            default: op = .exists
            }
            s.matchExpressions.append(.init(key: e["key"]?.string ?? "", op: op, values: Self.strings(e["values"])))
        }
        return s
    }

    mutating func strategy(_ v: Value?) -> DeploymentStrategy {
        var s = DeploymentStrategy()
        switch v?["type"]?.string {
        case "Recreate"?:
            s.type = .recreate; s.maxSurge = nil; s.maxUnavailable = nil
            if let ru = v?["rollingUpdate"], ru != .null {
                errors.append(FieldError("spec.strategy.rollingUpdate", .forbidden(detail: "may not be specified when strategy `type` is 'Recreate'")))
            }
        case nil, "RollingUpdate"?:
            let ru = v?["rollingUpdate"]
            s.maxSurge = Self.intOrString(ru?["maxSurge"]) ?? .string("25%")
            s.maxUnavailable = Self.intOrString(ru?["maxUnavailable"]) ?? .string("25%")
        case let other?:
            errors.append(FieldError("spec.strategy.type", .unsupported(value: "\"\(other)\"", supported: ["Recreate", "RollingUpdate"])))
        }
        return s
    }

    mutating func podSpec(_ v: Value?, path: String) -> PodSpec {
        var s = PodSpec(containers: (v?["containers"]?.items ?? []).enumerated().map { container($1, path: "\(path).containers[\($0)]") })
        s.initContainers = (v?["initContainers"]?.items ?? []).enumerated().map { container($1, path: "\(path).initContainers[\($0)]") }
        if let r = v?["restartPolicy"]?.string {
            if let p = RestartPolicy(rawValue: r) { s.restartPolicy = p } else {
                errors.append(FieldError("\(path).restartPolicy", .unsupported(value: "\"\(r)\"", supported: ["Always", "OnFailure", "Never"])))
            }
        }
        s.nodeName = v?["nodeName"]?.string.flatMap { $0.isEmpty ? nil : $0 }
        s.nodeSelector = Self.stringMap(v?["nodeSelector"])
        if let g = v?["terminationGracePeriodSeconds"], let n = Self.int(g) { s.terminationGracePeriodSeconds = Int64(n) }
        s.hostname = v?["hostname"]?.string
        s.subdomain = v?["subdomain"]?.string
        s.serviceAccountName = v?["serviceAccountName"]?.string ?? v?["serviceAccount"]?.string
        s.tolerations = (v?["tolerations"]?.items ?? []).map { t in
            Toleration(key: t["key"]?.string, operator: t["operator"]?.string, value: t["value"]?.string,
                       effect: t["effect"]?.string, tolerationSeconds: Self.int(t["tolerationSeconds"]).map(Int64.init))
        }
        s.volumes = (v?["volumes"]?.items ?? []).map { vol in
            let name = vol["name"]?.string ?? ""
            if vol["emptyDir"] != nil { return Volume(name: name, source: .emptyDir) }
            if let hp = vol["hostPath"] { return Volume(name: name, source: .hostPath(hp["path"]?.string ?? "")) }
            if let pvc = vol["persistentVolumeClaim"] { return Volume(name: name, source: .persistentVolumeClaim(claimName: pvc["claimName"]?.string ?? "")) }
            let other = vol.members?.first { $0.key != "name" }?.key ?? "emptyDir"
            return Volume(name: name, source: other == "emptyDir" ? .emptyDir : .other(other))
        }
        return s
    }

    mutating func container(_ v: Value, path: String) -> Container {
        var c = Container(name: v["name"]?.string ?? "", image: v["image"]?.string ?? "")
        c.command = Self.strings(v["command"])
        c.args = Self.strings(v["args"])
        c.ports = (v["ports"]?.items ?? []).map { p in
            ContainerPort(containerPort: Self.int(p["containerPort"]) ?? 0, name: p["name"]?.string,
                          protocol: p["protocol"]?.string)
        }
        c.env = (v["env"]?.items ?? []).map { EnvVar(name: $0["name"]?.string ?? "", value: $0["value"]?.string) }
        c.resources = ResourceRequirements(requests: Self.quantities(v["resources"]?["requests"]),
                                           limits: Self.quantities(v["resources"]?["limits"]))
        c.volumeMounts = (v["volumeMounts"]?.items ?? []).map { m in
            var readOnly: Bool? = nil
            if case .bool(let b)? = m["readOnly"] { readOnly = b }
            return VolumeMount(name: m["name"]?.string ?? "", mountPath: m["mountPath"]?.string ?? "", readOnly: readOnly)
        }
        c.readinessProbe = v["readinessProbe"].flatMap(probe)
        c.livenessProbe = v["livenessProbe"].flatMap(probe)
        if let policy = v["imagePullPolicy"]?.string {
            if ["Always", "IfNotPresent", "Never"].contains(policy) { c.imagePullPolicy = policy } else {
                errors.append(FieldError("\(path).imagePullPolicy", .unsupported(value: "\"\(policy)\"", supported: ["Always", "IfNotPresent", "Never"])))
            }
        }
        c.restartPolicy = v["restartPolicy"]?.string
        return c
    }

    func probe(_ v: Value) -> Probe? {
        guard case .object = v else { return nil }
        let handler: Probe.Handler
        if let h = v["httpGet"], h != .null {
            handler = .httpGet(path: h["path"]?.string ?? "/", port: Self.intOrString(h["port"]) ?? .int(80))
        } else if let t = v["tcpSocket"], t != .null {
            handler = .tcpSocket(port: Self.intOrString(t["port"]) ?? .int(0))
        } else {
            handler = .exec(command: Self.strings(v["exec"]?["command"]))
        }
        var p = Probe(handler: handler)
        if let x = Self.int(v["initialDelaySeconds"]) { p.initialDelaySeconds = x }
        if let x = Self.int(v["periodSeconds"]) { p.periodSeconds = x }
        if let x = Self.int(v["timeoutSeconds"]) { p.timeoutSeconds = x }
        if let x = Self.int(v["successThreshold"]) { p.successThreshold = x }
        if let x = Self.int(v["failureThreshold"]) { p.failureThreshold = x }
        return p
    }

    mutating func serviceSpec(_ v: Value?) -> ServiceSpec {
        var s = ServiceSpec()
        if let t = v?["type"]?.string {
            if ["ClusterIP", "NodePort", "LoadBalancer", "ExternalName"].contains(t) { s.type = t } else {
                errors.append(FieldError("spec.type", .unsupported(value: "\"\(t)\"", supported: ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"])))
            }
        }
        s.clusterIP = v?["clusterIP"]?.string.flatMap { $0.isEmpty ? nil : $0 }
        s.selector = Self.stringMap(v?["selector"])
        s.ports = (v?["ports"]?.items ?? []).map { p in
            ServicePort(name: p["name"]?.string, protocol: p["protocol"]?.string ?? "TCP", port: Self.int(p["port"]) ?? 0,
                        targetPort: Self.intOrString(p["targetPort"]), nodePort: Self.int(p["nodePort"]))
        }
        return s
    }
}
