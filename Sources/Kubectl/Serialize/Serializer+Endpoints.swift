import ClusterSim
import KubeModel

extension Serializer {
    static func endpointAddress(_ a: EndpointAddress) -> Value {
        var b = ObjectBuilder()
        b.put("ip", .string(a.ip))
        b.str("nodeName", a.nodeName)
        if let pod = a.pod {
            b.put("targetRef", .object([.init("kind", .string("Pod")), .init("namespace", .string(pod.namespace)),
                                        .init("name", .string(pod.name)), .init("uid", .string(a.podUID ?? ""))]))
        }
        return b.value
    }

    static func endpointPort(_ p: EndpointPort) -> Value {
        var b = ObjectBuilder()
        b.str("name", p.name)
        b.put("port", .int(Int64(p.port)))
        b.put("protocol", .string(p.protocol))
        return b.value
    }

    static func endpoints(_ ep: Endpoints) -> Value {
        var b = ObjectBuilder()
        for h in header(.endpoints) { b.put(h.key, h.value) }
        b.put("metadata", meta(ep.metadata))
        b.list("subsets", ep.subsets.map { s in
            var sb = ObjectBuilder()
            sb.list("addresses", s.addresses.map(endpointAddress))
            sb.list("notReadyAddresses", s.notReadyAddresses.map(endpointAddress))
            sb.list("ports", s.ports.map(endpointPort))
            return sb.value
        })
        return b.value
    }

    static func endpointSlice(_ s: EndpointSlice) -> Value {
        var b = ObjectBuilder()
        for h in header(.endpointSlice) { b.put(h.key, h.value) }
        b.put("metadata", meta(s.metadata))
        b.put("addressType", .string(s.addressType))
        b.put("endpoints", .array(s.endpoints.map { e in
            var eb = ObjectBuilder()
            eb.put("addresses", .array([.string(e.address.ip)]))
            eb.put("conditions", .object([.init("ready", .bool(e.ready)), .init("serving", .bool(e.serving)), .init("terminating", .bool(e.terminating))]))
            if let pod = e.address.pod {
                eb.put("targetRef", .object([.init("kind", .string("Pod")), .init("namespace", .string(pod.namespace)),
                                             .init("name", .string(pod.name)), .init("uid", .string(e.address.podUID ?? ""))]))
            }
            eb.str("nodeName", e.address.nodeName)
            return eb.value
        }))
        b.put("ports", .array(s.ports.map(endpointPort)))
        return b.value
    }
}

extension Serializer {
    /// core/v1 PersistentVolumeClaim in field order.
    static func claim(_ c: PersistentVolumeClaim) -> Value {
        var b = ObjectBuilder()
        for h in header(.persistentVolumeClaim) { b.put(h.key, h.value) }
        b.put("metadata", meta(c.metadata))
        var spec = ObjectBuilder()
        spec.list("accessModes", c.spec.accessModes.map { .string($0) })
        spec.put("resources", .object([.init("requests", .object([.init("storage", .string(c.spec.storage))]))]))
        spec.str("volumeName", c.spec.volumeName)
        spec.str("storageClassName", c.spec.storageClassName)
        spec.put("volumeMode", .string("Filesystem"))
        b.put("spec", spec.value)
        var st = ObjectBuilder()
        st.put("phase", .string(c.status.phase))
        if c.status.phase == "Bound" { st.list("accessModes", c.spec.accessModes.map { .string($0) }) }
        if let cap = c.status.capacity { st.put("capacity", .object([.init("storage", .string(cap))])) }
        b.put("status", st.value)
        return b.value
    }
}
