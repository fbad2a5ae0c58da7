import KubeModel

/// The store side of StatefulSets.
extension ClusterState {
    public func statefulSets(in namespace: String?) -> [StatefulSet] {
        Self.listed(statefulSets, in: namespace)
    }
    mutating func putStatefulSet(_ sts: StatefulSet) {
        statefulSets[sts.metadata.key] = sts
        objectsByUID[sts.metadata.uid] = ObjectRef(.statefulSet, sts.metadata.key)
    }
    mutating func removeStatefulSet(_ key: ObjectKey) {
        guard let old = statefulSets.removeValue(forKey: key) else { return }
        objectsByUID[old.metadata.uid] = nil
    }
}

extension Simulation {
    func createStatefulSetObject(_ sts: StatefulSet) -> StatefulSet {
        var sts = sts
        stamp(&sts.metadata, kind: .statefulSet)
        sts.metadata.generation = 1
        sts.status = StatefulSetStatus()
        state.putStatefulSet(sts)
        queue.add(.statefulSet(sts.metadata.key), at: state.now)
        return sts
    }

    func updateStatefulSetObject(_ sts: StatefulSet, current: StatefulSet) -> StatefulSet {
        var sts = sts
        if sts.spec != current.spec { sts.metadata.generation = current.metadata.generation + 1 }
        sts.status = current.status
        sts.metadata.resourceVersion = state.nextResourceVersion()
        state.putStatefulSet(sts)
        queue.add(.statefulSet(sts.metadata.key), at: state.now)
        return sts
    }

    func removeStatefulSetObject(_ key: ObjectKey) {
        guard let sts = state.statefulSets[key] else { return }
        state.removeStatefulSet(key)
        objectDeleted(uid: sts.metadata.uid)
    }
}
