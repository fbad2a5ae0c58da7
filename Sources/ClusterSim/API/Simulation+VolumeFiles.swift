import KubeModel

extension Simulation {
    /// Writes (or appends to) a file in one of a pod's emptyDir volumes, as a process in
    /// one of its containers would; every container that mounts the volume sees it.
    public func writeVolumeFile(podUID: String, volume: String, path: String, content: String, append: Bool) {
        // A claim's volume keeps its files under the claim, so a new pod sees them.
        var owner = podUID
        if let ref = state.objectsByUID[podUID], let pod = state.pods[ref.key] { owner = state.volumeStorage(pod: pod, volume: volume) }
        var volumes = state.volumeFiles[owner] ?? [:]
        var files = volumes[volume] ?? [:]
        files[path] = (append ? (files[path] ?? "") : "") + content
        volumes[volume] = files
        state.volumeFiles[owner] = volumes
    }
}
