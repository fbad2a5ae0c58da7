import ClusterSim
import KubeModel

/// The describers of `KC/pkg/describe/describe.go` (v0.32), one function per kind.
enum Describers {
    /// What a container status says about the container's identity, as the kubelet
    /// reports it (empty until the container has been created).
    static func containerIDs(_ cs: ContainerStatus, pod: Pod) -> (containerID: String, imageID: String) {
        let started = cs.state.isRunning || cs.lastState != nil || cs.state.exitCode != nil
        guard started else { return ("", "") }
        return (cs.containerID ?? Synthesized.containerID(pod: pod, container: cs.name, restarts: cs.restartCount), Synthesized.imageID(cs.image))
    }

    /// `describePod`.
    static func pod(_ p: Pod, events: [Event]?, now: Instant) -> String {
        var w = DescribeWriter(now: now)
        w.line(0, "Name:\t\(p.metadata.name)")
        w.line(0, "Namespace:\t\(p.metadata.namespace)")
        if !p.metadata.uid.isEmpty { w.line(0, "Priority:\t0") }
        if let sa = p.spec.serviceAccountName { w.line(0, "Service Account:\t\(sa)") }
        if let node = p.spec.nodeName { w.line(0, "Node:\t\(node)/\(p.status.hostIP ?? "")") } else { w.line(0, "Node:\t<none>") }
        if let start = p.status.startTime { w.line(0, "Start Time:\t\(start.rfc1123Z)") }
        w.labels("Labels", p.metadata.labels)
        w.annotations("Annotations", p.metadata.annotations)
        if let deleted = p.metadata.deletionTimestamp, p.status.phase != .failed, p.status.phase != .succeeded {
            w.line(0, "Status:\tTerminating (lasts \(HumanDuration.format(now - deleted)))")
            w.line(0, "Termination Grace Period:\t\(p.metadata.deletionGracePeriodSeconds ?? 30)s")
        } else {
            w.line(0, "Status:\t\(p.status.phase.rawValue)")
        }
        if let r = p.status.reason, !r.isEmpty { w.line(0, "Reason:\t\(r)") }
        if let m = p.status.message, !m.isEmpty { w.line(0, "Message:\t\(m)") }
        w.line(0, "IP:\t\(p.status.podIP ?? "")")
        if let ip = p.status.podIP {
            w.line(0, "IPs:")
            w.line(1, "IP:\t\(ip)")
        } else {
            w.line(0, "IPs:\t<none>")
        }
        if let owner = p.metadata.controllerRef { w.line(0, "Controlled By:\t\(owner.kind)/\(owner.name)") }
        let saVolume = Synthesized.serviceAccountVolume(p)
        if !p.spec.initContainers.isEmpty {
            containers("Init Containers", p.spec.initContainers, statuses: p.status.initContainerStatuses, pod: p, saVolume: saVolume, space: "", w: &w)
        }
        containers("Containers", p.spec.containers, statuses: p.status.containerStatuses, pod: p, saVolume: saVolume, space: "", w: &w)
        if !p.status.conditions.isEmpty {
            w.write(0, "Conditions:\n  Type\tStatus\n")
            for c in Serializer.orderedConditions(p.status.conditions) { w.line(1, "\(c.type) \t\(c.status.rawValue) ") }
        }
        var volumes = p.spec.volumes.map { VolumeView.model($0) }
        if let saVolume { volumes.append(.serviceAccount(saVolume)) }
        self.volumes(volumes, space: "", w: &w)
        w.line(0, "QoS Class:\t\(QoS.podClass(p.spec))")
        w.labels("Node-Selectors", p.spec.nodeSelector)
        w.tolerations("Tolerations", p.spec.tolerations)
        if let events { w.events(events) }
        return w.text
    }

    /// `describeContainers`: one block per container; a pod's own containers show their
    /// status (IDs, state, readiness), a template's do not.
    static func containers(_ label: String, _ containers: [Container], statuses: [ContainerStatus]?, pod: Pod?,
                           saVolume: String?, space: String, w: inout DescribeWriter) {
        w.line(0, "\(space)\(label):\(containers.isEmpty ? " <none>" : "")")
        for c in containers {
            let status = statuses?.first { $0.name == c.name }
            w.line(1, "\(space.isEmpty ? "" : " ")\(c.name):")
            if let status, let pod { w.line(2, "Container ID:\t\(containerIDs(status, pod: pod).containerID)") }
            w.line(2, "Image:\t\(c.image)")
            if let status, let pod { w.line(2, "Image ID:\t\(containerIDs(status, pod: pod).imageID)") }
            let ports = c.ports.map { "\($0.containerPort)/\($0.protocol ?? "TCP")" }.joined(separator: ", ")
            w.line(2, ports.contains(",") ? "Ports:\t\(ports)" : "Port:\t\(ports.isEmpty ? "<none>" : ports)")
            let hostPorts = c.ports.map { "0/\($0.protocol ?? "TCP")" }.joined(separator: ", ")
            w.line(2, hostPorts.contains(",") ? "Host Ports:\t\(hostPorts)" : "Host Port:\t\(hostPorts.isEmpty ? "<none>" : hostPorts)")
            if !c.command.isEmpty {
                w.line(2, "Command:")
                for part in c.command { for s in part.split(separator: "\n", omittingEmptySubsequences: false) { w.line(3, String(s)) } }
            }
            if !c.args.isEmpty {
                w.line(2, "Args:")
                for part in c.args { for s in part.split(separator: "\n", omittingEmptySubsequences: false) { w.line(3, String(s)) } }
            }
            if let status {
                state("State", status.state, w: &w)
                if let last = status.lastState, case .terminated = last { state("Last State", last, w: &w) }
                w.line(2, "Ready:\t\(status.ready ? "True" : "False")")
                w.line(2, "Restart Count:\t\(status.restartCount)")
            }
            if !c.resources.limits.isEmpty {
                w.line(2, "Limits:")
                for (k, q) in c.resources.limits.sorted(by: { $0.key < $1.key }) { w.line(3, "\(k):\t\(q.text)") }
            }
            if !c.resources.requests.isEmpty {
                w.line(2, "Requests:")
                for (k, q) in c.resources.requests.sorted(by: { $0.key < $1.key }) { w.line(3, "\(k):\t\(q.text)") }
            }
            if let probe = c.livenessProbe { w.line(2, "Liveness:\t\(describeProbe(probe))") }
            if let probe = c.readinessProbe { w.line(2, "Readiness:\t\(describeProbe(probe))") }
            w.line(2, "Environment:\(c.env.isEmpty ? "\t<none>" : "")")
            for e in c.env {
                for (i, s) in (e.value ?? "").split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    w.line(3, i == 0 ? "\(e.name):\t\(s)" : "\t\(s)")
                }
            }
            var mounts = c.volumeMounts.map { ($0.mountPath, $0.name, $0.readOnly ?? false) }
            if let saVolume { mounts.append((Synthesized.serviceAccountMountPath, saVolume, true)) }
            w.line(2, "Mounts:\(mounts.isEmpty ? "\t<none>" : "")")
            for m in mounts.sorted(by: { $0.0 < $1.0 }) { w.line(3, "\(m.0) from \(m.1) (\(m.2 ? "ro" : "rw"))") }
        }
    }

    /// `describeStatus`.
    static func state(_ name: String, _ s: ContainerState, w: inout DescribeWriter) {
        switch s {
        case .running(let started):
            w.line(2, "\(name):\tRunning")
            w.line(3, "Started:\t\(started.rfc1123Z)")
        case .waiting(let reason, _):
            w.line(2, "\(name):\tWaiting")
            if !reason.isEmpty { w.line(3, "Reason:\t\(reason)") }
        case .terminated(let code, let reason, let started, let finished, let message):
            w.line(2, "\(name):\tTerminated")
            if let reason, !reason.isEmpty { w.line(3, "Reason:\t\(reason)") }
            if let message, !message.isEmpty { w.line(3, "Message:\t\(message)") }
            w.line(3, "Exit Code:\t\(code)")
            w.line(3, "Started:\t\((started ?? Instant(milliseconds: 0)).rfc1123Z)")
            w.line(3, "Finished:\t\(finished.rfc1123Z)")
        }
    }

    /// `DescribeProbe`: `http-get http://:80/ delay=0s timeout=1s period=10s #success=1 #failure=3`.
    static func describeProbe(_ p: Probe) -> String {
        let attrs = "delay=\(p.initialDelaySeconds)s timeout=\(p.timeoutSeconds)s period=\(p.periodSeconds)s #success=\(p.successThreshold) #failure=\(p.failureThreshold)"
        switch p.handler {
        case .exec(let command): return "exec [\(command.joined(separator: " "))] \(attrs)"
        case .httpGet(let path, let port): return "http-get http://:\(port)\(path) \(attrs)"
        case .tcpSocket(let port): return "tcp-socket :\(port) \(attrs)"
        }
    }

    enum VolumeView {
        case model(Volume)
        case serviceAccount(String)
    }

    /// `describeVolumes`.
    static func volumes(_ volumes: [VolumeView], space: String, w: inout DescribeWriter) {
        if volumes.isEmpty { w.line(0, "\(space)Volumes:\t<none>"); return }
        w.line(0, "\(space)Volumes:")
        let nameIndent = space.isEmpty ? "" : " "
        for v in volumes {
            switch v {
            case .serviceAccount(let name):
                w.line(1, "\(nameIndent)\(name):")
                w.line(2, "Type:\tProjected (a volume that contains injected data from multiple sources)")
                w.line(2, "TokenExpirationSeconds:\t3607")
                w.line(2, "ConfigMapName:\tkube-root-ca.crt")
                w.line(2, "Optional:\tfalse")
                w.line(2, "DownwardAPI:\ttrue")
            case .model(let vol):
                w.line(1, "\(nameIndent)\(vol.name):")
                switch vol.source {
                case .emptyDir:
                    w.line(2, "Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)")
                    w.line(2, "Medium:\t")
                    w.line(2, "SizeLimit:\t<unset>")
                case .hostPath(let path):
                    w.line(2, "Type:\tHostPath (bare host directory volume)")
                    w.line(2, "Path:\t\(path)")
                    w.line(2, "HostPathType:\t")
                case .persistentVolumeClaim(let claim):
                    // `printPersistentVolumeClaimVolumeSource`.
                    w.line(2, "Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)")
                    w.line(2, "ClaimName:\t\(claim)")
                    w.line(2, "ReadOnly:\tfalse")
                case .other:
                    w.line(1, "<unknown>")
                }
            }
        }
    }
}
