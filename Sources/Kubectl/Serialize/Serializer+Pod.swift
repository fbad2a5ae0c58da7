import ClusterSim
import KubeModel

extension Serializer {
    static func pod(_ p: Pod) -> Value {
        var b = ObjectBuilder()
        for h in header(.pod) { b.put(h.key, h.value) }
        b.put("metadata", meta(p.metadata))
        b.put("spec", podSpec(p.spec, pod: p))
        b.put("status", podStatus(p))
        return b.value
    }

    /// A pod spec with the API server's defaults. `pod` is the pod itself (nil inside a
    /// template): only real pods get admission's additions (service account, token volume,
    /// tolerations, priority).
    static func podSpec(_ s: PodSpec, pod: Pod?) -> Value {
        let saVolume = pod.flatMap(Synthesized.serviceAccountVolume)
        var b = ObjectBuilder()
        var volumes = s.volumes.map(volume)
        if let saVolume { volumes.append(serviceAccountVolumeValue(saVolume)) }
        b.list("volumes", volumes)
        b.list("initContainers", s.initContainers.map { container($0, saVolume: saVolume) })
        b.put("containers", .array(s.containers.map { container($0, saVolume: saVolume) }))
        b.put("restartPolicy", .string(s.restartPolicy.rawValue))
        b.put("terminationGracePeriodSeconds", .int(s.terminationGracePeriodSeconds))
        b.put("dnsPolicy", .string("ClusterFirst"))
        b.map("nodeSelector", s.nodeSelector)
        if let sa = s.serviceAccountName {
            b.put("serviceAccountName", .string(sa))
            b.put("serviceAccount", .string(sa))
        }
        b.str("nodeName", s.nodeName)
        b.put("securityContext", .emptyObject)
        b.str("hostname", s.hostname)
        b.str("subdomain", s.subdomain)
        b.put("schedulerName", .string("default-scheduler"))
        b.list("tolerations", s.tolerations.map(toleration))
        if pod != nil {
            b.put("priority", .int(0))
            b.put("enableServiceLinks", .bool(true))
            b.put("preemptionPolicy", .string("PreemptLowerPriority"))
        }
        return b.value
    }

    static func serviceAccountVolumeValue(_ name: String) -> Value {
        let sources: [Value] = [
            .object([.init("serviceAccountToken", .object([.init("expirationSeconds", .int(3607)), .init("path", .string("token"))]))]),
            .object([.init("configMap", .object([
                .init("name", .string("kube-root-ca.crt")),
                .init("items", .array([.object([.init("key", .string("ca.crt")), .init("path", .string("ca.crt"))])])),
            ]))]),
            .object([.init("downwardAPI", .object([.init("items", .array([.object([
                .init("path", .string("namespace")),
                .init("fieldRef", .object([.init("apiVersion", .string("v1")), .init("fieldPath", .string("metadata.namespace"))])),
            ])]))]))]),
        ]
        return .object([.init("name", .string(name)),
                        .init("projected", .object([.init("sources", .array(sources)), .init("defaultMode", .int(420))]))])
    }

    static func volume(_ v: Volume) -> Value {
        var b = ObjectBuilder()
        b.put("name", .string(v.name))
        switch v.source {
        case .emptyDir: b.put("emptyDir", .emptyObject)
        case .hostPath(let path): b.put("hostPath", .object([.init("path", .string(path)), .init("type", .string(""))]))
        case .persistentVolumeClaim(let claim): b.put("persistentVolumeClaim", .object([.init("claimName", .string(claim))]))
        case .other(let kind): b.put(kind, .emptyObject)
        }
        return b.value
    }

    static func container(_ c: Container, saVolume: String?) -> Value {
        var b = ObjectBuilder()
        b.put("name", .string(c.name))
        b.put("image", .string(c.image))
        b.list("command", c.command.map { .string($0) })
        b.list("args", c.args.map { .string($0) })
        b.list("ports", c.ports.map { p in
            var pb = ObjectBuilder()
            pb.str("name", p.name)
            pb.put("containerPort", .int(Int64(p.containerPort)))
            pb.put("protocol", .string(p.protocol ?? "TCP"))
            return pb.value
        })
        b.list("env", c.env.map { e in
            var eb = ObjectBuilder()
            eb.put("name", .string(e.name))
            eb.str("value", e.value)
            return eb.value
        })
        b.put("resources", resources(c.resources))
        b.str("restartPolicy", c.restartPolicy)
        var mounts = c.volumeMounts.map(volumeMount)
        if let saVolume {
            mounts.append(.object([.init("name", .string(saVolume)), .init("readOnly", .bool(true)),
                                   .init("mountPath", .string(Synthesized.serviceAccountMountPath))]))
        }
        b.list("volumeMounts", mounts)
        if let p = c.livenessProbe { b.put("livenessProbe", probe(p)) }
        if let p = c.readinessProbe { b.put("readinessProbe", probe(p)) }
        b.put("terminationMessagePath", .string("/dev/termination-log"))
        b.put("terminationMessagePolicy", .string("File"))
        b.put("imagePullPolicy", .string(c.imagePullPolicy ?? ImageCatalogue.defaultPullPolicy(c.image)))
        return b.value
    }

    static func volumeMount(_ m: VolumeMount) -> Value {
        var b = ObjectBuilder()
        b.put("name", .string(m.name))
        b.flag("readOnly", m.readOnly ?? false)
        b.put("mountPath", .string(m.mountPath))
        return b.value
    }

    static func resources(_ r: ResourceRequirements) -> Value {
        var b = ObjectBuilder()
        if !r.limits.isEmpty { b.put("limits", quantities(r.limits)) }
        if !r.requests.isEmpty { b.put("requests", quantities(r.requests)) }
        return b.value
    }

    static func quantities(_ q: [String: Quantity]) -> Value {
        .object(q.sorted { $0.key < $1.key }.map { .init($0.key, .string($0.value.text)) })
    }

    static func probe(_ p: Probe) -> Value {
        var b = ObjectBuilder()
        switch p.handler {
        case .exec(let command): b.put("exec", .object([.init("command", .array(command.map { .string($0) }))]))
        case .httpGet(let path, let port):
            b.put("httpGet", .object([.init("path", .string(path)), .init("port", intOrString(port)), .init("scheme", .string("HTTP"))]))
        case .tcpSocket(let port): b.put("tcpSocket", .object([.init("port", intOrString(port))]))
        }
        b.int("initialDelaySeconds", p.initialDelaySeconds)
        b.put("timeoutSeconds", .int(Int64(p.timeoutSeconds)))
        b.put("periodSeconds", .int(Int64(p.periodSeconds)))
        b.put("successThreshold", .int(Int64(p.successThreshold)))
        b.put("failureThreshold", .int(Int64(p.failureThreshold)))
        return b.value
    }

    static func toleration(_ t: Toleration) -> Value {
        var b = ObjectBuilder()
        b.str("key", t.key)
        b.str("operator", t.operator)
        b.str("value", t.value)
        b.str("effect", t.effect)
        if let s = t.tolerationSeconds { b.put("tolerationSeconds", .int(s)) }
        return b.value
    }

    /// The order the kubelet writes pod conditions in (`generateAPIPodStatus`), which is
    /// also the order `describe` lists them.
    static let conditionOrder = ["PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled"]

    public static func orderedConditions(_ conditions: [PodCondition]) -> [PodCondition] {
        conditions.enumerated().sorted { a, b in
            let ia = conditionOrder.firstIndex(of: a.element.type) ?? conditionOrder.count
            let ib = conditionOrder.firstIndex(of: b.element.type) ?? conditionOrder.count
            return ia != ib ? ia < ib : a.offset < b.offset
        }.map(\.element)
    }

    static func podStatus(_ p: Pod) -> Value {
        let s = p.status
        var b = ObjectBuilder()
        b.put("phase", .string(s.phase.rawValue))
        b.list("conditions", orderedConditions(s.conditions).map { c in
            var cb = ObjectBuilder()
            cb.put("type", .string(c.type))
            cb.put("status", .string(c.status.rawValue))
            cb.put("lastProbeTime", .null)
            cb.put("lastTransitionTime", time(c.lastTransitionTime))
            cb.str("reason", c.reason)
            cb.str("message", c.message)
            return cb.value
        })
        b.str("message", s.message)
        b.str("reason", s.reason)
        b.str("hostIP", s.hostIP)
        if let ip = s.hostIP { b.put("hostIPs", .array([.object([.init("ip", .string(ip))])])) }
        b.str("podIP", s.podIP)
        if let ip = s.podIP { b.put("podIPs", .array([.object([.init("ip", .string(ip))])])) }
        if let t = s.startTime { b.put("startTime", .string(t.rfc3339)) }
        let saVolume = Synthesized.serviceAccountVolume(p)
        b.list("initContainerStatuses", s.initContainerStatuses.map { containerStatus($0, pod: p, saVolume: saVolume) })
        b.list("containerStatuses", s.containerStatuses.map { containerStatus($0, pod: p, saVolume: saVolume) })
        b.put("qosClass", .string(QoS.podClass(p.spec)))
        return b.value
    }

    static func containerStatus(_ cs: ContainerStatus, pod: Pod, saVolume: String?) -> Value {
        var b = ObjectBuilder()
        b.put("name", .string(cs.name))
        b.put("state", containerState(cs.state))
        b.put("lastState", cs.lastState.map(containerState) ?? .emptyObject)
        b.put("ready", .bool(cs.ready))
        b.put("restartCount", .int(Int64(cs.restartCount)))
        let started = cs.state.isRunning || cs.lastState != nil || cs.state.exitCode != nil
        b.put("image", .string(started ? Synthesized.fullImage(cs.image) : cs.image))
        b.put("imageID", .string(started ? Synthesized.imageID(cs.image) : ""))
        if started {
            b.put("containerID", .string(cs.containerID ?? Synthesized.containerID(pod: pod, container: cs.name, restarts: cs.restartCount)))
        }
        b.put("started", .bool(cs.started))
        var mounts: [Value] = []
        if let c = (pod.spec.containers + pod.spec.initContainers).first(where: { $0.name == cs.name }) {
            mounts = c.volumeMounts.map { m in
                var mb = ObjectBuilder()
                mb.put("name", .string(m.name))
                mb.put("mountPath", .string(m.mountPath))
                mb.flag("readOnly", m.readOnly ?? false)
                if m.readOnly == true { mb.put("recursiveReadOnly", .string("Disabled")) }
                return mb.value
            }
        }
        if let saVolume {
            mounts.append(.object([.init("name", .string(saVolume)), .init("mountPath", .string(Synthesized.serviceAccountMountPath)),
                                   .init("readOnly", .bool(true)), .init("recursiveReadOnly", .string("Disabled"))]))
        }
        b.list("volumeMounts", mounts)
        return b.value
    }

    static func containerState(_ s: ContainerState) -> Value {
        switch s {
        case .waiting(let reason, let message):
            var b = ObjectBuilder()
            b.str("reason", reason)
            b.str("message", message)
            return .object([.init("waiting", b.value)])
        case .running(let started):
            return .object([.init("running", .object([.init("startedAt", .string(started.rfc3339))]))])
        case .terminated(let code, let reason, let started, let finished, let message):
            var b = ObjectBuilder()
            b.put("exitCode", .int(Int64(code)))
            b.str("reason", reason)
            b.str("message", message)
            b.put("startedAt", time(started))
            b.put("finishedAt", .string(finished.rfc3339))
            return .object([.init("terminated", b.value)])
        }
    }
}

/// The pod's quality-of-service class (`pkg/apis/core/v1/helper/qos/qos.go`).
public enum QoS {
    public static func podClass(_ spec: PodSpec) -> String {
        let containers = spec.containers + spec.initContainers
        var requests: [String: Int64] = [:], limits: [String: Int64] = [:]
        var isGuaranteed = true
        for c in containers {
            for (k, q) in c.resources.requests where k == "cpu" || k == "memory" { requests[k, default: 0] += q.milli }
            for (k, q) in c.resources.limits where k == "cpu" || k == "memory" { limits[k, default: 0] += q.milli }
            let limited = Set(c.resources.limits.keys.filter { $0 == "cpu" || $0 == "memory" })
            if limited != ["cpu", "memory"] { isGuaranteed = false }
        }
        if requests.isEmpty && limits.isEmpty { return "BestEffort" }
        if isGuaranteed {
            for c in containers {
                for (k, q) in c.resources.requests where k == "cpu" || k == "memory" {
                    if c.resources.limits[k]?.milli != q.milli { isGuaranteed = false }
                }
            }
        }
        return isGuaranteed ? "Guaranteed" : "Burstable"
    }
}
