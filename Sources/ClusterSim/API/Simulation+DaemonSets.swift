import KubeModel

/// The store side of DaemonSets: create, update, delete, and the node watch that makes
/// every DaemonSet look again when a node comes, goes or changes labels or taints.
extension ClusterState {
    public func daemonSets(in namespace: String?) -> [DaemonSet] {
        Self.listed(daemonSets, in: namespace)
    }
    mutating func putDaemonSet(_ ds: DaemonSet) {
        daemonSets[ds.metadata.key] = ds
        objectsByUID[ds.metadata.uid] = ObjectRef(.daemonSet, ds.metadata.key)
    }
    mutating func removeDaemonSet(_ key: ObjectKey) {
        guard let old = daemonSets.removeValue(forKey: key) else { return }
        objectsByUID[old.metadata.uid] = nil
    }
}

extension Simulation {
    /// `SetDefaults_DaemonSet` has already been applied by the model's defaults.
    func createDaemonSetObject(_ ds: DaemonSet) -> DaemonSet {
        var ds = ds
        stamp(&ds.metadata, kind: .daemonSet)
        ds.metadata.generation = 1
        ds.status = DaemonSetStatus()
        state.putDaemonSet(ds)
        queue.add(.daemonSet(ds.metadata.key), at: state.now)
        return ds
    }

    func updateDaemonSetObject(_ ds: DaemonSet, current: DaemonSet) -> DaemonSet {
        var ds = ds
        if ds.spec != current.spec { ds.metadata.generation = current.metadata.generation + 1 }
        ds.status = current.status
        ds.metadata.resourceVersion = state.nextResourceVersion()
        state.putDaemonSet(ds)
        queue.add(.daemonSet(ds.metadata.key), at: state.now)
        return ds
    }

    func removeDaemonSetObject(_ key: ObjectKey) {
        guard let ds = state.daemonSets[key] else { return }
        state.removeDaemonSet(key)
        objectDeleted(uid: ds.metadata.uid)
    }

    /// The DaemonSet controller's node handlers (`addNode`, `updateNode`): every DaemonSet
    /// re-checks which nodes should run its pod.
    func nodesChangedForDaemonSets() {
        for key in state.daemonSets.keys.sorted() { queue.add(.daemonSet(key), at: state.now) }
    }
}
