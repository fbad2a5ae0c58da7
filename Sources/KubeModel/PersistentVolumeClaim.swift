/// A core/v1 PersistentVolumeClaim, bound at once by the cluster's default StorageClass
/// (`standard`, as on kind) to a volume named `pvc-<uid>`.
public struct PersistentVolumeClaimSpec: Hashable, Sendable {
    public var accessModes: [String] = ["ReadWriteOnce"]
    public var storage: String = "1Gi"
    public var storageClassName: String? = nil
    public var volumeName: String? = nil
    public init() {}
}

public struct PersistentVolumeClaimStatus: Hashable, Sendable {
    public var phase = "Pending"
    public var capacity: String? = nil
    public init() {}
}

public struct PersistentVolumeClaim: Hashable, Sendable {
    public var metadata: ObjectMeta
    public var spec: PersistentVolumeClaimSpec
    public var status = PersistentVolumeClaimStatus()
    public init(metadata: ObjectMeta, spec: PersistentVolumeClaimSpec) { self.metadata = metadata; self.spec = spec }
}
