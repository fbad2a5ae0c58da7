import ClusterSim
import KubeModel

extension Describers {
    /// `DescribePodTemplate`.
    static func podTemplate(_ t: PodTemplateSpec, w: inout DescribeWriter) {
        w.line(0, "Pod Template:")
        w.labels("  Labels", t.metadata.labels)
        if !t.metadata.annotations.isEmpty { w.annotations("  Annotations", t.metadata.annotations) }
        if let sa = t.spec.serviceAccountName, !sa.isEmpty { w.line(1, "Service Account:\t\(sa)") }
        if !t.spec.initContainers.isEmpty {
            containers("Init Containers", t.spec.initContainers, statuses: nil, pod: nil, saVolume: nil, space: "  ", w: &w)
        }
        containers("Containers", t.spec.containers, statuses: nil, pod: nil, saVolume: nil, space: "  ", w: &w)
        volumes(t.spec.volumes.map { VolumeView.model($0) }, space: "  ", w: &w)
        w.labels("  Node-Selectors", t.spec.nodeSelector)
        w.tolerations("  Tolerations", t.spec.tolerations)
    }

    /// `EqualIgnoreHash`: the ReplicaSet runs the Deployment's current template.
    static func isNew(_ rs: ReplicaSet, of d: Deployment) -> Bool {
        var a = rs.spec.template, b = d.spec.template
        a.metadata.labels["pod-template-hash"] = nil
        b.metadata.labels["pod-template-hash"] = nil
        return a == b
    }

    /// `describeDeployment`.
    static func deployment(_ d: Deployment, replicaSets: [ReplicaSet], events: [Event]?, now: Instant) -> String {
        var w = DescribeWriter(now: now)
        w.line(0, "Name:\t\(d.metadata.name)")
        w.line(0, "Namespace:\t\(d.metadata.namespace)")
        w.line(0, "CreationTimestamp:\t\((d.metadata.creationTimestamp ?? now).rfc1123Z)")
        w.labels("Labels", d.metadata.labels)
        w.annotations("Annotations", d.metadata.annotations)
        w.line(0, "Selector:\t\(d.spec.selector.description)")
        let s = d.status
        w.line(0, "Replicas:\t\(d.spec.replicas) desired | \(s.updatedReplicas) updated | \(s.replicas) total | \(s.availableReplicas) available | \(s.unavailableReplicas) unavailable")
        w.line(0, "StrategyType:\t\(d.spec.strategy.type.rawValue)")
        w.line(0, "MinReadySeconds:\t\(d.spec.minReadySeconds)")
        if d.spec.strategy.type == .rollingUpdate {
            let u = d.spec.strategy.maxUnavailable?.description ?? "25%", g = d.spec.strategy.maxSurge?.description ?? "25%"
            w.line(0, "RollingUpdateStrategy:\t\(u) max unavailable, \(g) max surge")
        }
        podTemplate(d.spec.template, w: &w)
        if !s.conditions.isEmpty {
            w.write(0, "Conditions:\n  Type\tStatus\tReason\n")
            w.line(1, "----\t------\t------")
            for c in s.conditions { w.line(1, "\(c.type) \t\(c.status.rawValue)\t\(c.reason)") }
        }
        let newRS = replicaSets.filter { isNew($0, of: d) }.prefix(1)
        let oldRSs = replicaSets.filter { rs in !newRS.contains { $0.metadata.key == rs.metadata.key } }
        if !replicaSets.isEmpty {
            func list(_ sets: [ReplicaSet]) -> String {
                let text = sets.map { "\($0.metadata.name) (\($0.status.replicas)/\($0.spec.replicas) replicas created)" }.joined(separator: ", ")
                return text.isEmpty ? "<none>" : text
            }
            w.line(0, "OldReplicaSets:\t\(list(oldRSs))")
            w.line(0, "NewReplicaSet:\t\(list(Array(newRS)))")
        }
        if let events { w.events(events) }
        return w.text
    }

    /// `describeReplicaSet`.
    static func replicaSet(_ rs: ReplicaSet, pods: [Pod], events: [Event]?, now: Instant) -> String {
        var w = DescribeWriter(now: now)
        w.line(0, "Name:\t\(rs.metadata.name)")
        w.line(0, "Namespace:\t\(rs.metadata.namespace)")
        w.line(0, "Selector:\t\(rs.spec.selector.description)")
        w.labels("Labels", rs.metadata.labels)
        w.annotations("Annotations", rs.metadata.annotations)
        if let owner = rs.metadata.controllerRef { w.line(0, "Controlled By:\t\(owner.kind)/\(owner.name)") }
        w.line(0, "Replicas:\t\(rs.status.replicas) current / \(rs.spec.replicas) desired")
        let owned = pods.filter { $0.metadata.controllerRef?.uid == rs.metadata.uid && rs.spec.selector.matches($0.metadata.labels) }
        let count = { (phase: PodPhase) in owned.filter { $0.status.phase == phase }.count }
        w.line(0, "Pods Status:\t\(count(.running)) Running / \(count(.pending)) Waiting / \(count(.succeeded)) Succeeded / \(count(.failed)) Failed")
        podTemplate(rs.spec.template, w: &w)
        if !rs.status.conditions.isEmpty {
            w.write(0, "Conditions:\n  Type\tStatus\tReason\n")
            w.line(1, "----\t------\t------")
            for c in rs.status.conditions { w.line(1, "\(c.type) \t\(c.status.rawValue)\t\(c.reason ?? "")") }
        }
        if let events { w.events(events) }
        return w.text
    }

    /// `describeNamespace` (no quotas or limit ranges exist here).
    static func namespace(_ n: Namespace, now: Instant) -> String {
        var w = DescribeWriter(now: now)
        w.line(0, "Name:\t\(n.metadata.name)")
        w.labels("Labels", n.metadata.labels)
        w.annotations("Annotations", n.metadata.annotations)
        w.line(0, "Status:\t\(n.phase)")
        w.line(0, "")
        w.line(0, "No resource quota.")
        w.line(0, "")
        w.line(0, "No LimitRange resource.")
        return w.text
    }

    /// `describeService`.
    /// `endpoints` has one list of `ip:port` per Service port (the ready addresses).
    static func service(_ s: Service, events: [Event]?, now: Instant, endpoints: [[String]] = []) -> String {
        var w = DescribeWriter(now: now)
        w.line(0, "Name:\t\(s.metadata.name)")
        w.line(0, "Namespace:\t\(s.metadata.namespace)")
        w.labels("Labels", s.metadata.labels)
        w.annotations("Annotations", s.metadata.annotations)
        let selector = s.spec.selector.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        w.line(0, "Selector:\t\(selector.isEmpty ? "<none>" : selector)")
        w.line(0, "Type:\t\(s.spec.type)")
        w.line(0, "IP Family Policy:\tSingleStack")
        w.line(0, "IP Families:\tIPv4")
        w.line(0, "IP:\t\(s.spec.clusterIP ?? "")")
        w.line(0, "IPs:\t\(s.spec.clusterIP ?? "<none>")")
        for (i, p) in s.spec.ports.enumerated() {
            w.line(0, "Port:\t\(p.name ?? "<unset>")\t\(p.port)/\(p.protocol)")
            w.line(0, "TargetPort:\t\(p.targetPort?.description ?? String(p.port))/\(p.protocol)")
            if let np = p.nodePort { w.line(0, "NodePort:\t\(p.name ?? "<unset>")\t\(np)/\(p.protocol)") }
            let addresses = i < endpoints.count ? endpoints[i] : []
            // `formatEndpointSlices`: `<none>` only when there is no EndpointSlice at all (a
            // Service without a selector); a slice with no ready endpoint prints nothing.
            var text = s.spec.selector.isEmpty ? "<none>" : addresses.prefix(3).joined(separator: ",")
            if addresses.count > 3 { text += " + \(addresses.count - 3) more..." }
            if s.metadata.name == "kubernetes" && s.metadata.namespace == "default" { text = "172.18.0.1:6443" }
            w.line(0, "Endpoints:\t\(text)")
        }
        w.line(0, "Session Affinity:\t\(s.spec.sessionAffinity)")
        w.line(0, "Internal Traffic Policy:\tCluster")
        if let events { w.events(events) }
        return w.text
    }

    /// Events have no describer of their own; kubectl's generic describer lists their fields.
    static func event(_ e: Event, now: Instant) -> String {
        var w = DescribeWriter(now: now)
        w.line(0, "Name:\t\(e.metadata.name)")
        w.line(0, "Namespace:\t\(e.metadata.namespace)")
        w.labels("Labels", e.metadata.labels)
        w.annotations("Annotations", e.metadata.annotations)
        w.line(0, "API Version:\tv1")
        w.line(0, "Count:\t\(e.count)")
        w.line(0, "First Timestamp:\t\(e.firstTimestamp.rfc3339)")
        w.line(0, "Involved Object:")
        w.line(1, "API Version:\t\(e.involvedObject.kind.apiVersion)")
        w.line(1, "Kind:\t\(e.involvedObject.kind.rawValue)")
        w.line(1, "Name:\t\(e.involvedObject.key.name)")
        if !e.involvedObject.key.namespace.isEmpty { w.line(1, "Namespace:\t\(e.involvedObject.key.namespace)") }
        w.line(1, "UID:\t\(e.involvedUID)")
        w.line(0, "Kind:\tEvent")
        w.line(0, "Last Timestamp:\t\(e.lastTimestamp.rfc3339)")
        w.line(0, "Message:\t\(e.message)")
        w.line(0, "Reason:\t\(e.reason)")
        w.line(0, "Source:")
        w.line(1, "Component:\t\(e.source)")
        w.line(0, "Type:\t\(e.type)")
        w.line(0, "Events:\t<none>")
        return w.text
    }
}
