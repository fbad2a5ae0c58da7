import KubeModel

/// Counts of one controller's pods, kept as pods change so that a ReplicaSet sync on a
/// 150,000-pod deployment reads four numbers instead of every pod (what `calculateStatus`
/// in `pkg/controller/replicaset/replica_set_utils.go` would count).
public struct OwnerPodCounts: Hashable, Sendable {
    /// Not finished and not being deleted (`controller.IsPodActive`).
    public var active = 0
    /// Active and Ready.
    public var ready = 0
    /// Active and carrying every label of the owner's pod template (`fullyLabeledReplicas`).
    public var fullyLabeled = 0

    public init() {}

    mutating func add(_ pod: Pod, templateLabels: [String: String]?, sign: Int) {
        guard pod.isActive else { return }
        active += sign
        if pod.isReady { ready += sign }
        if let templateLabels, templateLabels.allSatisfy({ pod.metadata.labels[$0.key] == $0.value }) { fullyLabeled += sign }
    }
}

extension ClusterState {
    /// The pod-template labels of the ReplicaSet with this UID, if it is one.
    func templateLabels(ofOwner uid: String) -> [String: String]? { templateLabelsByOwner[uid] }

    /// Counts `pod` in (sign 1) or out (sign −1) of its controller's tally.
    mutating func countOwned(_ pod: Pod, sign: Int) {
        // Only active pods count (`OwnerPodCounts.add`): an inactive one needs no lookup.
        guard pod.isActive, let owner = pod.metadata.controllerUID else { return }
        let labels = templateLabels(ofOwner: owner)
        Self.tally(&ownerCounts[owner]) { $0.add(pod, templateLabels: labels, sign: sign) }
    }

    /// Moves a rewritten pod's count: with the same controller, one lookup of its template's
    /// labels and of its tally, where counting out and in again would take two of each.
    mutating func countOwned(from old: Pod, to pod: Pod) {
        let owner = pod.metadata.controllerUID
        guard owner == old.metadata.controllerUID else {
            countOwned(old, sign: -1)
            countOwned(pod, sign: 1)
            return
        }
        guard let owner, old.isActive || pod.isActive else { return }
        let labels = templateLabels(ofOwner: owner)
        Self.tally(&ownerCounts[owner]) {
            $0.add(old, templateLabels: labels, sign: -1)
            $0.add(pod, templateLabels: labels, sign: 1)
        }
    }

    /// Changes one tally in place; an all-zero tally is dropped.
    private static func tally(_ counts: inout OwnerPodCounts?, _ change: (inout OwnerPodCounts) -> Void) {
        var c = counts ?? OwnerPodCounts()
        change(&c)
        counts = c == OwnerPodCounts() ? nil : c
    }

    /// Counts every pod of `uid` again (its template's labels changed, or it just appeared).
    mutating func recountOwned(_ uid: String) {
        var counts = OwnerPodCounts()
        let labels = templateLabels(ofOwner: uid)
        for key in podsByOwner[uid] ?? [] { if let pod = pods[key] { counts.add(pod, templateLabels: labels, sign: 1) } }
        ownerCounts[uid] = counts == OwnerPodCounts() ? nil : counts
    }
}
