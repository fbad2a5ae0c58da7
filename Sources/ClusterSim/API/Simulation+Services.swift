import KubeModel

/// The Service every cluster has from its first moment: `default/kubernetes`, the API
/// server's own address (ClusterIP 10.96.0.1, port 443 → 6443), created by the
/// apiserver's bootstrap controller (`pkg/controlplane/controller/kubernetesservice`).
extension Simulation {
    /// Created without drawing from the simulation's random stream, so adding it changed no
    /// generated name or UID elsewhere.
    func bootstrapKubernetesService() {
        var meta = ObjectMeta(name: "kubernetes", namespace: "default",
                              labels: ["component": "apiserver", "provider": "kubernetes"])
        var own = SeededRandom(seed: 0x6B75_6265)
        meta.uid = own.uuid()
        meta.resourceVersion = "198"
        meta.creationTimestamp = state.now
        let spec = ServiceSpec(type: "ClusterIP", clusterIP: "10.96.0.1",
                               ports: [ServicePort(name: "https", protocol: "TCP", port: 443, targetPort: .int(6443))])
        state.putService(Service(metadata: meta, spec: spec))
    }

    /// The lowest free address of the service CIDR 10.96.0.0/12 after .1 (the API server's).
    func allocateClusterIP() -> String {
        let used = Set(state.services.values.compactMap(\.spec.clusterIP))
        var n = 2
        while true {
            let ip = "10.\(96 + n / 65536).\(n / 256 % 256).\(n % 256)"
            if !used.contains(ip) && n % 256 != 0 && n % 256 != 255 { return ip }
            n += 1
        }
    }
}
