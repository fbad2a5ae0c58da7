import ClusterSim
import KubeModel

extension Serializer {
    /// `PodTemplateSpec`: the template's metadata has no creation time (`null`, as v1.32
    /// servers print a zero `metav1.Time`).
    static func template(_ t: PodTemplateSpec) -> Value {
        var m = ObjectBuilder()
        m.str("name", t.metadata.name)
        m.str("namespace", t.metadata.namespace)
        m.put("creationTimestamp", .null)
        m.map("labels", t.metadata.labels)
        m.map("annotations", t.metadata.annotations)
        return .object([.init("metadata", m.value), .init("spec", podSpec(t.spec, pod: nil))])
    }

    static func deployment(_ d: Deployment) -> Value {
        var b = ObjectBuilder()
        for h in header(.deployment) { b.put(h.key, h.value) }
        b.put("metadata", meta(d.metadata))
        var spec = ObjectBuilder()
        spec.put("replicas", .int(Int64(d.spec.replicas)))
        spec.put("selector", selector(d.spec.selector))
        spec.put("template", template(d.spec.template))
        var strategy = ObjectBuilder()
        strategy.put("type", .string(d.spec.strategy.type.rawValue))
        if d.spec.strategy.type == .rollingUpdate {
            var ru = ObjectBuilder()
            if let u = d.spec.strategy.maxUnavailable { ru.put("maxUnavailable", intOrString(u)) }
            if let s = d.spec.strategy.maxSurge { ru.put("maxSurge", intOrString(s)) }
            strategy.put("rollingUpdate", ru.value)
        }
        spec.put("strategy", strategy.value)
        spec.int("minReadySeconds", d.spec.minReadySeconds)
        spec.put("revisionHistoryLimit", .int(Int64(d.spec.revisionHistoryLimit)))
        spec.flag("paused", d.spec.paused)
        spec.put("progressDeadlineSeconds", .int(Int64(d.spec.progressDeadlineSeconds)))
        b.put("spec", spec.value)
        let s = d.status
        var st = ObjectBuilder()
        st.int64("observedGeneration", s.observedGeneration)
        st.int("replicas", s.replicas)
        st.int("updatedReplicas", s.updatedReplicas)
        st.int("readyReplicas", s.readyReplicas)
        st.int("availableReplicas", s.availableReplicas)
        st.int("unavailableReplicas", s.unavailableReplicas)
        st.list("conditions", s.conditions.map { c in
            .object([.init("type", .string(c.type)), .init("status", .string(c.status.rawValue)),
                     .init("lastUpdateTime", .string(c.lastUpdateTime.rfc3339)),
                     .init("lastTransitionTime", .string(c.lastTransitionTime.rfc3339)),
                     .init("reason", .string(c.reason)), .init("message", .string(c.message))])
        })
        if let c = s.collisionCount { st.put("collisionCount", .int(Int64(c))) }
        b.put("status", st.value)
        return b.value
    }

    static func replicaSet(_ rs: ReplicaSet) -> Value {
        var b = ObjectBuilder()
        for h in header(.replicaSet) { b.put(h.key, h.value) }
        b.put("metadata", meta(rs.metadata))
        var spec = ObjectBuilder()
        spec.put("replicas", .int(Int64(rs.spec.replicas)))
        spec.int("minReadySeconds", rs.spec.minReadySeconds)
        spec.put("selector", selector(rs.spec.selector))
        spec.put("template", template(rs.spec.template))
        b.put("spec", spec.value)
        let s = rs.status
        var st = ObjectBuilder()
        st.put("replicas", .int(Int64(s.replicas)))
        st.int("fullyLabeledReplicas", s.fullyLabeledReplicas)
        st.int("readyReplicas", s.readyReplicas)
        st.int("availableReplicas", s.availableReplicas)
        st.int64("observedGeneration", s.observedGeneration)
        st.list("conditions", s.conditions.map { c in
            var cb = ObjectBuilder()
            cb.put("type", .string(c.type))
            cb.put("status", .string(c.status.rawValue))
            cb.put("lastTransitionTime", time(c.lastTransitionTime))
            cb.str("reason", c.reason)
            cb.str("message", c.message)
            return cb.value
        })
        b.put("status", st.value)
        return b.value
    }

    static func node(_ n: Node) -> Value {
        var b = ObjectBuilder()
        for h in header(.node) { b.put(h.key, h.value) }
        b.put("metadata", meta(n.metadata))
        var spec = ObjectBuilder()
        spec.str("podCIDR", n.spec.podCIDR)
        if let cidr = n.spec.podCIDR { spec.put("podCIDRs", .array([.string(cidr)])) }
        spec.put("providerID", .string("kind://docker/kubetutor/\(n.metadata.name)"))
        spec.flag("unschedulable", n.spec.unschedulable)
        spec.list("taints", n.spec.taints.map { t in
            var tb = ObjectBuilder()
            tb.put("key", .string(t.key))
            tb.str("value", t.value)
            tb.put("effect", .string(t.effect))
            if let added = t.timeAdded { tb.put("timeAdded", .string(added.rfc3339)) }
            return tb.value
        })
        b.put("spec", spec.value)
        let s = n.status
        var st = ObjectBuilder()
        st.put("capacity", quantities(s.capacity))
        st.put("allocatable", quantities(s.allocatable))
        st.list("conditions", s.conditions.map { c in
            .object([.init("type", .string(c.type)), .init("status", .string(c.status.rawValue)),
                     .init("lastHeartbeatTime", .string(c.lastHeartbeatTime.rfc3339)),
                     .init("lastTransitionTime", .string(c.lastTransitionTime.rfc3339)),
                     .init("reason", .string(c.reason)), .init("message", .string(c.message))])
        })
        st.list("addresses", s.addresses.map { .object([.init("type", .string($0.type)), .init("address", .string($0.address))]) })
        st.put("daemonEndpoints", .object([.init("kubeletEndpoint", .object([.init("Port", .int(10250))]))]))
        st.put("nodeInfo", .object([
            .init("machineID", .string(Synthesized.hex("machine/\(n.metadata.name)", length: 32))),
            .init("systemUUID", .string(Synthesized.uuid(from: "system/\(n.metadata.name)"))),
            .init("bootID", .string(Synthesized.uuid(from: "boot/\(n.metadata.name)"))),
            .init("kernelVersion", .string(s.kernelVersion)),
            .init("osImage", .string(s.osImage)),
            .init("containerRuntimeVersion", .string(s.containerRuntimeVersion)),
            .init("kubeletVersion", .string(s.kubeletVersion)),
            .init("kubeProxyVersion", .string(s.kubeletVersion)),
            .init("operatingSystem", .string("linux")),
            .init("architecture", .string("amd64")),
        ]))
        b.put("status", st.value)
        return b.value
    }
}
