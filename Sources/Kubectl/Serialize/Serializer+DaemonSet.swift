import ClusterSim
import KubeModel

extension Serializer {
    /// apps/v1 DaemonSet in field order, with the `deprecated.daemonset.template.generation`
    /// annotation the API server keeps in step with the generation.
    static func daemonSet(_ ds: DaemonSet) -> Value {
        var b = ObjectBuilder()
        for h in header(.daemonSet) { b.put(h.key, h.value) }
        var m = ds.metadata
        if !m.uid.isEmpty { m.annotations["deprecated.daemonset.template.generation"] = String(m.generation) }
        b.put("metadata", meta(m))
        var spec = ObjectBuilder()
        spec.put("selector", selector(ds.spec.selector))
        spec.put("template", template(ds.spec.template))
        var strategy = ObjectBuilder()
        strategy.put("type", .string(ds.spec.updateStrategy.type))
        if ds.spec.updateStrategy.type == "RollingUpdate" {
            strategy.put("rollingUpdate", .object([.init("maxUnavailable", intOrString(ds.spec.updateStrategy.maxUnavailable)),
                                                   .init("maxSurge", intOrString(ds.spec.updateStrategy.maxSurge))]))
        }
        spec.put("updateStrategy", strategy.value)
        spec.int("minReadySeconds", ds.spec.minReadySeconds)
        spec.put("revisionHistoryLimit", .int(Int64(ds.spec.revisionHistoryLimit)))
        b.put("spec", spec.value)
        let s = ds.status
        var st = ObjectBuilder()
        st.put("currentNumberScheduled", .int(Int64(s.currentNumberScheduled)))
        st.put("numberMisscheduled", .int(Int64(s.numberMisscheduled)))
        st.put("desiredNumberScheduled", .int(Int64(s.desiredNumberScheduled)))
        st.put("numberReady", .int(Int64(s.numberReady)))
        st.int64("observedGeneration", s.observedGeneration)
        st.int("updatedNumberScheduled", s.updatedNumberScheduled)
        st.int("numberAvailable", s.numberAvailable)
        st.int("numberUnavailable", s.numberUnavailable)
        b.put("status", st.value)
        return b.value
    }
}
