import ClusterSim
import KubeModel

extension Describers {
    /// `describeNode`, with `describeNodeResource` (the pods on the node and what they request).
    static func node(_ n: Node, pods: [Pod], events: [Event]?, now: Instant, renewTime: Instant?) -> String {
        var w = DescribeWriter(now: now)
        w.line(0, "Name:\t\(n.metadata.name)")
        w.line(0, "Roles:\t\(ResourcePrinters.nodeRoles(n))")
        w.labels("Labels", n.metadata.labels)
        w.annotations("Annotations", n.metadata.annotations)
        w.line(0, "CreationTimestamp:\t\((n.metadata.creationTimestamp ?? now).rfc1123Z)")
        w.write(0, "Taints:\t")
        if n.spec.taints.isEmpty { w.write(0, "<none>\n") }
        for (i, t) in n.spec.taints.sorted(by: { "\($0.effect),\($0.key)" < "\($1.effect),\($1.key)" }).enumerated() {
            if i != 0 { w.write(0, "\t") }
            w.write(0, "\(t.key)\((t.value ?? "").isEmpty ? "" : "=\(t.value!)"):\(t.effect)\n")
        }
        w.line(0, "Unschedulable:\t\(n.spec.unschedulable)")
        w.line(0, "Lease:")
        w.line(1, "HolderIdentity:\t\(n.metadata.name)")
        w.line(1, "AcquireTime:\t<unset>")
        w.line(1, "RenewTime:\t\(renewTime.map(\.rfc1123Z) ?? "<unset>")")
        if !n.status.conditions.isEmpty {
            w.write(0, "Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n")
            w.line(1, "----\t------\t-----------------\t------------------\t------\t-------")
            for c in n.status.conditions {
                w.line(1, "\(c.type) \t\(c.status.rawValue) \t\(c.lastHeartbeatTime.rfc1123Z) \t\(c.lastTransitionTime.rfc1123Z) \t\(c.reason) \t\(c.message)")
            }
        }
        w.line(0, "Addresses:")
        for a in n.status.addresses { w.line(1, "\(a.type):\t\(a.address)") }
        if !n.status.capacity.isEmpty {
            w.line(0, "Capacity:")
            for (k, q) in n.status.capacity.sorted(by: { $0.key < $1.key }) { w.line(0, "  \(k):\t\(q.text)") }
        }
        if !n.status.allocatable.isEmpty {
            w.line(0, "Allocatable:")
            for (k, q) in n.status.allocatable.sorted(by: { $0.key < $1.key }) { w.line(0, "  \(k):\t\(q.text)") }
        }
        w.line(0, "System Info:")
        w.line(0, "  Machine ID:\t\(Synthesized.hex("machine/\(n.metadata.name)", length: 32))")
        w.line(0, "  System UUID:\t\(Synthesized.uuid(from: "system/\(n.metadata.name)"))")
        w.line(0, "  Boot ID:\t\(Synthesized.uuid(from: "boot/\(n.metadata.name)"))")
        w.line(0, "  Kernel Version:\t\(n.status.kernelVersion)")
        w.line(0, "  OS Image:\t\(n.status.osImage)")
        w.line(0, "  Operating System:\tlinux")
        w.line(0, "  Architecture:\tamd64")
        w.line(0, "  Container Runtime Version:\t\(n.status.containerRuntimeVersion)")
        w.line(0, "  Kubelet Version:\t\(n.status.kubeletVersion)")
        w.line(0, "  Kube-Proxy Version:\t\(n.status.kubeletVersion)")
        if let cidr = n.spec.podCIDR {
            w.line(0, "PodCIDR:\t\(cidr)")
            w.line(0, "PodCIDRs:\t\(cidr)")
        }
        w.line(0, "ProviderID:\tkind://docker/kubetutor/\(n.metadata.name)")
        let active = pods.filter { $0.status.phase != .succeeded && $0.status.phase != .failed }
        w.line(0, "Non-terminated Pods:\t(\(active.count) in total)")
        w.line(1, "Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge")
        w.line(1, "---------\t----\t\t------------\t----------\t---------------\t-------------\t---")
        let cpuAlloc = n.status.allocatable["cpu"]?.milli ?? 1, memAlloc = (n.status.allocatable["memory"]?.milli ?? 1000) / 1000
        func pct(_ part: Int64, _ whole: Int64) -> Int64 { whole == 0 ? 0 : Int64(Double(part) / Double(whole) * 100) }
        var totals: (cpuReq: Int64, cpuLim: Int64, memReq: Int64, memLim: Int64) = (0, 0, 0, 0)
        for p in active {
            let r = podResources(p)
            totals.cpuReq += r.cpuReq; totals.cpuLim += r.cpuLim; totals.memReq += r.memReq; totals.memLim += r.memLim
            let age = p.metadata.creationTimestamp.map { HumanDuration.format(now - $0) } ?? "<unknown>"
            w.line(1, "\(p.metadata.namespace)\t\(p.metadata.name)\t\t\(cpu(r.cpuReq)) (\(pct(r.cpuReq, cpuAlloc))%)\t\(cpu(r.cpuLim)) (\(pct(r.cpuLim, cpuAlloc))%)\t\(memory(r.memReq)) (\(pct(r.memReq, memAlloc))%)\t\(memory(r.memLim)) (\(pct(r.memLim, memAlloc))%)\t\(age)")
        }
        w.write(0, "Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n")
        w.line(1, "Resource\tRequests\tLimits")
        w.line(1, "--------\t--------\t------")
        w.line(1, "cpu\t\(cpu(totals.cpuReq)) (\(pct(totals.cpuReq, cpuAlloc))%)\t\(cpu(totals.cpuLim)) (\(pct(totals.cpuLim, cpuAlloc))%)")
        w.line(1, "memory\t\(memory(totals.memReq)) (\(pct(totals.memReq, memAlloc))%)\t\(memory(totals.memLim)) (\(pct(totals.memLim, memAlloc))%)")
        w.line(1, "ephemeral-storage\t0 (0%)\t0 (0%)")
        if let events { w.events(events) }
        return w.text
    }

    /// `resourcehelper.PodRequestsAndLimits`: milli-cores and bytes summed over containers.
    static func podResources(_ p: Pod) -> (cpuReq: Int64, cpuLim: Int64, memReq: Int64, memLim: Int64) {
        var r: (Int64, Int64, Int64, Int64) = (0, 0, 0, 0)
        for c in p.spec.containers {
            r.0 += c.resources.effectiveRequest("cpu")
            r.1 += c.resources.limits["cpu"]?.milli ?? 0
            r.2 += c.resources.effectiveRequest("memory") / 1000
            r.3 += (c.resources.limits["memory"]?.milli ?? 0) / 1000
        }
        return r
    }

    /// A CPU quantity in canonical form: `0`, `250m`, `2`.
    static func cpu(_ milli: Int64) -> String { milli % 1000 == 0 ? String(milli / 1000) : "\(milli)m" }

    /// A memory quantity in canonical binary form: `0`, `128Mi`, `1Gi`.
    static func memory(_ bytes: Int64) -> String {
        if bytes == 0 { return "0" }
        for (suffix, size) in [("Ti", Int64(1) << 40), ("Gi", Int64(1) << 30), ("Mi", Int64(1) << 20), ("Ki", Int64(1) << 10)] where bytes % size == 0 {
            return "\(bytes / size)\(suffix)"
        }
        return String(bytes)
    }
}
