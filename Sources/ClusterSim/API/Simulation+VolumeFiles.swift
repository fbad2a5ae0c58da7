import KubeModel

extension Simulation {
    /// Writes (or appends to) a file in one of a pod's emptyDir volumes, as a process in
    /// one of its containers would; every container that mounts the volume sees it.
    public func writeVolumeFile(podUID: String, volume: String, path: String, content: String, append: Bool) {
        var volumes = state.volumeFiles[podUID] ?? [:]
        var files = volumes[volume] ?? [:]
        files[path] = (append ? (files[path] ?? "") : "") + content
        volumes[volume] = files
        state.volumeFiles[podUID] = volumes
    }
}
