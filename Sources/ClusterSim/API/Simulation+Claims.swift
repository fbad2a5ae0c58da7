import KubeModel

/// PersistentVolumeClaims. The DefaultStorageClass admission plugin names the default class
/// (`standard`, kind's local-path provisioner) and the claim is bound at once to a new
/// volume `pvc-<uid>` of the requested size. Files written into a claim's volume belong to
/// the claim, not the pod: they survive pod restarts and rescheduling.
extension ClusterState {
    public func persistentVolumeClaims(in namespace: String?) -> [PersistentVolumeClaim] {
        Self.listed(persistentVolumeClaims, in: namespace)
    }

    /// Where the files of `volume` in this pod live: the claim for a PVC volume, else the pod.
    public func volumeStorage(pod: Pod, volume: String) -> String {
        if let v = pod.spec.volumes.first(where: { $0.name == volume }), case .persistentVolumeClaim(let claim) = v.source {
            return "pvc:\(pod.metadata.namespace)/\(claim)"
        }
        return pod.metadata.uid
    }
}

extension Simulation {
    public static let defaultStorageClass = "standard"

    func createClaimObject(_ claim: PersistentVolumeClaim) -> PersistentVolumeClaim {
        var claim = claim
        stamp(&claim.metadata, kind: .persistentVolumeClaim)
        if claim.spec.storageClassName == nil { claim.spec.storageClassName = Self.defaultStorageClass }
        claim.spec.volumeName = "pvc-" + claim.metadata.uid
        claim.metadata.finalizers = ["kubernetes.io/pvc-protection"]
        for (k, v) in [("pv.kubernetes.io/bind-completed", "yes"), ("pv.kubernetes.io/bound-by-controller", "yes"),
                       ("volume.beta.kubernetes.io/storage-provisioner", "rancher.io/local-path"),
                       ("volume.kubernetes.io/storage-provisioner", "rancher.io/local-path")] {
            claim.metadata.annotations[k] = v
        }
        claim.status.phase = "Bound"
        claim.status.capacity = claim.spec.storage
        state.persistentVolumeClaims[claim.metadata.key] = claim
        state.objectsByUID[claim.metadata.uid] = ObjectRef(.persistentVolumeClaim, claim.metadata.key)
        return claim
    }

    func removeClaimObject(_ key: ObjectKey) {
        guard let old = state.persistentVolumeClaims.removeValue(forKey: key) else { return }
        state.objectsByUID[old.metadata.uid] = nil
        state.volumeFiles["pvc:\(key.namespace)/\(key.name)"] = nil
    }
}
