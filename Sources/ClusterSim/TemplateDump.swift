import KubeModel

/// A canonical text of a pod template, the input of the pod-template-hash.
///
/// Swift's dictionaries iterate in a per-process random order, so `String(describing:)`
/// would give a different hash on every run; this walks every field with keys sorted.
/// The pod-template-hash label itself is left out, as `EqualIgnoreHash` ignores it.
enum TemplateDump {
    static func describe(_ t: PodTemplateSpec) -> String {
        var out = "labels{"
        out += sorted(t.metadata.labels.filter { $0.key != "pod-template-hash" })
        out += "}annotations{" + sorted(t.metadata.annotations) + "}"
        let s = t.spec
        out += "init[" + s.initContainers.map(container).joined(separator: ";") + "]"
        out += "containers[" + s.containers.map(container).joined(separator: ";") + "]"
        out += "restart=\(s.restartPolicy.rawValue) node=\(s.nodeName ?? "") grace=\(s.terminationGracePeriodSeconds)"
        out += " nodeSelector{" + sorted(s.nodeSelector) + "}"
        out += " tolerations[" + s.tolerations.map { "\($0.key ?? ""):\($0.operator ?? ""):\($0.value ?? ""):\($0.effect ?? ""):\($0.tolerationSeconds.map(String.init) ?? "")" }.joined(separator: ",") + "]"
        out += " volumes[" + s.volumes.map { "\($0.name)=\($0.source)" }.joined(separator: ",") + "]"
        out += " hostname=\(s.hostname ?? "") sa=\(s.serviceAccountName ?? "")"
        return out
    }

    private static func sorted(_ d: [String: String]) -> String {
        d.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
    }

    private static func container(_ c: Container) -> String {
        var out = "\(c.name)|\(c.image)|cmd=\(c.command)|args=\(c.args)"
        out += "|ports=" + c.ports.map { "\($0.name ?? ""):\($0.containerPort):\($0.protocol ?? "")" }.joined(separator: ",")
        out += "|env=" + c.env.map { "\($0.name)=\($0.value ?? "")" }.joined(separator: ",")
        out += "|req=" + c.resources.requests.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.milli)" }.joined(separator: ",")
        out += "|lim=" + c.resources.limits.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.milli)" }.joined(separator: ",")
        out += "|mounts=" + c.volumeMounts.map { "\($0.name):\($0.mountPath):\($0.readOnly ?? false)" }.joined(separator: ",")
        out += "|ready=\(c.readinessProbe.map { "\($0)" } ?? "")|live=\(c.livenessProbe.map { "\($0)" } ?? "")"
        out += "|pull=\(c.imagePullPolicy ?? "")|restart=\(c.restartPolicy ?? "")"
        return out
    }
}
