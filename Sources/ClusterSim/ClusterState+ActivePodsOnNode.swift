import KubeModel

extension ClusterState {
    /// How many active pods of the controller with UID `uid` are bound to `node`: bound, not
    /// finished, not being deleted — the pods the scheduler's spreading counts
    /// (`NodeUsage.podsByOwner`). ReplicaSet scale-down ranks pods by this
    /// (`pkg/controller/controller_utils.go ActivePodsWithRanks`, co-located pods).
    /// Read from the scheduler's counters (two lookups), never by walking the node's pods.
    public func activePods(ofOwner uid: String, onNode node: String) -> Int {
        usageTable.owned(uid, onNode: node)
    }
}
