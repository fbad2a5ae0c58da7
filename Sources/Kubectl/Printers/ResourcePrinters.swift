import ClusterSim
import KubeModel

/// Columns and row cells for each kind: data, laid out by `Table`. Wide columns are added
/// with `-o wide`, as kubectl's column definitions mark them priority 1.
public enum ResourcePrinters {
    public static func headers(_ kind: Kind, wide: Bool) -> [String] {
        switch kind {
        case .pod: return ["NAME", "READY", "STATUS", "RESTARTS", "AGE"] + (wide ? ["IP", "NODE", "NOMINATED NODE", "READINESS GATES"] : [])
        case .deployment: return ["NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE"] + (wide ? ["CONTAINERS", "IMAGES", "SELECTOR"] : [])
        case .replicaSet: return ["NAME", "DESIRED", "CURRENT", "READY", "AGE"] + (wide ? ["CONTAINERS", "IMAGES", "SELECTOR"] : [])
        case .node: return ["NAME", "STATUS", "ROLES", "AGE", "VERSION"] + (wide ? ["INTERNAL-IP", "EXTERNAL-IP", "OS-IMAGE", "KERNEL-VERSION", "CONTAINER-RUNTIME"] : [])
        case .namespace: return ["NAME", "STATUS", "AGE"]
        case .service: return ["NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)", "AGE"] + (wide ? ["SELECTOR"] : [])
        case .job: return ["NAME", "STATUS", "COMPLETIONS", "DURATION", "AGE"] + (wide ? ["CONTAINERS", "IMAGES", "SELECTOR"] : [])
        case .persistentVolumeClaim: return ["NAME", "STATUS", "VOLUME", "CAPACITY", "ACCESS MODES", "STORAGECLASS", "VOLUMEATTRIBUTESCLASS", "AGE"] + (wide ? ["VOLUMEMODE"] : [])
        case .endpoints: return ["NAME", "ENDPOINTS", "AGE"]
        case .endpointSlice: return ["NAME", "ADDRESSTYPE", "PORTS", "ENDPOINTS", "AGE"]
        case .statefulSet: return ["NAME", "READY", "AGE"] + (wide ? ["CONTAINERS", "IMAGES"] : [])
        case .daemonSet: return ["NAME", "DESIRED", "CURRENT", "READY", "UP-TO-DATE", "AVAILABLE", "NODE SELECTOR", "AGE"] + (wide ? ["CONTAINERS", "IMAGES", "SELECTOR"] : [])
        case .cronJob: return ["NAME", "SCHEDULE", "TIMEZONE", "SUSPEND", "ACTIVE", "LAST SCHEDULE", "AGE"] + (wide ? ["CONTAINERS", "IMAGES", "SELECTOR"] : [])
        case .event: return wide ? ["LAST SEEN", "TYPE", "REASON", "OBJECT", "SUBOBJECT", "SOURCE", "MESSAGE", "FIRST SEEN", "COUNT", "NAME"]
                                 : ["LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"]
        }
    }

    public static func row(_ object: KubeObject, now: Instant, wide: Bool, name: String) -> [String] {
        let age = { (m: ObjectMeta) in m.creationTimestamp.map { HumanDuration.format(now - $0) } ?? "<unknown>" }
        switch object {
        case .pod(let p):
            var r = [name, PodColumns.ready(p), PodColumns.status(p), PodColumns.restarts(p, now: now), age(p.metadata)]
            if wide { r += [p.status.podIP ?? "<none>", p.spec.nodeName ?? "<none>", "<none>", "<none>"] }
            return r
        case .deployment(let d):
            var r = [name, "\(d.status.readyReplicas)/\(d.spec.replicas)", String(d.status.updatedReplicas),
                     String(d.status.availableReplicas), age(d.metadata)]
            if wide { r += containerCells(d.spec.template.spec) + [d.spec.selector.description] }
            return r
        case .replicaSet(let rs):
            var r = [name, String(rs.spec.replicas), String(rs.status.replicas), String(rs.status.readyReplicas), age(rs.metadata)]
            if wide { r += containerCells(rs.spec.template.spec) + [rs.spec.selector.description] }
            return r
        case .node(let n):
            var r = [name, nodeStatus(n), nodeRoles(n), age(n.metadata), n.status.kubeletVersion]
            if wide { r += [n.status.internalIP ?? "<none>", "<none>", n.status.osImage, n.status.kernelVersion, n.status.containerRuntimeVersion] }
            return r
        case .namespace(let ns):
            return [name, ns.phase, age(ns.metadata)]
        case .service(let s):
            var r = [name, s.spec.type, s.spec.clusterIP ?? "<none>", "<none>", servicePorts(s), age(s.metadata)]
            if wide {
                let sel = s.spec.selector.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
                r.append(sel.isEmpty ? "<none>" : sel)
            }
            return r
        case .job(let j):
            return jobRow(j, now: now, wide: wide, name: name)
        case .cronJob(let c):
            return cronJobRow(c, now: now, wide: wide, name: name)
        case .persistentVolumeClaim(let c):
            let modes = c.spec.accessModes.map { ["ReadWriteOnce": "RWO", "ReadOnlyMany": "ROX", "ReadWriteMany": "RWX", "ReadWriteOncePod": "RWOP"][$0] ?? $0 }.joined(separator: ",")
            let status = c.metadata.deletionTimestamp != nil ? "Terminating" : c.status.phase
            var r = [name, status, c.spec.volumeName ?? "", c.status.capacity ?? "", c.status.phase == "Bound" ? modes : "",
                     c.spec.storageClassName ?? "", "<unset>", age(c.metadata)]
            if wide { r.append("Filesystem") }
            return r
        case .endpoints(let ep):
            return [name, endpointsCell(ep), age(ep.metadata)]
        case .endpointSlice(let s):
            let ports = s.ports.map { String($0.port) }.joined(separator: ",")
            return [name, s.addressType, ports.isEmpty ? "<unset>" : ports, sliceAddresses(s), age(s.metadata)]
        case .statefulSet(let sts):
            var r = [name, "\(sts.status.readyReplicas)/\(sts.spec.replicas)", age(sts.metadata)]
            if wide { r += containerCells(sts.spec.template.spec) }
            return r
        case .daemonSet(let ds):
            let s = ds.status
            let selector = ds.spec.template.spec.nodeSelector.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
            var r = [name, String(s.desiredNumberScheduled), String(s.currentNumberScheduled), String(s.numberReady),
                     String(s.updatedNumberScheduled), String(s.numberAvailable), selector.isEmpty ? "<none>" : selector, age(ds.metadata)]
            if wide { r += containerCells(ds.spec.template.spec) + [ds.spec.selector.description] }
            return r
        case .event(let e):
            let object = "\(e.involvedObject.kind.rawValue.lowercased())/\(e.involvedObject.key.name)"
            if wide {
                return [HumanDuration.format(now - e.lastTimestamp), e.type, e.reason, object, e.fieldPath ?? "",
                        e.source + (e.sourceHost.map { ", \($0)" } ?? ""), e.message,
                        HumanDuration.format(now - e.firstTimestamp), String(e.count), e.metadata.name]
            }
            return [HumanDuration.format(now - e.lastTimestamp), e.type, e.reason, object, e.message]
        }
    }

    /// `443/TCP`, `80:30080/TCP` (`printService` → `makePortString`).
    static func servicePorts(_ s: Service) -> String {
        if s.spec.ports.isEmpty { return "<none>" }
        return s.spec.ports.map { p in
            p.nodePort.map { "\(p.port):\($0)/\(p.protocol)" } ?? "\(p.port)/\(p.protocol)"
        }.joined(separator: ",")
    }

    static func containerCells(_ spec: PodSpec) -> [String] {
        [spec.containers.map(\.name).joined(separator: ","), spec.containers.map(\.image).joined(separator: ",")]
    }

    /// `Ready`, `NotReady`, `Ready,SchedulingDisabled` (`printNode`).
    public static func nodeStatus(_ n: Node) -> String {
        var parts: [String] = []
        if let ready = n.status.condition("Ready") { parts.append(ready.status == .true ? "Ready" : "NotReady") } else { parts.append("Unknown") }
        if n.spec.unschedulable { parts.append("SchedulingDisabled") }
        return parts.joined(separator: ",")
    }

    static func nodeRoles(_ n: Node) -> String {
        let roles = n.metadata.labels.keys.filter { $0.hasPrefix("node-role.kubernetes.io/") }
            .map { String($0.dropFirst("node-role.kubernetes.io/".count)) }.sorted()
        return roles.isEmpty ? "<none>" : roles.joined(separator: ",")
    }
}
