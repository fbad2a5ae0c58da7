import ClusterSim
import KubeModel

extension Serializer {
    /// apps/v1 StatefulSet in field order, with the defaults of `SetDefaults_StatefulSet`.
    static func statefulSet(_ sts: StatefulSet) -> Value {
        var b = ObjectBuilder()
        for h in header(.statefulSet) { b.put(h.key, h.value) }
        b.put("metadata", meta(sts.metadata))
        var spec = ObjectBuilder()
        spec.put("replicas", .int(Int64(sts.spec.replicas)))
        spec.put("selector", selector(sts.spec.selector))
        spec.put("template", template(sts.spec.template))
        spec.list("volumeClaimTemplates", sts.spec.volumeClaimTemplates.map { c in
            var cs = ObjectBuilder()
            cs.list("accessModes", c.accessModes.map { .string($0) })
            cs.put("resources", .object([.init("requests", .object([.init("storage", .string(c.storage))]))]))
            cs.str("storageClassName", c.storageClassName)
            cs.put("volumeMode", .string("Filesystem"))
            return .object([.init("kind", .string("PersistentVolumeClaim")), .init("apiVersion", .string("v1")),
                            .init("metadata", .object([.init("name", .string(c.name)), .init("creationTimestamp", .null)])),
                            .init("spec", cs.value), .init("status", .object([.init("phase", .string("Pending"))]))])
        })
        spec.str("serviceName", sts.spec.serviceName)
        spec.put("podManagementPolicy", .string(sts.spec.podManagementPolicy))
        var strategy = ObjectBuilder()
        strategy.put("type", .string(sts.spec.updateStrategyType))
        if sts.spec.updateStrategyType == "RollingUpdate" {
            strategy.put("rollingUpdate", .object([.init("partition", .int(Int64(sts.spec.partition)))]))
        }
        spec.put("updateStrategy", strategy.value)
        spec.put("revisionHistoryLimit", .int(Int64(sts.spec.revisionHistoryLimit)))
        spec.int("minReadySeconds", sts.spec.minReadySeconds)
        spec.put("persistentVolumeClaimRetentionPolicy", .object([.init("whenDeleted", .string("Retain")), .init("whenScaled", .string("Retain"))]))
        b.put("spec", spec.value)
        let s = sts.status
        var st = ObjectBuilder()
        st.int64("observedGeneration", s.observedGeneration)
        st.put("replicas", .int(Int64(s.replicas)))
        st.int("readyReplicas", s.readyReplicas)
        st.int("currentReplicas", s.currentReplicas)
        st.int("updatedReplicas", s.updatedReplicas)
        st.str("currentRevision", s.currentRevision)
        st.str("updateRevision", s.updateRevision)
        st.put("collisionCount", .int(Int64(s.collisionCount)))
        st.put("availableReplicas", .int(Int64(s.availableReplicas)))
        b.put("status", st.value)
        return b.value
    }
}
